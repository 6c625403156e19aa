"""Date grammars: whole dates, ranges, days listed and dates without their year, as ISO strings.

Pure functions of a piece of text (no page, no keys): dates.py decides which of a listing's
dates is its start, end or expiry."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import led_by

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
for _name, _i in list(MONTHS.items()):
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9

_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
ISO = lazy_compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
# the letters a month name (`_MON`) starts with, and those of a weekday (`_WEEKDAY`) too
_MON_FIRST = "adfjmnos"
_DAY_FIRST = "fmstw"
MDY = led_by(
    _MON_FIRST + _DAY_FIRST,
    _WEEKDAY + rf"\b(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
    re.IGNORECASE,
)
# "16 May 2031", "26th April 2031", "31st of October 2031", "07-Mar-2031" (day, month and year
# joined by hyphens: a common machine format)
DMY = led_by(
    r"\d",
    rf"\b(?P<d>\d{{1,2}})(?:(?:st|nd|rd|th)?(?:\s+of)?\s+|-)(?P<mon>{_MON})(?:,?\s+|-)"
    rf"(?P<y>\d{{4}})\b",
    re.IGNORECASE,
)
MY = led_by(_MON_FIRST, rf"\b(?P<mon>{_MON}),?\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
# US numeric dates: "6/8/2023", "05-17-2024" (month first unless the first part cannot be one)
SLASH = lazy_compile(r"\b(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})\b")
# dotted numeric dates are day first ("27.09.2018", "27. 9. 2018": DIN 5008, the European use)
DOTTED = lazy_compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})\b")
# a two-digit year, read only under a date key ("Released on 3/12/25", "Release Date: March-10-14")
SHORT_YEAR = lazy_compile(
    rf"(?:\b(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/|\b(?P<mon>{_MON})[\s-](?P<d>\d{{1,2}})[,-]\s?)"
    r"(?P<y>\d{2})(?![\d/-])",
    re.IGNORECASE,
)
SHORT_DMY = lazy_compile(
    rf"\b(?P<d>\d{{1,2}})-(?P<mon>{_MON})-(?P<y>\d{{2}})(?![\d/-])", re.IGNORECASE
)
_ORD = r"(?:st|nd|rd|th)?"
_TO = r"\s*(?:[-–—]|&|to|through|until|and)\s*"  # R-DT-18: "&" joins days as "and" does
# "November 9-13, 2025", "February 21 - Saturday February 22, 2025"
RANGE_MDY = led_by(
    _MON_FIRST,
    rf"\b(?P<mon>{_MON})\s+(?P<d1>\d{{1,2}}){_ORD}{_TO}{_WEEKDAY}(?:(?P<mon2>{_MON})\s+)?"
    rf"(?P<d2>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})\b",
    re.IGNORECASE,
)
# the days of one event listed ("June 13, 14, 15 and 16, 2018", "April 12th and 13th, 2024")
LIST_MDY = led_by(
    _MON_FIRST,
    rf"\b(?P<mon>{_MON})\s+(?P<days>\d{{1,2}}{_ORD}(?:\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*|\s)"
    rf"\d{{1,2}}{_ORD})+),?\s+(?P<y>\d{{4}})\b",
    re.IGNORECASE,
)
# "13-15 June 2024", "9th to 11th May, 2018", "30 September – 2 October 2025"
RANGE_DMY = led_by(
    r"\d",
    rf"\b(?P<d1>\d{{1,2}}){_ORD}(?:\s+(?P<mon1>{_MON}))?{_TO}{_WEEKDAY}(?P<d2>\d{{1,2}}){_ORD}\s+"
    rf"(?P<mon>{_MON}),?\s+(?P<y>\d{{4}})\b",
    re.IGNORECASE,
)
RANGE_SLASH = lazy_compile(
    r"\b(?P<a1>\d{1,2})/(?P<b1>\d{1,2})/(?P<y1>\d{4})\s*[-–]\s*(?P<a2>\d{1,2})/(?P<b2>\d{1,2})/"
    r"(?P<y2>\d{4})\b"
)


def _iso(y: int, m: int, d: int | None = None) -> str | None:
    if not (1 <= m <= 12) or not (1900 <= y <= 2100):
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= 31:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _mon(text: str) -> int:
    key = text.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


# every date and range pattern above needs a four-digit year: a cheap test before them
_YEAR = lazy_compile(r"\d{4}")


@lru_cache(maxsize=4096)  # pure, and the same lines are asked by several extractors
def parse_date(text: str) -> str | None:
    """First full date in `text` as ISO, else a month-only date as YYYY-MM, else None."""
    if not _YEAR.search(text):
        return None
    m = ISO.search(text)
    if m:
        return _iso(int(m["y"]), int(m["m"]), int(m["d"]))
    m = MDY.search(text)
    if m:
        return _iso(int(m["y"]), _mon(m["mon"]), int(m["d"]))
    m = DMY.search(text)
    if m:
        return _iso(int(m["y"]), _mon(m["mon"]), int(m["d"]))
    m = SLASH.search(text)
    if m:
        a, b = int(m["a"]), int(m["b"])
        return _iso(int(m["y"]), b, a) if a > 12 else _iso(int(m["y"]), a, b)
    m = DOTTED.search(text)
    if m:
        return _iso(int(m["y"]), int(m["m"]), int(m["d"]))
    m = MY.search(text)
    if m:
        return _iso(int(m["y"]), _mon(m["mon"]))
    return None


def parse_keyed_date(text: str) -> str | None:
    """A date under a date key: `parse_date`, else one with a two-digit year (20yy)."""
    d = parse_date(text)
    if d:
        return d
    m = SHORT_YEAR.search(text)
    if not m:
        m = SHORT_DMY.search(text)  # "01-Feb-13"
        return _iso(2000 + int(m["y"]), _mon(m["mon"]), int(m["d"])) if m else None
    y = 2000 + int(m["y"])
    if m["mon"]:
        return _iso(y, _mon(m["mon"]), int(m["d"]))
    return _iso(y, int(m["a"]), int(m["b"]))


# the full dates of a text with their spans, for ranges written as two whole dates
_FULL_DATES = (ISO, MDY, DMY, SLASH, DOTTED)
# what may stand between the two dates of a range: a time after the first, the connector, a
# weekday before the second ("Sep 13 2019 - 8:30am - Sep 14 2019", "01/09/2026 - 6:00am to")
_TIME = r"(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z][SD]?T)?)"
_GAP = lazy_compile(
    rf"\s*(?:[-–—,@]?\s*(?:at\s+)?{_TIME}(?:\s*[-–—]\s*{_TIME})?)?\s*"
    r"(?:[-–—]|to|through|thru|until|till)\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?",
    re.IGNORECASE,
)


def _two_dates(text: str) -> tuple[str, str, int] | None:
    """`July 15, 2024 to July 19, 2024`: two whole dates joined as a range."""
    found: list[tuple[int, int, str]] = []
    for rx in _FULL_DATES:
        for m in rx.finditer(text):
            d = parse_date(m.group(0))
            if d and len(d) == 10:
                found.append((m.start(), m.end(), d))
    found.sort()
    for (s1, e1, d1), (s2, _, d2) in pairwise(found):
        if s2 > e1 and d1 < d2 and _GAP.fullmatch(text[e1:s2]):
            return d1, d2, s1
    return None


@lru_cache(maxsize=4096)
def parse_range(text: str) -> tuple[str, str] | None:
    """`November 9-13, 2025` or `12/06/2024 – 15/06/2024` as (start, end)."""
    found = range_at(text)
    return found[:2] if found else None


@lru_cache(maxsize=4096)
def range_at(text: str) -> tuple[str, str, int] | None:
    """`parse_range` with the offset where the range starts in `text`."""
    if not _YEAR.search(text):
        return None
    m = RANGE_MDY.search(text)
    if m:
        y, mon1 = int(m["y"]), _mon(m["mon"])
        mon2 = _mon(m["mon2"]) if m["mon2"] else mon1
        s, e = _iso(y, mon1, int(m["d1"])), _iso(y, mon2, int(m["d2"]))
        if s and e and s <= e:
            return s, e, m.start()
    m = RANGE_DMY.search(text)
    if m:
        y, mon2 = int(m["y"]), _mon(m["mon"])
        mon1 = _mon(m["mon1"]) if m["mon1"] else mon2
        s, e = _iso(y, mon1, int(m["d1"])), _iso(y, mon2, int(m["d2"]))
        if s and e and s < e:
            return s, e, m.start()
    m = LIST_MDY.search(text)
    if m:
        days = [int(d) for d in re.findall(r"\d+", m["days"])]
        # days joined by spaces alone ("November 7 8, 2031": a PDF's lost dash) only when
        # they follow each other (R-DT-13)
        spaced = not any(c in m["days"] for c in ",&") and "and" not in m["days"]
        if days == sorted(set(days)) and not (
            spaced and any(b - a != 1 for a, b in pairwise(days))
        ):
            s, e = (
                _iso(int(m["y"]), _mon(m["mon"]), days[0]),
                _iso(int(m["y"]), _mon(m["mon"]), days[-1]),
            )
            if s and e:
                return s, e, m.start()
    two = _two_dates(text)
    if two:
        return two
    m = RANGE_SLASH.search(text)
    if m:
        a1, b1, a2, b2 = int(m["a1"]), int(m["b1"]), int(m["a2"]), int(m["b2"])
        day_first = a1 > 12 or a2 > 12  # R-DT-2: day-first only when a day cannot be a month
        if day_first:
            s, e = _iso(int(m["y1"]), b1, a1), _iso(int(m["y2"]), b2, a2)
        else:
            s, e = _iso(int(m["y1"]), a1, b1), _iso(int(m["y2"]), a2, b2)
        if s and e and s <= e:
            return s, e, m.start()
    return None


# a date without its year ("on April 22", "June 21-26", "the 10th and 11th of December") takes
# the year the page states for the same event, in its sentence or its title (docs/corpus.md)
YEAR_WORD = lazy_compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")
_YL_RANGE_MD = lazy_compile(
    rf"^{_WEEKDAY}(?P<mon>{_MON})\s+(?P<d1>\d{{1,2}}){_ORD}{_TO}{_WEEKDAY}(?:(?P<mon2>{_MON})\s+)?"
    rf"(?P<d2>\d{{1,2}}){_ORD}\b(?!\s*,?\s*\d)",
    re.IGNORECASE,
)
_YL_RANGE_DM = lazy_compile(
    rf"^{_WEEKDAY}(?P<d1>\d{{1,2}}){_ORD}{_TO}{_WEEKDAY}(?P<d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?"
    rf"(?P<mon>{_MON})\b(?!\s*,?\s*\d)",
    re.IGNORECASE,
)
_YL_MD = lazy_compile(
    rf"^{_WEEKDAY}(?P<mon>{_MON})\s+(?P<d>\d{{1,2}}){_ORD}\b(?!\s*,?\s*\d)", re.IGNORECASE
)
_YL_DM = lazy_compile(
    rf"^{_WEEKDAY}(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon>{_MON})\b(?!\s*,?\s*\d)",
    re.IGNORECASE,
)


def parse_yearless(rest: str, year: int) -> tuple[str, str | None] | None:
    """The day (or days) at the start of `rest`, written without a year, in `year`."""
    m = _YL_RANGE_MD.match(rest)
    if m:
        mon1 = _mon(m["mon"])
        mon2 = _mon(m["mon2"]) if m["mon2"] else mon1
        s, e = _iso(year, mon1, int(m["d1"])), _iso(year, mon2, int(m["d2"]))
        return (s, e) if s and e and s < e else None
    m = _YL_RANGE_DM.match(rest)
    if m:
        mon = _mon(m["mon"])
        s, e = _iso(year, mon, int(m["d1"])), _iso(year, mon, int(m["d2"]))
        return (s, e) if s and e and s < e else None
    m = _YL_MD.match(rest) or _YL_DM.match(rest)
    if m:
        d = _iso(year, _mon(m["mon"]), int(m["d"]))
        return (d, None) if d else None
    return None
