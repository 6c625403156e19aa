"""Dates laid out over lines rather than written in one: a range broken over short heading
lines, programme days listed one a line with what each gives, a line that is only a month and
year. dates.py asks these when no keyed or prose date was found (R-DT-5)."""

from __future__ import annotations

import re
from datetime import date

from opencme.ingest.parsing.date_grammar import (
    DMY,
    DOTTED,
    ISO,
    MDY,
    SLASH,
    YEAR_WORD,
    parse_date,
    parse_range,
)
from opencme.ingest.parsing.lazyre import lazy_compile

_MONTH_LINE = lazy_compile(
    r"^\W*(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?:19|20)\d\d\W*$",
    re.IGNORECASE,
)
_WEEKDAY_FIRST = lazy_compile(
    r"^\W*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+|^\W*", re.IGNORECASE
)
_DAY_WORDS = lazy_compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}(?:st|nd|rd|th)?|to|and|through|"
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|[\s,.&–—-]",
    re.IGNORECASE,
)
_OPENING_DATES = (ISO, MDY, DMY, SLASH, DOTTED)
_NOTE_SEP = lazy_compile(r"^[\s:,;|–—-]+")


def month_line(texts: list[str]) -> tuple[str, int] | None:
    """A line that is only a month and a year ("September 2031", "APRIL 2031"): the month of
    a course edition or journal issue (docs/corpus.md: dated by its month, `YYYY-MM`), when the
    page has no other such month."""
    found = [
        (d, i)
        for i, t in enumerate(texts)
        if len(t) <= 24 and t[-1:].isdigit() and _MONTH_LINE.match(t)
        for d in [parse_date(t)]
        if d and len(d) == 7
    ]
    # several months listed are an archive or a calendar, not the edition
    return found[0] if len({d for d, _ in found}) == 1 else None


def split_range(texts: list[str]) -> tuple[str, str, int] | None:
    """A range whose parts stand on two short lines, the year on the second (a header set in
    large type: "WEDNESDAY 13 to FRIDAY 15" / "SEPTEMBER 2031")."""
    for i in range(len(texts) - 1):
        a, b = texts[i], texts[i + 1]
        if len(a) > 30 or len(b) > 30 or not any(c.isdigit() for c in a):
            continue
        if YEAR_WORD.search(a) or not YEAR_WORD.search(b) or _DAY_WORDS.sub("", a).strip():
            continue  # the first line is days and connectors only ("WEDNESDAY 13 to FRIDAY 15")
        rng = parse_range(f"{a} {b}")
        if rng:
            return rng[0], rng[1], i
    return None


def _opening_date(t: str) -> str | None:
    """The full date a line opens with (after a weekday), when a short note at most follows."""
    lead = _WEEKDAY_FIRST.match(t)
    start = lead.end() if lead else 0
    for rx in _OPENING_DATES:
        m = rx.match(t, start)
        if m is None:
            continue
        d = parse_date(m.group(0))
        note = _NOTE_SEP.sub("", t[m.end() :])
        # the note says what the day gives ("6 CME points", "7 credits"): it holds a number
        if d and len(d) == 10 and len(note.split()) <= 6 and not YEAR_WORD.search(note):
            return d if any(c.isdigit() for c in note) else None
    return None


_ASCII_DIGIT = lazy_compile(r"[0-9]")


def has_digit(text: str) -> bool:
    """`any(c.isdigit() for c in text)`, by one search on ASCII text (where only 0-9 are
    digits); other text asks each character ("²" is a digit to `str.isdigit`, not to a
    regex's digit class)."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(map(str.isdigit, text))


def day_rows(texts: list[str]) -> tuple[str, str, int, int] | None:
    """Programme days one a line, each opening with its full date and a short note of what it
    gives ("27. 9. 2031: 6 CME points", "Wednesday, 11 October 2031 7 credits"), on
    consecutive lines and consecutive days: the first and the last day."""
    run: list[tuple[str, int]] = []
    for i, t in enumerate(texts):
        d = _opening_date(t) if t[:1].isalnum() and has_digit(t) else None
        if d and run and run[-1][1] == i - 1 and _days(run[-1][0], d) == 1:
            run.append((d, i))
            continue
        if len(run) >= 2:
            break
        run = [(d, i)] if d else []
    if len(run) < 2:
        return None
    return run[0][0], run[-1][0], run[0][1], run[-1][1]


def _days(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days
