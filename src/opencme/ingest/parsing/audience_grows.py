"""Professions an activity grows or keeps current (R-AU-2, docs/corpus.md "Audience"): "This
module will enhance podiatrists' knowledge of ...", "The webinar builds the capacity of
rural maternity teams to ...", "These sessions strengthen nurses' confidence in ...", "The annual
conference keeps area paramedics informed on ...", "The course keeps GPs up to date with ...",
"This module brings audiologists up-to-date".
A verb of growing takes the professions' knowledge, skills, capacity or confidence as its
object ("<people>'s X" or "the X of <people>"); "keep" takes the people and a word of being
current after them. The activity is the sentence's subject (an activity noun within 40
characters before the verb), as for SERVES (audience_serves.py); patients, participants and
learners are no audience. Read only when nothing else names it; audience.py decides when.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience_serves import served
from opencme.ingest.parsing.lazyre import lazy_compile

_ACTIVITY = (
    r"\b(?:activit(?:y|ies)|course|program|programme|module|conference|symposium|workshop|"
    r"training|webinar|seminar|series|sessions?|presentations?|lectures?|masterclass|curriculum|"
    r"initiative|project|event|refresher|update|review)\b[^.;]{0,40}?"
)
# what grows in the learners: knowledge, skills, capacity, confidence, ...
_ASSET = (
    r"(?:knowledge|skills?|skill\s+set|capacity|capabilit(?:y|ies)|abilit(?:y|ies)|confidence|"
    r"competenc(?:e|y|ies)|understanding|expertise|proficiency|awareness)"
)
_GROWS = lazy_compile(
    _ACTIVITY + r"\b(?:will\s+|to\s+|can\s+|also\s+|further\s+)?(?:enhance|improve|build|"
    r"strengthen|increase|expand|develop|deepen|broaden|advance|boost|extend|grow|sharpen|"
    r"refine|raise)(?:s|d|ed)?\s+(?:the\s+(?:clinical\s+|professional\s+)?" + _ASSET + r"\s+of\s+"
    r"(?P<of>[A-Za-z’'-]+(?:,?\s+[A-Za-z’'&-]+){0,11})"
    r"|(?P<own>(?:[A-Za-z&-]+,?\s+){0,5}?[A-Za-z-]+s)(?:’|')s?\s+(?:[a-z-]+\s+)?" + _ASSET + r")",
    re.IGNORECASE,
)
_KEEPS = lazy_compile(
    _ACTIVITY + r"\b(?:keeps?|brings?)\s+(?P<obj>(?:[A-Za-z&’'-]+,?\s+){1,8}?)(?:educated|"
    r"informed|up[- ]to[- ](?:date|speed)|current|abreast|updated)\b",
    re.IGNORECASE,
)
# the cheap substrings of _ASSET, one of which a line must hold before _GROWS runs (R-PF-1)
_ASSET_HINTS = ("knowledge", "skill", "capacit", "capabilit", "abilit", "confiden", "competen",
                "understanding", "expertise", "proficien", "awareness")  # fmt: skip
# people the activity is about or who come by name only
_NOT_AUDIENCE = frozenset(
    (
        "patients",
        "participants",
        "learners",
        "attendees",
        "clients",
        "families",
        "children",
        "people",
        "users",
        "members",
        "you",
        "students",
    )
)


def grown(text: str) -> list[str]:
    """The professions an activity in `text` grows (their knowledge, capacity, ...) or keeps
    current; else none."""
    if len(text) > 2000:
        return []
    low = text.lower()
    if "keep" in low or "bring" in low:
        m = _KEEPS.search(text)
        items = served(m["obj"]) if m else []
        if items and _named(items):
            return items
    m = _GROWS.search(text) if any(w in low for w in _ASSET_HINTS) else None
    if m is None:
        return []
    items = served(m["of"] or m["own"])
    return items if items and _named(items) else []


def _named(items: list[str]) -> bool:
    return all(re.split(r"[\s]", i)[-1].rstrip("’'") not in _NOT_AUDIENCE for i in items)
