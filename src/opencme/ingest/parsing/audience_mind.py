"""An activity made "with" people "in mind" (R-AU-2, docs/corpus.md "Audience"): "a 3-day
course designed with speech therapists and teaching assistants in mind", "This course was
developed with rural GPs in mind", "created specifically with the needs of practice nurses in
mind", "It has been written with pharmacy technicians in mind". The verb of making and "with
... in mind" say whom the activity is for as "designed for" does; the sentence must name the
activity (its subject, or "It" after a sentence that does, as for a lead phrase), and the list
must name people. Kept apart from audience.py, which decides when this reading is used.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience_heads import names_people
from opencme.ingest.parsing.audience_items import clause_items
from opencme.ingest.parsing.audience_lead import AUDIENCE_SUBJECT
from opencme.ingest.parsing.lazyre import lazy_compile

# a verb of making, an adverb, "with", the people, "in mind"
_IN_MIND = lazy_compile(
    r"\b(?:designed|developed|created|written|built|planned|crafted|tailored|devised|"
    r"structured|designed\s+and\s+delivered|put\s+together|made)\s+(?:\w+ly\s+)?with\s+"
    r"(?:the\s+(?:specific\s+|particular\s+|unique\s+|learning\s+|educational\s+)?needs\s+of\s+)?"
    r"(?P<list>[^.;:!?]{3,200}?)\s+in\s+mind\b",
    re.IGNORECASE,
)
_SENTENCE_END = lazy_compile(r"[.!?]\s+(?=[A-Z\"“(])")
_IT = lazy_compile(r"\s*(?:It|They)\b")


def in_mind(text: str, before: str = "") -> tuple[list[str], int]:
    """The people an activity named in the sentence was made "with ... in mind" for, and where
    the list ends in `text`."""
    if "in mind" not in text:
        return [], 0
    for m in _IN_MIND.finditer(text):
        starts = [0] + [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
        start = starts[-1]
        about = AUDIENCE_SUBJECT.search(text, start, m.start()) or (
            _IT.match(text, start)
            and AUDIENCE_SUBJECT.search(text[starts[-2] : start] if len(starts) > 1 else before)
        )
        if not about:
            continue
        items = clause_items(m["list"])
        if items and all(map(names_people, items)):
            return items, m.end()
    return [], 0


def colon_list(rest: str) -> list[str]:
    """The people a colon after an umbrella lists ("dietitians of every setting: clinic
    dietitians, ward dietitians and locums"): two or more, each naming people, up to the
    sentence's end; else none (R-AU-3, as before "including")."""
    if not rest.startswith(":"):
        return []
    listed = re.split(r"(?<=[.!?])\s+|;", rest[1:].strip(), maxsplit=1)[0]
    items = clause_items(listed.rstrip("."))
    return items if len(items) >= 2 and all(map(names_people, items)) else []
