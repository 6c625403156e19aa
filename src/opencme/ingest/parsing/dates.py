"""Dates: release/start, end of a live event, expiry of credit (ISO strings).

Date keys are a class read from data/date_keys.json, keyed (`Valid through: ...`, or the key
alone above its value: layouts.py) or written in prose before their date."""

from __future__ import annotations

import re
from datetime import date

from opencme.ingest.parsing.date_grammar import (
    DMY,
    ISO,
    MDY,
    MY,
    SLASH,
    YEAR_WORD,
    parse_date,
    parse_keyed_date,
    parse_range,
    parse_yearless,
    range_at,
)
from opencme.ingest.parsing.date_runs import day_rows, month_line, split_range
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import Doc, Line
from opencme.ingest.parsing.vocab import DATE_KEYS, led_by
from opencme.ingest.parsing.weekday_dates import weekday_sessions

# callers (titles, fields, formats, reading/features, reading/align) read these here
__all__ = [
    "DATEISH",
    "DMY",
    "ISO",
    "MDY",
    "MONTH_TITLE",
    "MY",
    "SLASH",
    "STUDY",
    "clock_time",
    "event_dated",
    "extract_dates",
    "parse_date",
    "parse_keyed_date",
    "parse_range",
]

# --- dates of a listing -----------------------------------------------------------------------
_EXPIRES_PROSE = led_by(
    "cetv",
    r"(?:expires?(?:\s+on)?|expiration\s+date|termination\s+date|valid\s+for\s+credit\s+"
    r"(?:through|until)|(?:completing|complete)\s+this\s+(?:lesson|activity|course)\s+by)\s*:?\s*"
    r"(?P<rest>.{0,40})",
    re.IGNORECASE,
)
_CLAIM_DEADLINE = re.compile(
    r"\b(?:tests?|evaluations?(?:\s+forms?)?|certificates?|claim\s+forms?|reflections|surveys?|"
    r"verification\s+forms?|credits?\s+must\s+be\s+(?:claimed|reported|submitted))\b[^.]{0,40}?"
    r"\b(?:through|by|until|form)\s+(?P<rest>[A-Za-z]+,?\s+[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|"
    r"[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4})",
    re.IGNORECASE,
)
# the window for claiming credit ("claim CME credits from 20 September until 30 December, 2023",
# "offered for home study CE credit until December 15, 2021"): its last day is the expiry
_CREDIT_UNTIL = re.compile(
    r"\bcredits?\b[^.]{0,40}?\b(?:until|through|thru)\s+(?P<rest>.{0,40})", re.IGNORECASE
)
_RELEASE_PROSE = led_by(
    "dr",
    r"(?:release\s+date|released(?:\s+on)?|date\s+of\s+(?:original\s+)?"
    r"release)\s*:?\s*(?P<rest>.{0,40})",
    re.IGNORECASE,
)
STUDY = re.compile(
    r"\b(?:patients|enrolled|study|trial|cohort|between|retrospective|"
    r"participants\s+were)\b",
    re.IGNORECASE,
)
_EVENT = re.compile(
    r"accredited|held|(?:takes?|taking|took)\s+place|conference|meeting|congress|course|"
    r"symposium|convention|programme|workshop|seminar|summit",
    re.IGNORECASE,
)
MONTH_TITLE = re.compile(r"^(?P<my>[A-Z][a-z]+\s+\d{4})\s+[“\"](?P<title>[^”\"]{6,160})[”\"]")


