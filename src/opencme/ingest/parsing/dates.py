"""Dates: release/start, end of a live event, expiry of credit (ISO strings)."""

from __future__ import annotations

import re

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
ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
MDY = re.compile(
    _WEEKDAY + rf"\b(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
    re.IGNORECASE,
)
DMY = re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MON})\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
MY = re.compile(rf"\b(?P<mon>{_MON})\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
SLASH = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b")
RANGE_MDY = re.compile(
    rf"\b(?P<mon>{_MON})\s+(?P<d1>\d{{1,2}})\s*[-–]\s*(?:(?P<mon2>{_MON})\s+)?(?P<d2>\d{{1,2}}),?"
    r"\s+(?P<y>\d{4})\b",
    re.IGNORECASE,
)
RANGE_SLASH = re.compile(
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


def parse_date(text: str) -> str | None:
    """First full date in `text` as ISO, else a month-only date as YYYY-MM, else None."""
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
    m = MY.search(text)
    if m:
        return _iso(int(m["y"]), _mon(m["mon"]))
    return None


def parse_range(text: str) -> tuple[str, str] | None:
    """`November 9-13, 2025` or `12/06/2024 – 15/06/2024` as (start, end)."""
    m = RANGE_MDY.search(text)
    if m:
        y, mon1 = int(m["y"]), _mon(m["mon"])
        mon2 = _mon(m["mon2"]) if m["mon2"] else mon1
        s, e = _iso(y, mon1, int(m["d1"])), _iso(y, mon2, int(m["d2"]))
        if s and e and s <= e:
            return s, e
    m = RANGE_SLASH.search(text)
    if m:
        a1, b1, a2, b2 = int(m["a1"]), int(m["b1"]), int(m["a2"]), int(m["b2"])
        day_first = a1 > 12 or a2 > 12  # R-DT-2: day-first only when a day cannot be a month
        if day_first:
            s, e = _iso(int(m["y1"]), b1, a1), _iso(int(m["y2"]), b2, a2)
        else:
            s, e = _iso(int(m["y1"]), a1, b1), _iso(int(m["y2"]), a2, b2)
        if s and e and s <= e:
            return s, e
    return None
