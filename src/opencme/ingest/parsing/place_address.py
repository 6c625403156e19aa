"""The city of a street address a few lines under a venue line that names no city ("Marlow
University Health Science Center" ... "12 N. Elm St., Eastfield, TN 38000" -> "Marlow University
Health Science Center, Eastfield, TN"): a venue takes the city the text says it is in
(docs/corpus.md "Location")."""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Line

# a US-style address line ending in a city, a state code and a ZIP code
_CITY_STATE_ZIP = re.compile(
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
