"""The people an objectives' lead-in names as those later able to act on what they learnt (R-AU-2,
docs/corpus.md "Audience"): "Massage therapists who complete this module should be able
to ...", "Upon successful completion of this course, dietitians should be able to:", "At the
conclusion of this activity, nurses and midwives will be able to ...". The subject is a list
of plural professions ("the pharmacist will be able to" speaks of anyone taking it); whoever
comes by name ("participants", "learners", "you") and members name no one, nor does an
accreditor's credit sentence ("Counsellors completing this module receive 2 credits"):
only "be able to" is read. Read only when nothing else names the audience; audience.py
decides when.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience_heads import names_people
from opencme.ingest.parsing.audience_items import clause_items
from opencme.ingest.parsing.lazyre import lazy_compile

_ACTIVITY = (
    r"(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:activity|course|program|programme|module|webinar|"
    r"workshop|session|conference|training|seminar|symposium|series|lecture|event)\b"
)
# "<people> who participate in / complete this course", "<people> completing this course"
_TAKING = lazy_compile(
    r"^(?P<subject>[A-Z][^.;:!?]{1,100}?)\s+(?:who\s+(?:successfully\s+)?(?:participate\s+in|"
    r"attend|complete|take|finish)|(?:successfully\s+)?(?:completing|attending|participating\s+"
    r"in|taking|finishing))\s+" + _ACTIVITY + r"[^.;:!?]{0,40}?\s+(?:will|should|can|"
    r"are\s+expected\s+to)\s+be\s+able\b"
)
# "Upon completion of this course, <people> will be able to"
_AFTER = lazy_compile(
    r"^(?:(?:upon|on|after|following)\s+(?:the\s+)?(?:successful\s+)?(?:completion\s+of|"
    r"completing|attending|participating\s+in)|at\s+the\s+(?:end|conclusion|close)\s+of)\s+"
    + _ACTIVITY
    + r",\s+(?P<subject>[^.;:!?]{2,100}?)\s+(?:will|should|can|are\s+expected\s+to)\s+be\s+able\b",
    re.IGNORECASE,
)
_SENTENCE = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z])")
_BULLET = lazy_compile(r"^[\s•·*▪-]+")
# whoever takes part by name, members (a price tier), and the people a credit line names
# whoever the activity is for
_GENERIC = lazy_compile(
    r"\b(?:participants?|learners?|attendees?|registrants?|delegates?|members?|you|we|they|"
    r"everyone|anyone|individuals?|those|candidates|students|people|users|it|this|no)\b",
    re.IGNORECASE,
)


def completing(text: str) -> list[str]:
    """The professions a sentence of `text` names as those able to act on what they learnt
    after taking the activity; else none."""
    if len(text) > 2000:
        return []
    low = text.lower()
    if "able" not in low:
        return []
    for sentence in _SENTENCE.split(_BULLET.sub("", text)):
        subject = _subject(sentence)
        items = clause_items(subject) if subject else []
        if items and all(names_people(i) and _plural(i) for i in items):
            return items
    return []


def _plural(item: str) -> bool:
    """A plural or collective head ("pharmacists", "nursing staff"), not "the pharmacist",
    which a page's objectives lead-in uses for anyone taking it."""
    last = item.split()[-1]
    return last.endswith("s") or last in ("staff", "personnel", "faculty")


def _subject(sentence: str) -> str | None:
    m = _AFTER.match(sentence) or _TAKING.match(sentence)
    if m is None:
        return None
    subject = re.sub(r"^both\s+", "", m["subject"].strip(), flags=re.IGNORECASE)
    if len(subject) > 100 or _GENERIC.search(subject) or re.search(r"\b(?:who|that)\b", subject):
        return None
    return subject