# the words of a date and time line ("Friday, 29th March 2024, 8:30 AM EST")
DATEISH = re.compile(
    r"\b(?:\d{1,4}(?:st|nd|rd|th)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|from|to|am|pm|"
    r"[AP]M|E[SD]T|[CP][SD]T)\b|[,:–—-]"
)
# DATEISH with times written whole ("11:00AM", "1.30-2.30 pm") and the marks around dates
# ("6/8/2023", "(Monday)", "| 9:30 am |"): what is left is the words of a line that is no date
_DATE_WORDS = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?|"
    + DATEISH.pattern
    + r"|[/.|()]",
    re.IGNORECASE,
)
_HELD_ON = re.compile(
    r"\b(?:(?:will\s+be|was|is|being)\s+(?:held|presented)|takes?\s+place|took\s+place|"
    r"will\s+take\s+place|is\s+scheduled|scheduled\s+(?:for|to\s+begin)|join\s+us|presented\s+by|"
    r"(?:will|to)\s+host|is\s+hosting|hosted|commenced|opens)\b[^.]{0,60}?\b(?:on|from|for)\s+"
    r"(?:the\s+)?(?P<rest>.{0,50})|\b(?:takes?|took|take)\s+place\s+(?P<rest2>.{0,50})",
    re.IGNORECASE,
)


def _event_year(doc: Doc, ln: Line) -> int | None:
    """The one year stated on the line, else the one year of the page's first line (its title)."""
    for text in (ln.text, next((o.text for o in doc.lines if o.text), "")):
        years = set(YEAR_WORD.findall(text))
        if len(years) == 1:
            return int(years.pop())
        if years:
            return None
    return None


def _date_line(ln: Line) -> bool:
    """A line that is a full date and perhaps a time, little else (an event's date)."""
    d = parse_date(ln.text)
    return d is not None and len(d) == 10 and len(_DATE_WORDS.sub(" ", ln.text).split()) <= 3


def _key_phrases(keys: list[str]) -> re.Pattern[str]:
    """A date key of the table written in prose, then its date (`Valid through June 1, 2026`).
    One-word keys other than the expiry words are too common in prose ("start", "when")."""
    usable = [k for k in keys if " " in k or k.startswith(("expir", "releas"))]
    usable = [k for k in usable if not k.startswith(("date", "when", "dates"))]
    alt = "|".join(r"[\s-]+".join(map(re.escape, k.split())) for k in sorted(usable, key=len)[::-1])
    first = "".join(sorted({re.escape(k[0]) for k in usable}))  # any case: IGNORECASE
    return led_by(
        first,
        rf"(?<![\w-])(?:{alt})\s*(?:is|was|:|-|–|on)?\s*(?P<rest>.{{0,40}})",
        re.IGNORECASE,
    )


_PROSE_KEYS = {f: _key_phrases(DATE_KEYS[f]) for f in ("start_date", "expires")}
_NOT_DATE = _key_phrases(DATE_KEYS["not_dates"])
# "available online from August 1, 2009 until July 31, 2010", "access to the sessions until ..."
_AVAILABLE_UNTIL = re.compile(
    r"\b(?:available|accessible|access|viewing|on[\s-]demand|open)\b[^.]{0,60}?\b(?:until|through|"
    r"till)\s+(?P<rest>.{0,40})",
    re.IGNORECASE,
)


def _used(diags: list[Diagnostic], field: str, ln: Line, note: str = "") -> None:
    diags.append(Diagnostic(field, ln.no, ln.text, "used", note))


_AVAILABILITY = re.compile(r"availab|valid|access", re.IGNORECASE)
# a journal article's test, whose "registration deadline" is the last day for credit (docs/corpus.md
# settled cases: "Journal CE with a registration deadline for its test: that day is expires")
_TEST_TAKEN = re.compile(
    r"\b(?:take\s+the\s+(?:post-?)?test|test\s+answers?|answer\s+(?:sheet|key)|enrollment\s+form)\b",
    re.IGNORECASE,
)
_REGISTRATION_DEADLINE = re.compile(
    r"\bregistration\s+deadline\s*(?:is|:)?\s*(?P<rest>.{0,40})", re.IGNORECASE
)
# a course edition or journal issue dated by its month ("Published: November 2025"); a page's
# own publication is dated by its day and stays no activity date
_PUBLISHED_MONTH = re.compile(r"^\W*(?:first\s+)?published\s*:?\s*$", re.IGNORECASE)


