"""The place on the lines under an event's dates ("May 14 – 17, 2024" / "Elm Hotel" / "200 Main
St" / "Eastfield, TX 75001"; R-LO-4's address block), and the page that lists runs or sessions
at different places, each under its own date or time: one record cannot say where the activity
is held, so it has none (docs/corpus.md "Location": "a page listing runs on different dates at
different addresses names no single place"). A place read from the last word of a text cut off
mid-sentence is the cut, not a place.
"""

from __future__ import annotations

from opencme.ingest.parsing.dates import parse_range
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc, Line
from opencme.ingest.parsing.place_block import address_tail


def _under(lines: list[Line], i: int) -> list[str]:
    parts: list[str] = []
    for j, nxt in enumerate(lines[i + 1 : i + 3], i + 1):
        t = nxt.text.strip()
        if not t or any(c.isdigit() for c in t) or len(t) > 60 or nxt.raw_key:
            break
        if j + 1 < len(lines) and len(lines[j + 1].text) > 100:
            break  # a heading over a paragraph, not a place
        parts.append(t)
    return parts


def under_dates(doc: Doc, diags: list[Diagnostic]) -> tuple[bool, str | None]:
    """(a place stands under a date line, the place): None when two date lines have
    different places under them (runs at different places)."""
    lines = doc.lines
    first: tuple[int, list[str]] | None = None
    for i, ln in enumerate(lines):
        if ln.year and len(ln.text) <= 40 and parse_range(ln.text) and not ln.raw_key:
            parts = _under(lines, i)
            if not parts:
                continue
            if first is None:
                first = (i, parts)
            elif parts[0] != first[1][0]:
                return True, None  # another run, another place
    if first is None:
        return False, None
    i, parts = first
    used(diags, "location", lines[i + 1], "lines under the event dates")
    return True, ", ".join(parts + address_tail(lines, i + len(parts)))


def cut_off(flat: str, end: int) -> bool:
    """A match ending at the last word of a text cut off mid-sentence ("… dental hygiene in
    Can"): the excerpt's cut, not a whole word (R-LO-5)."""
    rest = flat[end:]
    if rest.strip():
        return False
    body = flat.rstrip()
    return bool(body) and body[-1] not in ".!?)\"'”’"
