"""An event's day written under its name (R-DT-8).

A live event's page often puts its day on its own line right under the event's name, or after
the name on the same line ("Spring Lecture Series - May 2, 2031"), with no key and no time, or
first on its line before its place ("August 14, 2031 | Harbour Hotel").
R-DT-5 keeps a bare date line anywhere on a page out (more often the page's own date); under
the name of an event it is the event's day: only on a page read as an event (live, live
online, a series, blended), not on self-study, a journal article or a page that does not say
what it is (R-DT-1, R-DT-5: a page's own date, a date in a title), nor when a start, release
or expiry date was found otherwise. A news item's own date is none: under a headline longer
than the name, with a time off the five minutes (a timestamp), or on a page whose story names
the session's day by its weekday.
"""

from __future__ import annotations

from opencme.ingest.parsing.date_base import CLOCK, NOT_DATE, date_line, used
from opencme.ingest.parsing.date_editions import editions, short_ranges
from opencme.ingest.parsing.date_grammar import parse_date
from opencme.ingest.parsing.dates import event_range
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.event_days import session_clock
from opencme.ingest.parsing.layouts import Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile

# the formats whose day under the name is an event's; on a page that does not say what it is,
# a bare date line is more often the page's own (R-DT-5) and a date in a title a subject's
EVENT_FORMATS: frozenset[str | None] = frozenset({"live", "internet_live", "rss", "blended"})
# lines between the name and its day (a format line, an approval line)
_GAP = 3
# the day after the name on the same line, past a dash, bar or colon
_AFTER_NAME = lazy_compile(r"(?:\s[-–—|]|:)\s+(?P<rest>[^-–—|:]{6,40})$")
# ... or the day first after the separator, then its place ("<Name> – 27 February 2031 @ the
# Harbour Boardroom, Level 1", "<Name> - March 3, 2031 at Lakeside Hall")
_DAY_THEN_PLACE = lazy_compile(
    r"(?:\s[-–—|]|:)\s+(?P<rest>(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}))\s*(?:@|,|\bat\b|\bin\b)\s*\S"
)
# the day under the name first on its line, then a separator and its place ("August 14, 2031 |
# Harbour Hotel - 270 Quay St., Eastfield", "Friday 3 May 2031 – Lakeside Hall")
_DAY_LEADS = lazy_compile(
    r"^(?P<rest>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}))\s*(?:[|–—@]|\s-\s|\bat\b)\s*(?:the\s+)?[A-Z0-9]"
)
# a session day in the page's prose ("at 7:30 a.m. Thursday, July 18"): the date under the
# name is then a news item's own date, not the event's
_WEEKDAY_DAY = lazy_compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?(?:\d{1,2}\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?\b"
)


def heading_date(doc: Doc, title: str | None, diags: list[Diagnostic]) -> str | None:
    """The event's day on a bare date line just under its name, or after the name on its
    line; None when the name is not found or no such line is there."""
    if not title or len(title) < 8:
        return None
    texts = [ln for ln in doc.lines if ln.text]
    head = title[: min(len(title), 40)].lower()
    if editions(short_ranges(doc, event_range)) == (None, None):
        return None  # runs on different dates name no single day (R-DT-10)
    headline = False  # the name seen in a longer line: a headline, no day under it
    for i, ln in enumerate(texts):
        if head not in ln.text.lower():
            continue
        d = _day_after_name(doc, ln, head)
        if d:
            used(diags, "start_date", ln, "the event's day after its name")
            return d
        if headline:
            continue  # only the day after the name on its line is read past a headline
        if len(ln.text) > len(title) + 3 and not _tagged(ln.text, title):
            # a headline about the event ("X Records Highest Attendance"); the name may still
            # stand with its day further on ("X – 21st June 2031")
            headline = True
            continue
        for below in texts[i + 1 : i + 1 + _GAP]:
            d = _day_after_name(doc, below, head)  # the name again, its day after it
            if d:
                used(diags, "start_date", below, "the event's day after its name")
                return d
            if below.key is not None or below.raw_key is not None:
                break
            lead = _DAY_LEADS.match(below.text) if below.year else None
            if lead and not NOT_DATE.search(below.text) and not CLOCK.search(below.text):
                d = parse_date(lead["rest"])
                if d and len(d) == 10 and not _weekday_elsewhere(doc, below.text):
                    used(diags, "start_date", below, "the event's day under its name")
                    return d
            if below.year and date_line(below) and not NOT_DATE.search(below.text):
                if CLOCK.search(below.text) and not session_clock(below.text):
                    return None  # a page's timestamp ("12:22 am")
                d = parse_date(below.text)
                if d and len(d) == 10 and not _weekday_elsewhere(doc, below.text):
                    used(diags, "start_date", below, "the event's day under its name")
                    return d
        if len(ln.text) > len(title) + 3:
            continue  # the name with a tag and no day under it: its day may follow its name
        return None
    return None


# the name with a tag after a separator ("<Name> - SSPA workshop", "<Name> | Spring 2031"):
# the name's own line, not a headline about the event
_TAG = lazy_compile(r"\s*(?:[-–—|:]|\()")


def _day_after_name(doc: Doc, ln: Line, head: str) -> str | None:
    """The day after the name on the name's line ("<Name> - November 12, 2031", "<Name> – 27
    February 2031 @ <place>")."""
    if not (ln.year and ln.text.lower().startswith(head)):
        return None
    for pattern in (_AFTER_NAME, _DAY_THEN_PLACE):
        m = pattern.search(ln.text)
        d = parse_date(m["rest"]) if m else None
        if d and len(d) == 10 and not _weekday_elsewhere(doc, ln.text):
            return d
    return None


def _tagged(text: str, title: str) -> bool:
    return text.lower().startswith(title.lower()) and _TAG.match(text, len(title)) is not None


def _weekday_elsewhere(doc: Doc, own: str) -> bool:
    """The page's story names a session day by its weekday somewhere other than the date line
    itself ("Friday 28 August 2031" under the name is the event's day written with its weekday)."""
    if "day" not in doc.low:
        return False
    own_days = {m.group(0) for m in _WEEKDAY_DAY.finditer(own)}
    return any(m.group(0) not in own_days for m in _WEEKDAY_DAY.finditer(doc.flat))