# a key's value that says when the course can be taken ("Available online from ... until ...")
_AVAILABLE_VALUE = re.compile(r"^\W*(?:available|accessible|valid|on[\s-]demand)\b", re.IGNORECASE)
# keys of the day a course opens for enrolment: a key of the event's own start beats them
_OPENS_KEY = re.compile(r"\bopens?\b", re.IGNORECASE)
# keys of the moment an event ends ("Event ends:"): on its first day, the end time of a one-day
# event (docs/corpus.md: a one-day event has no end_date), unlike a finder's "End Date" (R-DT-3)
_ENDS_KEY = re.compile(r"\bends\b", re.IGNORECASE)


def _keyed_dates(doc: Doc, out: dict[str, str | None], diags: list[Diagnostic]) -> None:
    end_key = ""
    for canon in ("start_date", "end_date", "expires"):
        lines = doc.fields(canon)
        if canon == "start_date":
            lines = sorted(lines, key=lambda x: bool(_OPENS_KEY.search(x.raw_key or "")))
        for ln in lines:
            if not ln.value or out[canon]:
                continue
            rng = parse_range(ln.value) if canon == "start_date" else None
            if rng and (_AVAILABILITY.search(ln.raw_key or "") or _AVAILABLE_VALUE.match(ln.value)):
                # the span a course is available in: its release and its expiry
                out["start_date"], out["expires"] = rng
                _used(diags, canon, ln, "availability range")
                continue
            if rng:
                out["start_date"], out["end_date"] = rng
                _used(diags, canon, ln, "date range")
                continue
            d = parse_keyed_date(ln.value)
            if d:
                out[canon] = d
                end_key = ln.raw_key or "" if canon == "end_date" else end_key
                _used(diags, canon, ln)
            else:
                diags.append(Diagnostic(canon, ln.no, ln.text, "not_understood", "no date"))
    if out["end_date"] and out["end_date"] == out["start_date"] and _ENDS_KEY.search(end_key):
        out["end_date"] = None


def _first(rx: re.Pattern[str], text: str) -> str | None:
    """The first date after a key phrase of `rx` (a two-digit year too: a key precedes it),
    unless the phrase ends a key of no date of the record ("media release, 27 March 2031")."""
    for m in rx.finditer(text):
        if _in_not_date(text, m):
            continue
        d = parse_keyed_date(m.group("rest"))
        if d:
            return d
    return None


def _in_not_date(text: str, m: re.Match[str]) -> bool:
    """The key phrase of `m` is the end of a longer key of no record date (R-DT-4)."""
    rest = m.start("rest")
    for n in _NOT_DATE.finditer(text, max(0, m.start() - 30), rest):
        if n.start() < m.start() < n.start("rest"):
            return True
    return False


