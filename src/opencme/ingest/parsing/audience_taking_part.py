"""The people a sentence about taking part names as those who must do something (R-AU-2,
docs/corpus.md "Audience"): "To participate in this activity, physicians must complete an
evaluation", "To obtain a certificate of completion, pharmacists must:". Read only when
nothing else names the audience. Kept apart from audience.py, which decides when this reading
is used.
"""

from __future__ import annotations

from opencme.ingest.parsing.audience_serves import served
from opencme.ingest.parsing.lazyre import lazy_compile

# a purpose clause about taking part or getting credit, then its subject and "must"
_TAKING_PART = lazy_compile(
    r"\bTo\s+(?:successfully\s+)?(?:participate|obtain|receive|earn|claim|qualify)\b[^,.;:]{0,80},"
    r"\s+(?P<subject>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:must|should|will\s+need|need|are\s+required)\b"
)
# who takes part by name only, not a profession
_ANYONE = frozenset(("participants", "learners", "attendees", "users", "members", "candidates"))


def taking_part(text: str) -> list[str]:
    """The professions named as the subject after "To participate ..., <X> must"."""
    if "To " not in text:
        return []
    m = _TAKING_PART.search(text)
    if m is None:
        return []
    items = served(m["subject"])
    if len(items) != 1 or items[0].split()[-1] in _ANYONE:
        return []
    return items if " ".join(m["subject"].lower().split()) == items[0] else []
