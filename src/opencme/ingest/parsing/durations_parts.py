"""Lengths that belong to a part of the activity, not to it (R-MI-2; docs/corpus.md
"Estimated minutes"):

- a programme: a page scheduling three sessions or more by their clock times, of two lengths
  or more ("8:30 am - 12:30 pm" … "1:00 pm - 3:00 pm", or a table row "7:45AM 8:15AM 30 min"),
  is an event of parts; a length in its prose ("In this 2-hour course …", "45 min … program")
  is one part's;
- a part held during the activity: "a ninety-minute symposium during the Annual Meeting",
  "a 30-minute session within the congress", "a 1-hour lecture as part of the course" ("at
  the …" is as often the venue: "a 2-hour course at the Harbour Hotel").

A day of two sittings ("10:00 am-12:30 pm & 2:15-4:45 pm") is one length, their sum
(session_length.py).
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.session_length import _RANGE, range_minutes

# two clock times side by side with no dash, as a schedule table flattened to text writes
# them ("7:45AM 8:15AM 30 min REGISTRATION")
_PAIR = lazy_compile(
    r"(?<![\d:])(\d{1,2}):(\d{2})\s*([ap])\.?m\.?\s+(\d{1,2}):(\d{2})\s*([ap])\.?m\.?(?![\w])",
    re.IGNORECASE,
)
_SESSIONS = 3  # a programme schedules this many sessions or more
_MAX = 12 * 60


def _pair_minutes(m: re.Match[str]) -> int | None:
    h1, m1, a1, h2, m2, a2 = m.groups()
    start = (int(h1) % 12 + (12 if a1.lower() == "p" else 0)) * 60 + int(m1)
    end = (int(h2) % 12 + (12 if a2.lower() == "p" else 0)) * 60 + int(m2)
    length = end - start
    return length if 0 < length <= _MAX else None


def is_programme(doc: Doc) -> bool:
    """The page schedules three sessions or more of two lengths or more (memoised on the
    page's lines: only lines holding a digit and a colon or an "m" are read)."""
    count = 0
    lengths: set[int] = set()
    for ln in doc.lines:
        if not ln.digit:
            continue
        low = ln.text.lower()
        if ":" not in low and "m" not in low:
            continue
        for m in _RANGE.finditer(ln.text):
            n = range_minutes(m)
            if n is not None:
                count += 1
                lengths.add(n)
        if ":" in low and ("am" in low or "pm" in low or "a.m" in low or "p.m" in low):
            for m in _PAIR.finditer(ln.text):
                n = _pair_minutes(m)
                if n is not None:
                    count += 1
                    lengths.add(n)
        if count >= _SESSIONS and len(lengths) >= 2:
            return True
    return False


# the part held during, at or within the activity ("… symposium during the Annual Meeting")
_DURING = lazy_compile(
    r"\s+(?:(?:held|hosted|offered|presented|scheduled|taking\s+place)\s+)?(?:during|within|"
    r"as\s+part\s+of)\s+(?:the|this|our|its)\b",
    re.IGNORECASE,
)


def held_during(flat: str, end: int) -> bool:
    """The length's phrase ending at `end` names a part held during the activity."""
    return _DURING.match(flat, end) is not None
