"""What the date modules share: the words of a date line, date keys written in prose, the
clock time pattern and the diagnostic of a line a date was read from."""

from __future__ import annotations

import re

from opencme.ingest.parsing.date_grammar import parse_date
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import DATE_KEYS, led_by

# the words of a date and time line ("Friday, 29th March 2024, 8:30 AM EST")
DATEISH = lazy_compile(
    r"\b(?:\d{1,4}(?:st|nd|rd|th)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|from|to|am|pm|"
    r"[AP]M|E[SD]T|[CP][SD]T)\b|[,:–—-]"
)
# DATEISH with times written whole ("11:00AM", "1.30-2.30 pm") and the marks around dates
# ("6/8/2023", "(Monday)", "| 9:30 am |"): what is left is the words of a line that is no date
DATE_WORDS = lazy_compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?|"
    + DATEISH.pattern
    + r"|[/.|()]",
    re.IGNORECASE,
)


def date_line(ln: Line) -> bool:
    """A line that is a full date and perhaps a time, little else (an event's date)."""
    d = parse_date(ln.text)
    return d is not None and len(d) == 10 and len(DATE_WORDS.sub(" ", ln.text).split()) <= 3


def key_phrases(keys: list[str]) -> re.Pattern[str]:
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


PROSE_KEYS = {f: key_phrases(DATE_KEYS[f]) for f in ("start_date", "expires")}
NOT_DATE = key_phrases(DATE_KEYS["not_dates"])


def used(diags: list[Diagnostic], field: str, ln: Line, note: str = "") -> None:
    diags.append(Diagnostic(field, ln.no, ln.text, "used", note))


CLOCK = led_by(  # a digit or "noon" starts every match
    r"\dn",
    r"(?<![\d.])\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|(?<![\d.])\d{1,2}:\d{2}\s*"
    r"(?:[ECMP][SD]?T|CET|GMT|UTC|AEST|hrs?)\b|\bnoon\b"
    # a range in 24-hour times ("08:30–10:00", "14:00 - 16:30"), as Europe and Australia write
    # it: two clock times joined by a dash are a session, not a score (R-DT-9)
    r"|(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d\s*[-–—]\s*(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])",
    re.IGNORECASE,
)


def time_line(ln: Line) -> bool:
    """A line that is a time of day and little else ("6:30 p.m.", "9:00 AM - 4:00 PM ET")."""
    return CLOCK.search(ln.text) is not None and len(DATE_WORDS.sub(" ", ln.text).split()) <= 2
