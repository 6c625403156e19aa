"""A schedule line in a description's shape (docs/corpus.md "Description": never the
description): one sentence saying when the activity meets, with a clock time ("The program
meets on Zoom every Thursday from 1-3:45 p.m. ET.", "… will kick off the new format at 7:30
a.m. Thursday, July 18 in the auditorium."). It gives the dates, times and place, fields of
their own; a paragraph that goes on to say what the activity is or covers ("Tumour Board is
held every Monday at 7 am. Pathologists, oncologists and surgeons review …") is no schedule."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

# a clock time: "7:30 a.m.", "12 noon", "from 1-3:45 p.m.", "12:00 pm", "8 am"
_CLOCK = lazy_compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|\b12\s+noon\b", re.IGNORECASE
)
# every clock time holds one of these (a cheap guard before the pattern)
_GUARDS = ("am", "pm", "a.m", "p.m", "AM", "PM", "noon")


# a sentence's end inside the paragraph once "a.m." and "p.m." are read as words (a title's
# point, "Dr. Lee", counts too: such a paragraph is left as it is)
_GAP = lazy_compile(r"[.!?]\s+[A-Z\"“(]")
_MERIDIEM = lazy_compile(r"\b([ap])\.m\.", re.IGNORECASE)


def schedule_only(text: str) -> bool:
    """`text` is one sentence holding a clock time: when the activity meets, nothing more."""
    if not any(g in text for g in _GUARDS) or _CLOCK.search(text) is None:
        return False
    return _GAP.search(_MERIDIEM.sub(r"\1m", text.strip())) is None
