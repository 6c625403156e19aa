"""A short line that is an event's day and its town ("17 July 2031 - Lakeside, OH", "May 3, 2031
| Lakeside, Ontario"): the day the event is held and where (R-DT-20). A page's date of
publication stands alone or after its byline, never before a town and its state or country."""

from __future__ import annotations

from opencme.ingest.parsing.date_grammar import parse_date
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.place_words import CAP

_DATE_PLACE = lazy_compile(
    r"^(?P<date>[\w ,.]{6,40}?(?:19|20)\d\d)\s*(?:[-–—|•·]|,)\s+"
    rf"(?P<place>{CAP}(?:\s+{CAP}){{0,2}},\s+{CAP}(?:\s+{CAP}){{0,2}})\s*$"
)
_LONGEST = 80


def date_place(text: str) -> tuple[str, str] | None:
    """(the day, the town) of a line that is only a full date and a town with its state or
    country, else None."""
    t = text.strip()
    if len(t) > _LONGEST or "," not in t:
        return None
    m = _DATE_PLACE.match(t)
    if m is None:
        return None
    day = parse_date(m["date"])
    return (day, m["place"]) if day is not None and len(day) == 10 else None
