"""Dates: release/start, end of a live event, expiry of credit (ISO strings).

Date keys are a class read from data/date_keys.json, keyed (`Valid through: ...`, or the key
alone above its value: layouts.py) or written in prose before their date."""

from __future__ import annotations

import re
from bisect import bisect_right

from opencme.ingest.parsing.date_base import CLOCK as _CLOCK
from opencme.ingest.parsing.date_base import DATEISH as DATEISH
from opencme.ingest.parsing.date_base import NOT_DATE as _NOT_DATE
from opencme.ingest.parsing.date_base import PROSE_KEYS as _PROSE_KEYS
from opencme.ingest.parsing.date_base import date_line as _date_line
from opencme.ingest.parsing.date_base import time_line as _time_line
from opencme.ingest.parsing.date_base import used as _used
from opencme.ingest.parsing.date_dayfirst import day_first_dates
from opencme.ingest.parsing.date_deadlines import CREDIT_UNTIL as _CREDIT_UNTIL
from opencme.ingest.parsing.date_deadlines import CREDIT_WORDS
from opencme.ingest.parsing.date_deadlines import SIGNUP_OPEN as _SIGNUP_OPEN
from opencme.ingest.parsing.date_editions import editions, month_edition, short_ranges
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
    range_at,
)
from opencme.ingest.parsing.date_runs import split_range
from opencme.ingest.parsing.date_windows import PLACE_BETWEEN as _PLACE_BETWEEN
from opencme.ingest.parsing.date_windows import claim_window_end as _claim_window_end
from opencme.ingest.parsing.date_windows import range_sentence as _range_sentence
from opencme.ingest.parsing.date_windows import segment_range as _segment_range
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.event_days import event_day as _event_day
from opencme.ingest.parsing.layouts import Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import DATE_KEYS, led_by
from opencme.ingest.parsing.weekday_dates import named_years, weekday_day

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
    "event_range",
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
_CLAIM_DEADLINE = lazy_compile(
    r"\b(?:tests?|evaluations?(?:\s+forms?)?|certificates?|claim\s+forms?|reflections|surveys?|"
    r"verification\s+forms?|credits?\s+must\s+be\s+(?:claimed|reported|submitted))\b"
    r"(?:[^.]|\.(?=\w)){0,80}?"  # a dot inside a web address ends no sentence
    r"\b(?:through|by|until|form)\s+(?P<rest>[A-Za-z]+,?\s+[A-Za-z]+\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?,?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})",
    re.IGNORECASE,
)
_RELEASE_PROSE = led_by(
    "dr",
    r"(?:release\s+date|released(?:\s+on)?|date\s+of\s+(?:original\s+)?"
    r"release)\s*:?\s*(?P<rest>.{0,40})",
    re.IGNORECASE,
)
STUDY = lazy_compile(
    r"\b(?:patients|enrolled|study|trial|cohort|between|retrospective|"
    r"participants\s+were)\b",
    re.IGNORECASE,
)
MONTH_TITLE = lazy_compile(r"^(?P<my>[A-Z][a-z]+\s+\d{4})\s+[“\"](?P<title>[^”\"]{6,160})[”\"]")


# "available online from August 1, 2009 until July 31, 2010", "access to the sessions until ..."
_AVAILABLE_UNTIL = lazy_compile(
    r"\b(?:available|accessible|access|viewing|on[\s-]demand|open)\b[^.]{0,60}?\b(?:until|through|"
    r"till)\s+(?P<rest>.{0,40})",
    re.IGNORECASE,
)


_AVAILABILITY = lazy_compile(r"availab|valid|access", re.IGNORECASE)
# a journal article's test, whose "registration deadline" is the last day for credit (docs/corpus.md
# settled cases: "Journal CE with a registration deadline for its test: that day is expires")
_TEST_TAKEN = lazy_compile(
    r"\b(?:take\s+the\s+(?:post-?)?test|test\s+answers?|answer\s+(?:sheet|key)|enrollment\s+form)\b",
    re.IGNORECASE,
)
_REGISTRATION_DEADLINE = lazy_compile(
    r"\bregistration\s+deadline\s*(?:is|:)?\s*(?P<rest>.{0,40})", re.IGNORECASE
)
# a course edition or journal issue dated by its month ("Published: November 2025"); a page's
# own publication is dated by its day and stays no activity date
_PUBLISHED_MONTH = lazy_compile(r"^\W*(?:first\s+)?published\s*:?\s*$", re.IGNORECASE)


