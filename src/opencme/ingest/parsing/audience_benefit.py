"""The people a sentence says will benefit from the activity (R-AU-2; docs/corpus.md
"Audience").

Sites say whom an activity is for by whom it benefits, in two word orders: the people as
subject ("Nurses, midwives and allied health professionals will benefit from this course",
"Physicians who treat diabetes would benefit from this program") or the activity as subject
("This workshop will benefit physiotherapists and exercise physiologists"). The activity
must be named (a determiner, an activity noun): "Patients will benefit from this new
treatment" speaks of care, and whoever takes part ("participants", "attendees", "you") names
no one. Read only when nothing else names the audience.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience_lead import AUDIENCE_SUBJECT, LIST_TEXT
from opencme.ingest.parsing.lazyre import lazy_compile

_MODAL = r"(?:will|would|can|could|may|might|should|stand\s+to)\s+(?:\w+ly\s+)?"
# "<people> will (greatly) benefit (most) from <the activity>"
_FROM = lazy_compile(r"\s" + _MODAL + r"benefit\s+(?:\w+\s+)?from\s+", re.IGNORECASE)
# "<the activity> will benefit <people>"
_BENEFITS = lazy_compile(r"\s" + _MODAL + r"benefit\s+(?P<list>" + LIST_TEXT + ")", re.IGNORECASE)
_SENTENCE_START = lazy_compile(r".*[.!?:]\s+(?=[A-Z])")
_LEADING = lazy_compile(r"^(?:both|the|all\s+)\s*", re.IGNORECASE)
# whoever takes part, or whom care serves: no audience
_NOT_AUDIENCE = lazy_compile(
    r"^(?:participants|attendees|delegates|learners|registrants|you|everyone|we|they|patients|"
    r"clients|families|children|it|this|these|those\s+attending)\b",
    re.IGNORECASE,
)


def benefit_list(text: str) -> str | None:
    """The people, as written, a sentence says will benefit from the activity it names."""
    if "benefit" not in text:
        return None
    for m in _FROM.finditer(text):
        activity = AUDIENCE_SUBJECT.match(text, m.end())
        if activity is None or activity.start() != m.end():
            continue
        before = text[: m.start()]
        start = _SENTENCE_START.match(before)
        subject = _LEADING.sub("", (before[start.end() :] if start else before).strip())
        if subject and len(subject) <= 160 and not _NOT_AUDIENCE.match(subject):
            return subject
    for m in _BENEFITS.finditer(text):
        before = text[: m.start()]
        start = _SENTENCE_START.match(before)
        subject = (before[start.end() :] if start else before).strip()
        named = AUDIENCE_SUBJECT.match(subject)
        if named and named.end() == len(subject):  # the whole subject is the activity
            listed = m["list"].strip()
            if not _NOT_AUDIENCE.match(listed):
                return listed
    return None