def extract_dates(doc: Doc, diags: list[Diagnostic], live: bool) -> dict[str, str | None]:
    """Start, end and expiry (R-DT-1..4): keyed lines first, then date keys in prose."""
    out: dict[str, str | None] = {"start_date": None, "end_date": None, "expires": None}
    _keyed_dates(doc, out, diags)
    for ln in doc.lines:
        if not ln.year:
            # a two-digit year is read only right after a release or expiry key ("Released on
            # 3/12/25", "Expires 6/9/16")
            low = ln.text.lower() if ln.digit else ""
            if out["start_date"] is None and "releas" in low:
                d = _first(_RELEASE_PROSE, ln.text)
                if d:
                    out["start_date"] = d
                    _used(diags, "start_date", ln)
            if out["expires"] is None and ln.key != "expires" and "expir" in low:
                d = _first(_EXPIRES_PROSE, ln.text) or _first(_PROSE_KEYS["expires"], ln.text)
                if d:
                    out["expires"] = d
                    _used(diags, "expires", ln)
            continue
        if out["expires"] is None and ln.key != "expires":
            d = _first(_EXPIRES_PROSE, ln.text) or _first(_PROSE_KEYS["expires"], ln.text)
            if d is None and not live and not _NOT_DATE.search(ln.text):
                # a live event's recordings "available until" is no deadline for credit
                d = _first(_AVAILABLE_UNTIL, ln.text)
            if d:
                out["expires"] = d
                _used(diags, "expires", ln)
        if out["expires"] is None and ln.key != "expires":
            m = _CLAIM_DEADLINE.search(ln.text) or (
                _CREDIT_UNTIL.search(ln.text) if "credit" in ln.text.lower() else None
            )
            if m:
                d = parse_date(m.group("rest"))
                if d and len(d) == 10:
                    out["expires"] = d
                    _used(diags, "expires", ln, "deadline to claim credit")
            elif "claim" in ln.text.lower() or "valuat" in ln.text:
                d = _claim_window_end(ln.text)
                if d:
                    out["expires"] = d
                    _used(diags, "expires", ln, "last day of the window to claim credit")
        if out["start_date"] is None and ln.key not in ("start_date", "end_date", "expires"):
            d = _first(_RELEASE_PROSE, ln.text) or _first(_PROSE_KEYS["start_date"], ln.text)
            if d:
                out["start_date"] = d
                _used(diags, "start_date", ln)
    if out["expires"] is None and "deadline" in doc.low and _TEST_TAKEN.search(doc.flat):
        for ln in doc.lines:
            m = _REGISTRATION_DEADLINE.search(ln.text) if ln.year else None
            d = parse_date(m["rest"]) if m else None
            if d and len(d) == 10:
                out["expires"] = d
                _used(diags, "expires", ln, "registration deadline of a test")
                break
    if out["start_date"] is None:
        for ln in doc.lines:
            if ln.raw_key and ln.value and _PUBLISHED_MONTH.match(ln.raw_key):
                d = parse_date(ln.value)
                if d and len(d) == 7:
                    out["start_date"] = d
                    _used(diags, "start_date", ln, "month of publication")
                    break
    if out["start_date"] is None:
        for ln in doc.lines:
            t = ln.text
            if not ln.year or ln.key is not None or _NOT_DATE.search(t):
                continue
            mt = MONTH_TITLE.match(t)
            if mt and MY.match(mt.group("my")):
                out["start_date"] = parse_date(mt.group("my"))
                _used(diags, "start_date", ln, "issue month")
                break
            rng = _segment_range(t)
            if rng and not STUDY.search(_PLACE_BETWEEN.sub(" ", _range_sentence(t))):
                out["start_date"], out["end_date"] = rng
                _used(diags, "start_date", ln, "event date range")
                break
    if out["start_date"] is None:
        texts = [ln for ln in doc.lines if ln.text]
        split = split_range([ln.text for ln in texts])
        if split:
            out["start_date"], out["end_date"] = split[:2]
            _used(diags, "start_date", texts[split[2]], "a range over two heading lines")
    if out["start_date"] is None and out["expires"] is None:
        _event_day(doc, out, diags)
    return out


# "taking place between 9–12 September": the days of an event, not a study period (STUDY)
_PLACE_BETWEEN = re.compile(r"\b(?:place|held|runs?|running)\s+between\b", re.IGNORECASE)
# a window to view, claim, evaluate or access, or an approval period, before a range in its
# sentence: the range is that window, not the event's days
_WINDOW = re.compile(
    r"\b(?:claim\w*|evaluations?|view(?:ed|ing)?|access\w*|availab\w*|approval\s+period|"
    r"accreditation\s+period|submi\w*)\b",
    re.IGNORECASE,
)


def _range_sentence(t: str) -> str:
    """The sentence of `t` holding its first range (the whole line when it has none)."""
    found = range_at(t)
    if found is None:
        return t
    start = t.rfind(". ", 0, found[2]) + 1
    end = t.find(". ", found[2])
    return t[start : len(t) if end < 0 else end]


_CLAIM_WINDOW = re.compile(r"\b(?:claim\w*|evaluations?)\b", re.IGNORECASE)