# a key's value that says when the course can be taken ("Available online from ... until ...")
_AVAILABLE_VALUE = lazy_compile(
    r"^\W*(?:available|accessible|valid|on[\s-]demand)\b", re.IGNORECASE
)
# keys of the day a course opens for enrolment: a key of the event's own start beats them
_OPENS_KEY = lazy_compile(r"\bopens?\b", re.IGNORECASE)
# keys of the moment an event ends ("Event ends:"): on its first day, the end time of a one-day
# event (docs/corpus.md: a one-day event has no end_date), unlike a finder's "End Date" (R-DT-3)
_ENDS_KEY = lazy_compile(r"\bends\b", re.IGNORECASE)


# "valid from January 1, 2031 to December 31, 2031", "available online from 3/1/2031 - 2/28/2032"
_AVAILABLE_FROM = lazy_compile(
    r"\b(?:valid|available|accessible|offered)\b[^.]{0,40}?\bfrom\s*$", re.IGNORECASE
)


def _availability_span(t: str) -> tuple[str, str] | None:
    """A range right after "valid/available ... from": the release and the expiry (R-DT-4)."""
    if "from" not in t:
        return None
    found = range_at(t)
    if found is None or not _AVAILABLE_FROM.search(t, max(0, found[2] - 60), found[2]):
        return None
    return found[0], found[1]


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
            if d is None and canon != "expires" and not YEAR_WORD.search(ln.value):
                # "Date: Friday, March 21" under "Harbor 2031 Spring Symposium" (R-DT-6)
                d = weekday_day(ln.value, named_years(doc.flat))
            if d and len(d) == 7 and canon == "start_date" and _more_months(doc, ln, d):
                continue  # intakes: "Course dates" / "March 2018" … "June 2018" (R-DT-11)
            if d:
                out[canon] = d
                end_key = ln.raw_key or "" if canon == "end_date" else end_key
                _used(diags, canon, ln)
            else:
                diags.append(Diagnostic(canon, ln.no, ln.text, "not_understood", "no date"))
    if out["end_date"] and out["end_date"] == out["start_date"] and _ENDS_KEY.search(end_key):
        out["end_date"] = None


# R-DT-19: an event's date key at the start of its line without a colon, its date right after
# ("Date and time Wed 16 Dec 2031 from 9:30am", "• Dates 3-4 May 2031"): as keyed. The keys are
# data/date_keys.json's start keys that open with "date" or "when" (too common in prose to be
# read anywhere else on a line: `date_base.key_phrases`)
_LEAD_KEYS = sorted(
    (k for k in DATE_KEYS["start_date"] if k.startswith(("date", "when"))), key=len, reverse=True
)
_COLONLESS_KEY = lazy_compile(
    r"^[^\w]{0,3}(?P<key>"
    + "|".join(r"\s+".join(map(re.escape, k.split())) for k in _LEAD_KEYS)
    + r")\s+(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d)"
    r"(?P<rest>.{4,80})",
    re.IGNORECASE,
)


def _colonless_key(doc: Doc, out: dict[str, str | None], diags: list[Diagnostic]) -> None:
    """R-DT-19: the first line opening with an event's date key and no colon, its date or range
    right after the key."""
    for ln in doc.lines:
        m = _COLONLESS_KEY.match(ln.text) if ln.year and ln.key is None else None
        if m is None or not m["key"][0].isupper():
            continue  # a page's label is capitalised (a crawler's "date 2031-03-18" is none)
        rng = parse_range(m["rest"])
        d = None if rng else parse_keyed_date(m["rest"])
        if rng:
            out["start_date"], out["end_date"] = rng
        elif d:
            out["start_date"] = d
        else:
            continue
        _used(diags, "start_date", ln, "date key without a colon")
        return


