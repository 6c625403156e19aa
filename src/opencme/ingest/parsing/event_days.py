"""The day of a live event when no release and no expiry was found (R-DT-5..7): "held on
<date>", a line that is only a date with its time, programme days, session days by weekday,
a month line."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from opencme.ingest.parsing.date_base import (
    CLOCK,
    DATE_WORDS,
    NOT_DATE,
    date_line,
    time_line,
    used,
)
from opencme.ingest.parsing.date_grammar import YEAR_WORD, parse_date, parse_yearless
from opencme.ingest.parsing.date_place import date_place
from opencme.ingest.parsing.date_runs import day_rows, month_line
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.weekday_dates import named_years, weekday_sessions

_HELD_ON = lazy_compile(
    r"\b(?P<verb>(?:will\s+be|was|is|being)\s+(?:held|presented)|takes?\s+place|took\s+place|"
    r"will\s+take\s+place|is\s+scheduled|scheduled\s+(?:for|to\s+begin)|join\s+us|presented\s+by|"
    r"(?:will|to)\s+host|is\s+hosting|hosted|commenced|opens|organi[sz]ed|conducted|will\s+begin|begins|began|"
    r"(?:delighted|pleased|proud|happy|excited)\s+to\s+(?:present|offer|announce))\b"  # R-DT-22
    r"[^.]{0,120}?\b(?:on|from|for)\s+"
    r"(?:the\s+)?(?P<rest>.{0,50})|\b(?:takes?|took|take)\s+place\s+(?P<rest2>.{0,50})",
    re.IGNORECASE,
)


def _held_on(text: str) -> re.Match[str] | None:
    """The first "held on <date>" of the line whose words after it open with a date, else the
    first (R-DT-22: "… announce the Conference for 2031. We are delighted to present it … on
    Friday, March 27th, 2031")."""
    first = m = _HELD_ON.search(text)
    while m is not None:
        if parse_date(m["rest"] or m["rest2"] or ""):
            return m
        # the next verb, inside this match's words too
        m = _HELD_ON.search(text, m.end("verb") if m["verb"] else m.end())
    return first


def _event_year(doc: Doc, ln: Line) -> int | None:
    """The one year stated on the line, else the one year of the page's first line (its title),
    else the one year the page names anything with ("HSC 2031": weekday_dates.named_years)."""
    for text in (ln.text, next((o.text for o in doc.lines if o.text), "")):
        years = set(YEAR_WORD.findall(text))
        if len(years) == 1:
            return int(years.pop())
        if years:
            return None
    named = named_years(doc.flat)  # else the one year the page names the event with
    return named.pop() if len(named) == 1 else None


# R-DT-16: the day fronted before the clause that holds the event ("On a bright Friday, Mar.
# 7, 2031, the Harbour Heart Centre held its first Valve Disease Symposium", "On 3 May
# 2031, the society hosted a workshop"): the day of that event
_ON_DATE_HELD = lazy_compile(
    r"(?:^|(?<=[.!?]\s))On\s+(?:an?\s+[a-z]+\s+)?(?P<rest>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
    r"Sun)day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:of\s+)?[A-Z][a-z]{2,8}),?\s+\d{4}),\s+[^.]{0,160}?\b(?:held|hosted|organi[sz]ed|"
    r"conducted|staged|ran|presented|opened|launched)\b[^.]{0,100}?\b(?:"
    + "|".join(
        [
            "conference",
            "congress",
            "symposium",
            "workshop",
            "seminar",
            "course",
            "meeting",
            "summit",
            "webinar",
            "lecture",
            "training",
            "programme",
            "program",
            "forum",
            "session",
            "rounds",
            "masterclass",
            "study day",
            "convention",
        ]
    )
    + r")s?\b",
    re.IGNORECASE,
)
_VENUES = json.loads(
    (Path(__file__).with_name("data") / "venue_words.json").read_text(encoding="utf-8")
)["building"]
# a venue named by capitalised words ending in its head noun (data/venue_words.json), then the
# day: "continued at Lakeside Hospital on Saturday, March 8, 2031"
_AT_VENUE_ON = lazy_compile(
    r"\bat\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,4}(?:"
    + "|".join(
        r"\s+".join(w.capitalize() for w in v.split()) for v in sorted(_VENUES, key=len)[::-1]
    )
    + r")\s+on\s+(?P<rest>.{0,50})"
)
# R-DT-21: the event's noun, perhaps a verb of running, then its days without a year ("ACA's
# 2031 conference will run March 16-19", "the HW2031 Conference November 7-10", "was held
# this past April 12-16"): the year is the line's or the page's (`_event_year`)
_NOUN_DAYS = lazy_compile(
    r"\b(?:conference|convention|congress|symposium|summit|forum|annual\s+meeting)s?\s+"
    r"(?:(?:will\s+(?:run|be\s+held|take\s+place)|runs|ran|(?:is|was)\s+held|took\s+place)\s+)?"
    r"(?:(?:this\s+past|from|on)\s+)?"
    r"(?P<rest>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*[–-]"
    r"\s*\d{1,2}\b(?![,/]?\s*\d{4}))",
    re.IGNORECASE,
)
# what may begin or open on a day that is not the event's
_NOT_THE_EVENT = lazy_compile(
    r"\b(?:registration|enrol+ment|applications?|abstracts?|submissions?|sign[\s-]?ups?|"
    r"ticket\s+sales|sales|voting|nominations?)\s+$",
    re.IGNORECASE,
)
_MINUTES = lazy_compile(r"\b\d{1,2}[:.](\d\d)\b")


def session_clock(text: str) -> bool:
    """A time of day a session starts or ends at: on the five minutes ("12:30 pm"); a page's
    own timestamp falls on any minute ("10 March 2031 | 12:22 am")."""
    if not CLOCK.search(text):
        return False
    return all(int(m[1]) % 5 == 0 for m in _MINUTES.finditer(text))


def event_day(doc: Doc, out: dict[str, str | None], diags: list[Diagnostic]) -> None:
    """No release and no expiry: the event's day from "held on <date>" or from a line that is
    only a date (and time), unless that line is the value of a key above it (R-DT-5)."""
    texts = [ln for ln in doc.lines if ln.text]
    if _day_lines(doc, out, diags) or _date_list(doc, out, diags):
        return
    rows = day_rows([ln.text for ln in texts])
    if rows:
        out["start_date"], out["end_date"] = rows[:2]
        used(diags, "start_date", texts[rows[2]], "first of the programme days listed")
        used(diags, "end_date", texts[rows[3]], "last of the programme days listed")
        return
    prev: Line | None = None
    titled = bool(texts) and texts[0].year  # a line without a year may take the title's
    for i, ln in enumerate(texts):
        owned = prev is not None and prev.raw_key is not None and prev.value == ln.text
        prev_unknown = owned and prev is not None and prev.key is None
        prev = ln
        if not (ln.year or (titled and ln.digit)) or ln.key is not None:
            continue
        if NOT_DATE.search(ln.text):
            continue
        if owned and not prev_unknown:
            continue
        m = _held_on(ln.text)
        if m and _NOT_THE_EVENT.search(ln.text, max(0, m.start() - 40), m.start()):
            m = None  # "Registration will begin on ...": the day of something else
        rest = (m["rest"] or m["rest2"]) if m else None
        if "On " in ln.text:
            fronted = _ON_DATE_HELD.search(ln.text)  # "On Saturday, Oct. 14, 2031, X held its ..."
            rest = fronted["rest"] if fronted else rest
        if rest is None and " on " in ln.text:
            mv = _AT_VENUE_ON.search(ln.text)  # "... at Lakeside Hospital on Saturday, March 8"
            rest = mv["rest"] if mv else None
        if rest is None and ln.digit:
            nd = _NOUN_DAYS.search(ln.text)  # "… 2031 conference will run March 16-19" (R-DT-21)
            rest = nd["rest"] if nd else None

        d = parse_date(rest) if rest else None
        year = _event_year(doc, ln) if rest and d is None else None
        days = parse_yearless(rest, year) if rest and year else None
        if days:
            out["start_date"], out["end_date"] = days
            used(diags, "start_date", ln, "event day, the year from the page")
            return
        if (
            d is None
            and ln.raw_key
            and ln.value
            and _date_value(ln.value.split(". ", 1)[0])
            and not _OTHER_DAY.search(ln.raw_key)
        ):
            # under a key of no known field ("Upcoming Rounds: <date>. Please RSVP ...")
            d = parse_date(ln.value.split(". ", 1)[0])
        if d is None and date_line(ln) and session_clock(ln.text):
            d = parse_date(ln.text)  # a day with its time: a session, not a page's date
        if d is None and i + 1 < len(texts) and date_line(ln) and time_line(texts[i + 1]):
            d = parse_date(ln.text)  # a date with its time on the next line ("6:30 p.m.")
        if d is None and not owned and (day_town := date_place(ln.text)):
            d = day_town[0]  # "17 July 2031 - Lakeside, OH" (R-DT-20)
        if d and len(d) == 10:
            out["start_date"] = d
            used(diags, "start_date", ln, "event day")
            return
    sessions = weekday_sessions([ln.text for ln in texts], doc.flat)
    for field, (d, i) in zip(("start_date", "end_date"), sessions, strict=False):
        out[field] = d
        used(diags, field, texts[i], "session day by its weekday, the year the page names")
    month = None if sessions else month_line([ln.text for ln in texts])
    if month:
        out["start_date"] = month[0]
        used(diags, "start_date", texts[month[1]], "a line that is a month and year")


# keys of a day that is not the activity's: its page history or recording, a deadline
_OTHER_DAY = lazy_compile(
    r"releas|launch|publish|posted|updated|creat|record|revis|review|expir|original|deadline|"
    r"\bby\b|\bapply|regist|due\b|until|through",
    re.IGNORECASE,
)


def _date_value(value: str) -> bool:
    """A key's value that is a full date and perhaps a time, little else."""
    d = parse_date(value)
    return d is not None and len(d) == 10 and len(DATE_WORDS.sub(" ", value).split()) <= 3


# the most days between two sessions of one course listed date by date; dates further apart
# (a year: a release and an expiry that lost their keys) are no run of sessions
_SESSION_GAP = 62


def _days_between(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days if len(a) == len(b) == 10 else 0


def _date_list(doc: Doc, out: dict[str, str | None], diags: list[Diagnostic]) -> bool:
    """Lines that are each only a date, in rising order and close together (the sessions of one
    course, the days of a programme): the first is the start, the last the end."""
    run: list[tuple[str, Line]] = []
    for ln in doc.lines:
        if not ln.text or not ln.year or ln.raw_key or not date_line(ln):
            continue  # the days of a programme may stand apart, its sessions between them
        d = parse_date(ln.text)
        if d is None or NOT_DATE.search(ln.text):
            continue
        if not run or 0 < _days_between(run[-1][0], d) <= _SESSION_GAP:
            run.append((d, ln))
            continue
        if len(run) >= 2:
            break
        run = [(d, ln)]
    if len(run) < 2:
        return False
    out["start_date"], out["end_date"] = run[0][0], run[-1][0]
    used(diags, "start_date", run[0][1], "first of the dates listed")
    used(diags, "end_date", run[-1][1], "last of the dates listed")
    return True


# "Day 1: 15 July 2024", "Day one, Wednesday 25 March 2020", "Day Two (Friday 14 June 2024)"
_DAY_N = lazy_compile(
    r"^\W*day\s+(?P<n>\d{1,2}|one|two|three|four|five|six|seven)\b", re.IGNORECASE
)


def _day_lines(doc: Doc, out: dict[str, str | None], diags: list[Diagnostic]) -> bool:
    """The days of a programme headed "Day 1", "Day 2", ...: the first and the last day."""
    days: list[tuple[str, Line]] = []
    first = ""
    for ln in doc.lines:
        head = _DAY_N.match(ln.text) if ln.year else None
        if head:
            d = parse_date(ln.text)
            if d and len(d) == 10 and (not days or d > days[-1][0]):
                first = first or head["n"].lower()
                days.append((d, ln))
    if not days or first not in ("1", "one"):
        return False
    out["start_date"] = days[0][0]
    used(diags, "start_date", days[0][1], "first day of the programme")
    if len(days) > 1:
        out["end_date"] = days[-1][0]
        used(diags, "end_date", days[-1][1], "last day of the programme")
    return True