def _claim_window_end(t: str) -> str | None:
    """The last day of a window to claim credit or evaluate ("Evaluations are possible from
    March 1 – March 6, 2031"): the expiry (docs/corpus.md: the last day credit can be claimed)."""
    found = range_at(t)
    if found is None:
        return None
    pos = found[2]
    before = t[max(0, t.rfind(". ", 0, pos) + 1, pos - 90) : pos]
    return found[1] if _CLAIM_WINDOW.search(before) else None


def _window(t: str) -> bool:
    """The first range of `t` is a window to view, claim or access (R-DT-1)."""
    found = range_at(t)
    if found is None:
        return False
    pos = found[2]
    before = t[max(0, t.rfind(". ", 0, pos) + 1, pos - 90) : pos]
    return _WINDOW.search(before) is not None


def _segment_range(t: str) -> tuple[str, str] | None:
    """A range on a short line, on a line naming an event, or in one short part of a line
    glued with ` | ` (a page's header run: "Live Webinar | 15 CE hours | May 30-31, 2025")."""
    rng = parse_range(t)
    if rng is None or _window(t):
        return None
    if len(t) <= 80 or _EVENT.search(t):
        return rng
    for part in t.split(" | ") if " | " in t else ():
        if len(part) <= 80:
            rng = parse_range(part)
            if rng:
                return rng
    return None


def _event_day(doc: Doc, out: dict[str, str | None], diags: list[Diagnostic]) -> None:
    """No release and no expiry: the event's day from "held on <date>" or from a line that is
    only a date (and time), unless that line is the value of a key above it (R-DT-5)."""
    texts = [ln for ln in doc.lines if ln.text]
    if _day_lines(doc, out, diags) or _date_list(doc, out, diags):
        return
    rows = day_rows([ln.text for ln in texts])
    if rows:
        out["start_date"], out["end_date"] = rows[:2]
        _used(diags, "start_date", texts[rows[2]], "first of the programme days listed")
        _used(diags, "end_date", texts[rows[3]], "last of the programme days listed")
        return
    prev: Line | None = None
    titled = bool(texts) and texts[0].year  # a line without a year may take the title's
    for i, ln in enumerate(texts):
        owned = prev is not None and prev.raw_key is not None and prev.value == ln.text
        prev_unknown = owned and prev is not None and prev.key is None
        prev = ln
        if not (ln.year or (titled and ln.digit)) or ln.key is not None:
            continue
        if _NOT_DATE.search(ln.text):
            continue
        if owned and not prev_unknown:
            continue
        m = _HELD_ON.search(ln.text)
        rest = (m["rest"] or m["rest2"]) if m else None
        d = parse_date(rest) if rest else None
        year = _event_year(doc, ln) if rest and d is None else None
        days = parse_yearless(rest, year) if rest and year else None
        if days:
            out["start_date"], out["end_date"] = days
            _used(diags, "start_date", ln, "event day, the year from the page")
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
        if d is None and _date_line(ln) and _CLOCK.search(ln.text):
            d = parse_date(ln.text)  # a day with its time: a session, not a page's date
        if d is None and i + 1 < len(texts) and _date_line(ln) and _time_line(texts[i + 1]):
            d = parse_date(ln.text)  # a date with its time on the next line ("6:30 p.m.")
        if d and len(d) == 10:
            out["start_date"] = d
            _used(diags, "start_date", ln, "event day")
            return
    sessions = weekday_sessions([ln.text for ln in texts], doc.flat)
    for field, (d, i) in zip(("start_date", "end_date"), sessions, strict=False):
        out[field] = d
        _used(diags, field, texts[i], "session day by its weekday, the year the page names")
    month = None if sessions else month_line([ln.text for ln in texts])
    if month:
        out["start_date"] = month[0]
        _used(diags, "start_date", texts[month[1]], "a line that is a month and year")


# keys of a day that is not the activity's: its page history or recording, a deadline
_OTHER_DAY = re.compile(
    r"releas|launch|publish|posted|updated|creat|record|revis|review|expir|original|deadline|"
    r"\bby\b|\bapply|regist|due\b|until|through",
    re.IGNORECASE,
)