_INTAKE_SPAN = 12  # lines under a dates key that may hold its other intakes


def _more_months(doc: Doc, key: Line, month: str) -> bool:
    """Another line below the key that is only a month and year, another month: the key's
    block lists intakes (cohorts), and no one of them is the activity's date."""
    at = bisect_right([x.no for x in doc.lines], key.no)
    for ln in doc.lines[at : at + _INTAKE_SPAN]:
        if ln.year and ln.key is None and len(ln.text) <= 20:
            m = MY.fullmatch(ln.text.strip())
            if m and parse_date(m.group(0)) not in (None, month):
                return True
    return False


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
    out = _extract_dates(doc, diags, live)
    day_first_dates(doc, out)  # R-DT-17
    return out


def _extract_dates(doc: Doc, diags: list[Diagnostic], live: bool) -> dict[str, str | None]:
    out: dict[str, str | None] = {"start_date": None, "end_date": None, "expires": None}
    _keyed_dates(doc, out, diags)
    if out["start_date"] is None:
        _colonless_key(doc, out, diags)  # R-DT-19: "Date and time Wed 16 Dec 2031 from 9:30am"
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
                span = None if d else _availability_span(ln.text)
                if span:
                    out["start_date"] = out["start_date"] or span[0]
                    d = span[1]
            if d and _SIGNUP_OPEN.search(ln.text):
                d = None  # "Online registration is available until: 09/12/2031" (R-DT-12)
            if d:
                out["expires"] = d
                _used(diags, "expires", ln)
        if out["expires"] is None and ln.key != "expires":
            low_ln = ln.text.lower()
            m = _CLAIM_DEADLINE.search(ln.text) or (
                _CREDIT_UNTIL.search(ln.text) if any(w in low_ln for w in CREDIT_WORDS) else None
            )
            if m:
                d = parse_date(m["rest"] or m.groupdict().get("rest2") or "")
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
            found = event_range(t)
            if found:
                # runs on other short lines, or parts of one programme (R-DT-10)
                whole = editions(short_ranges(doc, event_range)) if t.count(" ") < 8 else None
                if whole == (None, None):
                    return out  # no single date
                out["start_date"], out["end_date"] = whole or found
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
    if out["start_date"] and out["end_date"] is None and out["expires"] is None:
        _range_from_start(doc, out, diags)  # R-DT-15
    if out["start_date"] is None and out["expires"] is None:
        for ln in doc.lines:
            d = month_edition(ln.text) if ln.year else None
            if d:  # "Our May 2031 Clinical Grand Rounds will be on …" (R-DT-11)
                out["start_date"] = d
                _used(diags, "start_date", ln, "the edition's month")
                break
    return out


def _range_from_start(doc: Doc, out: dict[str, str | None], diags: list[Diagnostic]) -> None:
    """R-DT-15: a start read from prose ("available beginning on May 5, 2031") and a short line
    that is a range from that same day ("May 5, 2031 to June 16, 2031"): the range's end is the
    end date."""
    for ln in doc.lines:
        if not ln.year or len(ln.text) > 60 or ln.key is not None:
            continue
        found = event_range(ln.text)
        if found and found[0] == out["start_date"] and found[1] > found[0]:
            out["end_date"] = found[1]
            _used(diags, "end_date", ln, "the range that starts on the start date")
            return


def event_range(t: str) -> tuple[str, str] | None:
    """The range of an event's days on the line, not a period of study."""
    rng = _segment_range(t)
    if rng and not STUDY.search(_PLACE_BETWEEN.sub(" ", _range_sentence(t))):
        return rng
    return None


_RELEASE_KEY = lazy_compile(
    r"releas|launch|publish|opens|available|valid|posted|updated|creat|record|revis|review|expir|"
    r"effective|online|premiere"
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
