"""A one-day session's length from its clock times (R-MI-1, docs/corpus.md 'Estimated minutes').

"Saturday, May 2, 2026, 9:00 AM - 11:00 AM" says how long the activity takes: 120 minutes. Read
only when no length is stated, for a scheduled live activity (live, internet_live) of one day
(a start date and no other end date, or no date at all: never a window to take it in) not in
parts (pre-reading and a workshop: the day is one part), and only when every clock range on the
page has the same length: a programme of sessions, a multi-day event or a series of different
sessions says nothing of one length, and a help line's hours are no session. A range said to
recur ("every Saturday between 3-5 PM", "for all dates") is one meeting of several, and credit
hours the session cannot hold (more than an hour of credit per 50 minutes: ACCME and ACPE count
an hour of credit per 60 minutes of learning, some boards per 50) say the activity is longer
than it.
"""

from __future__ import annotations

import re
from typing import Any

from opencme.ingest.parsing.date_editions import short_ranges
from opencme.ingest.parsing.date_grammar import parse_date
from opencme.ingest.parsing.dates import event_range
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile

_T = r"(\d{1,2})(?:([:.])(\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|noon\b)?"
_RANGE = lazy_compile(
    rf"(?<![\d:/.$£€-]){_T}\s*(?:-|–|—|to|until)\s*{_T}(?![\d:/%])", re.IGNORECASE
)
_SCHEDULED = ("live", "internet_live")
MAX_MINUTES = 12 * 60  # a session of a day at most
# an activity in parts ("has two parts: online pre-reading and a workshop"): the day is one part
_PARTS = lazy_compile(
    r"\b(?:two|three|four|2|3|4)\s+(?:parts|components|stages)\b|\bpre-?(?:reading|work|course)\b",
    re.IGNORECASE,
)
_RECURS = lazy_compile(r"\b(?:every|each|weekly|monthly|all\s+dates|recurring)\b", re.IGNORECASE)
# what joins two sittings of one day on one line: "&", "and", "+" ("or" offers a choice)
_JOINED = lazy_compile(r"\s*(?:&|\+|and)\s*", re.IGNORECASE)
CREDIT_MINUTES = 50  # the fewest minutes of learning an hour of credit stands for
_HOURLY_UNITS = ("hour", "contact_hour", "credit")


def _hour(h: int, mark: str) -> int:
    if mark.startswith("p") and h < 12:
        return h + 12
    if mark.startswith("a") and h == 12:
        return 0
    return h


def range_minutes(m: re.Match[str]) -> int | None:
    """The minutes between the two clock times of a `_RANGE` match, or None when it is no
    clock range (no am/pm and no colon on either side: "8-10", "1.50-2.00")."""
    h1, sep1, m1, mark1, h2, sep2, m2, mark2 = m.groups()
    marks = [(x or "").lower().replace(".", "").replace(" ", "") for x in (mark1, mark2)]
    if not any(marks) and ":" not in (sep1, sep2):
        return None
    a, b = int(h1), int(h2)
    if a > 23 or b > 23 or int(m1 or 0) > 59 or int(m2 or 0) > 59:
        return None
    end_mark = "p" if marks[1] == "noon" else marks[1]
    start_mark = marks[0] or end_mark
    start = _hour(a, start_mark) * 60 + int(m1 or 0)
    end = (12 * 60 if marks[1] == "noon" else _hour(b, end_mark) * 60) + int(m2 or 0)
    if end <= start and not marks[0] and end_mark.startswith("p"):
        start = a * 60 + int(m1 or 0)  # "11 - 1 pm": the start is in the morning
    length = end - start
    return length if 0 < length <= MAX_MINUTES else None


def session_minutes(doc: Doc, record: dict[str, Any], diags: list[Diagnostic]) -> int | None:
    """The one session's length, or None (see the module's rule)."""
    if record.get("format") not in _SCHEDULED and not _one_dated_day(doc, record):
        return None
    if not record.get("start_date") and (record.get("end_date") or record.get("expires")):
        return None  # an undated session, or one day; never a window of several
    if record.get("end_date") not in (None, record["start_date"]):
        return None
    if _PARTS.search(doc.flat):
        return None
    if not record.get("start_date") and short_ranges(doc, event_range):
        return None  # runs on several dates, none read (R-DT-10): no one day
    lengths: set[int] = set()
    first: Line | None = None
    for ln in doc.lines:
        if not ln.digit or ("m" not in ln.text.lower() and ":" not in ln.text):
            continue
        sitting: tuple[int, int] | None = None  # the day's length so far, where its range ends
        for m in _RANGE.finditer(ln.text):
            n = range_minutes(m)
            if n is not None:
                if _RECURS.search(ln.text):
                    return None
                if sitting is not None and _JOINED.fullmatch(ln.text, sitting[1], m.start()):
                    # "10:00 am-12:30 pm & 2:15-4:45 pm": two sittings of one day (R-MI-2)
                    lengths.discard(sitting[0])
                    n += sitting[0]
                lengths.add(n)
                sitting = (n, m.end())
                first = first or ln
    if len(lengths) != 1 or first is None:
        return None
    length = lengths.pop()
    if _credit_hours(record) * CREDIT_MINUTES > length:
        return None
    used(diags, "estimated_minutes", first, "session clock times")
    return length


def _one_dated_day(doc: Doc, record: dict[str, Any]) -> bool:
    """R-MI-6: a page whose format was not read is one session's when it dates one day and no
    other (no end or expiry, every dated line the start date's day, or no year at all):
    "Date: May 2, 2031" / "Time: 9:30am - 11:00am". A window to take it in or a self-paced
    part before the day dates other days."""
    start = record.get("start_date")
    if record.get("format") is not None or record.get("expires"):
        return False
    if record.get("end_date") not in (None, start):
        return False
    for ln in doc.lines:
        if ln.year and (
            event_range(ln.text) or (start and (d := parse_date(ln.text)) and d != start)
        ):
            return False  # a range of days or another day: no one session's page
    return True


def _credit_hours(record: dict[str, Any]) -> float:
    """The most hours of credit one credit entry of the record offers."""
    hours = [
        float(c["amount"])
        for c in record.get("credits") or []
        if c.get("amount") is not None and c.get("unit") in _HOURLY_UNITS
    ]
    return max(hours, default=0.0)