def _date_value(value: str) -> bool:
    """A key's value that is a full date and perhaps a time, little else."""
    d = parse_date(value)
    return d is not None and len(d) == 10 and len(_DATE_WORDS.sub(" ", value).split()) <= 3


def _time_line(ln: Line) -> bool:
    """A line that is a time of day and little else ("6:30 p.m.", "9:00 AM - 4:00 PM ET")."""
    return _CLOCK.search(ln.text) is not None and len(_DATE_WORDS.sub(" ", ln.text).split()) <= 2


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
        if not ln.text or not ln.year or ln.raw_key or not _date_line(ln):
            continue  # the days of a programme may stand apart, its sessions between them
        d = parse_date(ln.text)
        if d is None or _NOT_DATE.search(ln.text):
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
    _used(diags, "start_date", run[0][1], "first of the dates listed")
    _used(diags, "end_date", run[-1][1], "last of the dates listed")
    return True


# "Day 1: 15 July 2024", "Day one, Wednesday 25 March 2020", "Day Two (Friday 14 June 2024)"
_DAY_N = re.compile(r"^\W*day\s+(?P<n>\d{1,2}|one|two|three|four|five|six|seven)\b", re.IGNORECASE)


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
    _used(diags, "start_date", days[0][1], "first day of the programme")
    if len(days) > 1:
        out["end_date"] = days[-1][0]
        _used(diags, "end_date", days[-1][1], "last day of the programme")
    return True


_RELEASE_KEY = re.compile(
    r"releas|launch|publish|opens|available|valid|posted|updated|creat|record|revis|review|expir|"
    r"effective|online|premiere"
)
_CLOCK = led_by(  # a digit or "noon" starts every match
    r"\dn",
    r"(?<![\d.])\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|(?<![\d.])\d{1,2}:\d{2}\s*"
    r"(?:[ECMP][SD]?T|CET|GMT|UTC|AEST|hrs?)\b|\bnoon\b",
    re.IGNORECASE,
)


def clock_time(doc: Doc) -> bool:
    """The text states a time of day (`12:00–1:00 PM ET`, `8:30am`)."""
    found = doc.memo.get("clock_time")
    if found is None:
        found = ("m" in doc.low or ":" in doc.flat) and _CLOCK.search(doc.flat) is not None
        doc.memo["clock_time"] = found
    return found


def event_dated(doc: Doc) -> bool:
    """A full date in the text that is not a release, expiry, deadline or page-history date:
    the date of an event (R-FO-3). A value under its key (R-LY-3) counts under that key."""
    prev: Line | None = None
    for i, ln in enumerate(doc.lines):
        if not ln.text:
            continue
        owner = prev if prev is not None and prev.raw_key and prev.value == ln.text else None
        prev = ln
        key = owner.key if owner else ln.key
        raw = (owner.raw_key if owner else ln.raw_key) or ""
        if not ln.year or key in ("expires", "not_date", "end_date"):
            continue
        if raw and _RELEASE_KEY.search(raw.lower()):
            continue
        if (
            _EXPIRES_PROSE.search(ln.text)
            or _RELEASE_PROSE.search(ln.text)
            or _PROSE_KEYS["expires"].search(ln.text)
            or _NOT_DATE.search(ln.text)
            or _AVAILABLE_UNTIL.search(ln.text)
            or _CLAIM_DEADLINE.search(ln.text)
            or STUDY.search(ln.text)
        ):
            continue
        if parse_range(ln.text):
            return True
        if len(parse_date(ln.text) or "") == 10:
            if owner is None and not ln.raw_key and _date_line(ln) and not _CLOCK.search(ln.text):
                # a date alone on its line with no time is a page's own date as often as an
                # event's (R-DT-5); the event's has its time on it or on the next line
                nxt = next((o for o in doc.lines[i + 1 :] if o.text), None)
                if nxt is None or not _time_line(nxt):
                    continue
            return True
    return False
