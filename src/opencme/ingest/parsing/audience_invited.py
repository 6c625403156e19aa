"""People a page invites or welcomes to an activity (R-AU-2): "Physicians and ancillary staff
are welcome to attend", "optometrists and other eye health professionals are invited to
attend this virtual event", "Both new and experienced field instructors are invited to
participate". The subject of such a sentence names whom the activity is for; a reporting
clause before it ("Dr. A said ...") and a place after a noun ("from around the world") are
not part of it, and the generic words for whoever comes ("the delegates", "participants",
"you") name no one. Read only when nothing else names the audience.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

# "are (all) (warmly) invited / encouraged / welcome to attend, join, participate, register";
# "also", "always", "most" before it, two of the words joined ("encouraged and welcome to
# attend", "invited and encouraged to register")
_INVITED = lazy_compile(
    r"\s(?:are|is)\s+(?:(?:all|also|always|most|very)\s+)?(?:\w+ly\s+)?"
    r"(?:(?:invited|encouraged|welcome[d]?)\s+(?:and|&)\s+)?"
    r"(?:invited|encouraged|welcome[d]?)\s+to\s+"
    r"(?:attend|join|participate|register)\b",
    re.IGNORECASE,
)
# where the subject starts: the sentence's start, or after a reporting verb ("said that")
_REPORTED = lazy_compile(r".*\b(?:said|says|says\s+that|said\s+that|noted|added)\s+", re.IGNORECASE)
_SENTENCE_START = lazy_compile(r".*[.!?:]\s+(?=[A-Z])")
_LEADING = lazy_compile(r"^(?:both|the)\s+", re.IGNORECASE)
_PLACE = lazy_compile(r"\s+from\s+(?:around|across|all\s+over|throughout)\b.*$", re.IGNORECASE)
# whoever comes, not a profession or role
_GENERIC = frozenset(
    ("delegates", "participants", "attendees", "registrants", "you", "everyone", "learners")
)
# people invited to an event for another part than learning: they are not its audience
_NOT_LEARNERS = lazy_compile(
    r"\b(?:sponsors?|exhibitors?|vendors?|speakers?|presenters?|authors?|submitters?|"
    r"volunteers?|media|press|guests?)\b",
    re.IGNORECASE,
)


def invited_subject(text: str) -> str | None:
    """The subject of a sentence saying who is invited or welcome to attend, as written."""
    if "invited" not in text and "welcome" not in text and "encouraged" not in text:
        return None
    m = _INVITED.search(text)
    if m is None:
        return None
    before = text[: m.start()]
    start = _SENTENCE_START.match(before)
    subject = before[start.end() :] if start else before
    reported = _REPORTED.match(subject)
    if reported:
        subject = subject[reported.end() :]
    subject = _PLACE.sub("", _LEADING.sub("", subject.strip()))
    if (
        not subject
        or len(subject) > 160
        or subject.lower() in _GENERIC
        or _NOT_LEARNERS.search(subject)
    ):
        return None
    return subject
