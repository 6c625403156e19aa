"""Where a date range on a line is the event's days: on a short line or one naming the event,
not a window to view, claim or evaluate, nor a study period (R-DT-1)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.date_grammar import parse_range, range_at
from opencme.ingest.parsing.lazyre import lazy_compile

_EVENT = lazy_compile(
    r"accredited|held|(?:takes?|taking|took)\s+place|conference|meeting|congress|course|"
    r"symposium|convention|programme|workshop|seminar|summit"
    # the days the learner attends ("Required on-site attendance … is from September 1–11"):
    # the live part's days, the event the record dates (R-DT-14)
    r"|attendance|on-site|onsite|in-person|face-to-face|residential",
    re.IGNORECASE,
)
# "taking place between 9–12 September": the days of an event, not a study period (STUDY)
PLACE_BETWEEN = lazy_compile(r"\b(?:place|held|runs?|running)\s+between\b", re.IGNORECASE)
# a window to view, claim, evaluate or access, or an approval period, before a range in its
# sentence: the range is that window, not the event's days
_WINDOW = lazy_compile(
    r"\b(?:claim\w*|evaluations?|view(?:ed|ing)?|access\w*|availab\w*|approval\s+period|"
    r"accreditation\s+period|submi\w*)\b",
    re.IGNORECASE,
)


def range_sentence(t: str) -> str:
    """The sentence of `t` holding its first range (the whole line when it has none)."""
    found = range_at(t)
    if found is None:
        return t
    start = t.rfind(". ", 0, found[2]) + 1
    end = t.find(". ", found[2])
    return t[start : len(t) if end < 0 else end]


_SPAN_LEAD = lazy_compile(r"(?:\bfrom|\bbetween|\bduring|:)\s*$", re.IGNORECASE)
_CLAIM_WINDOW = lazy_compile(r"\b(?:claim\w*|evaluations?)\b", re.IGNORECASE)


def claim_window_end(t: str) -> str | None:
    """The last day of a window to claim credit or evaluate ("Evaluations are possible from
    March 1 – March 6, 2031"): the expiry (docs/corpus.md: the last day credit can be claimed)."""
    found = range_at(t)
    if found is None:
        return None
    pos = found[2]
    before = t[max(0, t.rfind(". ", 0, pos) + 1, pos - 90) : pos]
    return found[1] if _CLAIM_WINDOW.search(before) and _SPAN_LEAD.search(before) else None


def _window(t: str) -> bool:
    """The first range of `t` is a window to view, claim or access (R-DT-1)."""
    found = range_at(t)
    if found is None:
        return False
    pos = found[2]
    before = t[max(0, t.rfind(". ", 0, pos) + 1, pos - 90) : pos]
    # the window's own span: its word, then "from", "between", "during" or a colon right before
    return _WINDOW.search(before) is not None and _SPAN_LEAD.search(before) is not None


def segment_range(t: str) -> tuple[str, str] | None:
    """A range on a short line, on a line naming an event, or in one short part of a line
    glued with ` | ` (a page's header run: "Live Webinar | 15 CE hours | May 30-31, 2025")."""
    rng = parse_range(t)
    if rng is None or _window(t):
        return None
    if len(t) <= 80 or _EVENT.search(t):
        return rng
    for part in t.split(" | ") if " | " in t else ():
        if len(part) <= 80:
            rng = parse_range(part)
            if rng:
                return rng
    return None
