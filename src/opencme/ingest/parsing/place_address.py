"""The city of a street address a few lines under a venue line that names no city ("Marlow
University Health Science Center" ... "12 N. Elm St., Eastfield, TN 38000" -> "Marlow University
Health Science Center, Eastfield, TN"): a venue takes the city the text says it is in
(docs/corpus.md "Location")."""

from __future__ import annotations

import json
import re
from pathlib import Path

from opencme.ingest.parsing.dates import parse_range
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile

_TABLE = json.loads(
    (Path(__file__).with_name("data") / "venue_words.json").read_text(encoding="utf-8")
)
_VENUE_WORD = "|".join(
    r"\s+".join(re.escape(w.capitalize()) for w in p.split())
    for p in sorted(_TABLE["building"], key=len, reverse=True)
)
_SUFFIX = "|".join(re.escape(w.capitalize()) for w in _TABLE["street_suffixes"])
_CAP = r"[A-Z][\w'’&-]*"
# an event's noun opens no venue name ("... A Competency Course Marlow Conference Center")
_EVENT_NOUN = r"(?:Course|Conference|Congress|Symposium|Workshop|Meeting|Seminar|Programm?e?)\b"
# a venue, its street address and its city, region and ZIP code inside a line ("Marlow
# Conference Center and Hotel 22 Birch Road, NW Eastfield, Oregon 97001")
_INLINE = lazy_compile(
    rf"(?P<v>(?:(?!{_EVENT_NOUN}){_CAP} +){{0,3}}?(?:{_VENUE_WORD})\b"
    rf"(?: +(?:and|&) +{_CAP}(?: +{_CAP}){{0,2}})?) +"
    rf"(?P<addr>\d+ +(?:{_CAP} +){{1,4}}(?:{_SUFFIX})\b\.?),? +"
    r"(?P<rest>[^\d\n]{2,60}? \d{5})\b"
)

# a US-style address line ending in a city, a state code and a ZIP code
_CITY_STATE_ZIP = lazy_compile(
    r"^\d+\s[^,]{3,60},\s+(?P<city>[A-Z][a-z][\w'’.-]*(?: [A-Z][a-z][\w'’.-]*){0,2}),\s+"
    r"(?P<st>[A-Z]{2})\s+\d{5}(?:-\d{4})?$"
)


def address_city(lines: list[Line], i: int) -> str | None:
    """The city and state code of the first street address among the five filled lines under
    line `i`, before any paragraph."""
    seen = 0
    for ln in lines[i + 1 : i + 12]:
        t = ln.text.strip()
        if not t:
            continue
        if len(t) > 100 or seen >= 5:
            return None
        seen += 1
        if t[:1].isdigit() and t[-1:].isdigit():
            m = _CITY_STATE_ZIP.match(t)
            if m:
                return f"{m['city']}, {m['st']}"
    return None


def inline_address(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """A venue with its full address inside a line that holds the event's dates (a copyright
    line's year is none)."""
    for ln in doc.lines:
        t = ln.text
        if not ln.year or len(t) > 250:
            continue
        m = _INLINE.search(t)
        if m and parse_range(t) and "©" not in t:
            used(diags, "location", ln, "a venue and its address in a line")
            return f"{m['v']} {m['addr']}, {m['rest']}"
    return None
