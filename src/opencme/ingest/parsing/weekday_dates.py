"""Session days written with their weekday and without a year ("Friday, March 18" over
"9:00 a.m. - 1:00 p.m.", "Wed. July 19 | 7:30PM-9:30PM"), or without a weekday ("16 May" over
"(08:45 - 12:00)") on a page that names one year only.

A date without its year takes the year the page names the same event with (docs/corpus.md,
settled cases: a title "ACD 2021 Annual Meeting", "2022 Speaker Series"), never the year of a
dateline or a press date ("May 22, 2018"). The weekday must fall on that day in that year: with
one named year that fits, the day is read; with none or several, no date."""

from __future__ import annotations

import re
from datetime import date

from opencme.ingest.parsing.date_grammar import MONTHS, YEAR_WORD
from opencme.ingest.parsing.lazyre import lazy_compile

_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_WD = (
    r"(?P<wd>Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|"
    r"Sat(?:urday)?|Sun(?:day)?)"
)
# a line that opens with a weekday (or, under one named year only, none) and a day of a month,
# and no year after it
_WEEKDAY_DATE = lazy_compile(
    rf"^\W*(?:{_WD}\.?,?\s+)?(?:(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?:of\s+)?"
    rf"(?P<mon2>{_MON})\.?)(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)",
    re.IGNORECASE,
)
# a time of day opening a line ("9:00 a.m. - 1:00 p.m.", "10 a.m.", "7:30PM-9:30PM |")
_TIME_FIRST = lazy_compile(r"^\W*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b|:|\s*[-–—])", re.IGNORECASE)
_CLOCK = lazy_compile(r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b", re.IGNORECASE)
# words a name with a year never starts with: months, weekdays, a copyright notice
_NOT_NAME = frozenset(
    [*MONTHS, "sept", "copyright", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    + [d + "day" for d in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")]
)
_COPYRIGHT = lazy_compile(r"(?:©|\(c\)|copyright)\W*$", re.IGNORECASE)
_SEPARATORS = lazy_compile(r"[\s|,;:()\-–—]+")


def _name_word(word: str) -> bool:
    w = word.strip("“”\"'‘’()")
    return w[:1].isupper() and w.isalpha() and w.lower() not in _NOT_NAME


def named_years(flat: str) -> set[int]:
    """Years that stand in a name ("ACD 2021 Virtual Annual Meeting", "2022 Speaker Series",
    "Certification 2023"): a capitalised word beside the year on its line, not a date."""
    years: set[int] = set()
    if not YEAR_WORD.search(flat):
        return years
    for m in YEAR_WORD.finditer(flat):
        s, e = m.span()
        before = flat[max(0, s - 24) : s]
        after = flat[e : e + 24]
        if _COPYRIGHT.search(before[-14:]):
            continue  # "© 2029 Harbor Health": the year of a notice, not a name
        prev = before.rsplit(" ", 2)[-2] if before.endswith(" ") and " " in before[:-1] else ""
        prev = prev.rsplit("\n", 1)[-1]
        nxt = after[1:].split(" ", 1)[0].split("\n", 1)[0] if after.startswith(" ") else ""
        if (prev and _name_word(prev)) or (nxt and _name_word(nxt)):
            years.add(int(m.group(0)))
    return years


def weekday_day(text: str, years: set[int]) -> str | None:
    """The ISO day of a line opening with a weekday and a yearless date, in the one year of
    `years` whose calendar has that day on that weekday."""
    m = _WEEKDAY_DATE.match(text)
    if not m:
        return None
    month = MONTHS.get((m["mon"] or m["mon2"]).lower()[:3])
    day = int(m["d"] or m["d2"])
    if m["wd"] is None and len(years) != 1:
        return None  # no weekday to tell the year: only the page's one named year
    weekday = _WEEKDAYS[m["wd"].lower()[:3]] if m["wd"] else None
    fits = []
    for y in years:
        try:
            if month and (weekday is None or date(y, month, day).weekday() == weekday):
                fits.append(y)
        except ValueError:
            continue
    if len(fits) != 1:
        return None
    return f"{fits[0]:04d}-{month:02d}-{day:02d}"


def session_line(text: str, next_text: str) -> bool:
    """A line that is a weekday date and little else, its time of day on it or opening the
    next line (a session of the programme, not a page's own date)."""
    m = _WEEKDAY_DATE.match(text)
    if not m:
        return False
    rest = _CLOCK.sub(" ", text[m.end() :])
    if len(_SEPARATORS.sub(" ", rest).split()) > 2:
        return False
    return _CLOCK.search(text, m.end()) is not None or _TIME_FIRST.match(next_text) is not None


def weekday_sessions(texts: list[str], flat: str) -> list[tuple[str, int]]:
    """The first session day of a programme listed by weekday dates with their times, and its
    last day when the sessions run on consecutive days ("Wednesday, October 13" / "Thursday,
    October 14"); sessions weeks apart give no last day. Each day with its index in `texts`."""
    years: set[int] | None = None
    days: list[tuple[str, int]] = []
    for i, t in enumerate(texts):
        nxt = texts[i + 1] if i + 1 < len(texts) else ""
        if not session_line(t, nxt):
            continue
        if years is None:
            years = named_years(flat)
            if not years:
                return []
        d = weekday_day(t, years)
        if d is None:
            continue
        if not days or _gap(days[-1][0], d) == 1:
            days.append((d, i))
        elif _gap(days[-1][0], d) != 0:
            break
    return days[:1] + days[1:][-1:]


def _gap(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days
