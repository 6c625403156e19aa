"""A part's abstract inside a programme is never the activity's description (docs/corpus.md
"Description": the page's own paragraph about the activity, not a single session's abstract;
R-DE-9).

A programme is two or more part headings: a line opening with a clock time or a time range
("09:00 – 10:30 Wound assessment", "2.15pm Keynote: …") or with a part's noun and its number
or letter ("Session 2: …", "Workshop B – …", "Day 1", "Module 3:"), short and ending no
sentence. The paragraphs after the first such heading, up to the next key that is no part
heading (a "Description", "Accreditation" or "Registration" key ends the programme), are its
parts' abstracts ("This session will explore …" is the session's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from opencme.ingest.parsing.layouts import Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile

# a part heading's longest line
_HEADING_MAX = 140
_TIME = r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h)?"
_PART_HEADING = lazy_compile(
    r"^\s*(?:"
    # a clock time (with minutes or am/pm) or a range, then words
    + r"\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|h)?(?:\s*(?:[-–—]|to)\s*"
    + _TIME
    + r")?|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)(?:\s*(?:[-–—]|to)\s*"
    + _TIME
    + r")?"
    # a part's noun and its number or letter, then a separator
    + r"|(?:session|module|part|day|track|breakout|workshop|plenary|lecture|talk|symposium"
    r"|panel|block|unit|seminar|webinar|episode|week)\s+(?:\d{1,2}|[A-H]|[IVX]{1,4})\b"
    r"\s*(?:[:.–—-]|$)"
    r")",
    re.IGNORECASE,
)
# the fewest part headings a programme has
_MIN_PARTS = 2


def _part_heading(ln: Line) -> bool:
    t = ln.text.strip()
    return (
        0 < len(t) <= _HEADING_MAX
        and not t.endswith((".", "!", "?"))
        and (t[:1].isdigit() or t[:1] in "SMPDTBWLUEsmpdtbwlue")
        and _PART_HEADING.match(t) is not None
    )


def part_abstracts(doc: Doc) -> Iterator[str]:
    """The paragraphs of a programme's parts (two part headings or more): every line after
    the first part heading up to a key that is no part heading."""
    heads = [ln for ln in doc.lines if ln.text and _part_heading(ln)]
    if len(heads) < _MIN_PARTS:
        return
    inside = False
    for ln in doc.lines:
        if not ln.text:
            continue
        if ln is heads[0] or (inside and _part_heading(ln)):
            inside = True
            continue
        if not inside:
            continue
        if ln.key is not None:
            inside = False  # a known key: the programme has ended
            continue
        yield ln.text
