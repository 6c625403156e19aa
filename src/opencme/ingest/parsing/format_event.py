"""A gathering's date alone on its line near the head of the page, beside a venue (R-FO-11):
"Regional Dermatology Workshop / Saturday 5 June 2027 / Venue: Riverside Community Hall". A
date alone on its line is a page's own as often as an event's (R-DT-5), so it dates an event
only with an event noun and a place people gather in (format_cues._attended); docs/corpus.md
'Format': live is "a conference, course or workshop held on stated dates (with a place or a
time)"."""

from __future__ import annotations

import re

from opencme.ingest.parsing.date_base import date_line
from opencme.ingest.parsing.delivery import _venue_keyed
from opencme.ingest.parsing.format_cues import _attended
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

# the head of the page, where an event page states its date under its name
_HEAD_LINES = 8
# a page-history or publication word on the date's line or the line before it
_PAGE_DATE = lazy_compile(
    r"\b(?:publish|posted|updated|modified|released?|expir|review(?:ed)?|accessed|written|"
    r"issued|copyright|©)",
    re.IGNORECASE,
)


def head_date(doc: Doc) -> bool:
    """A full date alone on an unkeyed line among the first lines of the page, no page-history
    word on it or on the line before it."""
    seen = 0
    prev = ""
    for ln in doc.lines:
        if not ln.text.strip():
            continue
        seen += 1
        if seen > _HEAD_LINES:
            return False
        if (
            ln.year
            and not ln.raw_key
            and date_line(ln)
            and not _PAGE_DATE.search(ln.text)
            and not _PAGE_DATE.search(prev)
        ):
            return True
        prev = ln.text
    return False


def head_dated_gathering(doc: Doc) -> bool:
    """A date under the page's name (head_date) and a place people gather in: words of
    attendance, a venue word or street (format_cues._attended), or a keyed venue."""
    return head_date(doc) and (_attended(doc) or _venue_keyed(doc))
