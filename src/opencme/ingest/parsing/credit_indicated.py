"""Hours "indicated" elsewhere (R-CR-95): "will award the number of contact hours indicated for
each continuing nursing education activity" designates the hours the page shows for this one,
in its heading ("CE Test 2.5 Hours: <title>"): the credit types named without an amount take
that figure, when the page's short lines show exactly one figure of hours."""

from __future__ import annotations

import re
from dataclasses import replace

from opencme.ingest.parsing.credit_text import Mention, number
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_INDICATED = lazy_compile(
    r"\bnumber\s+of\s+(?P<unit>contact\s+hours|hours)\s+(?:indicated|shown|listed|stated)\b",
    re.IGNORECASE,
)
# a heading's figure of credit: "CE Test 2.5 Hours", "2.5 Contact Hours"; a duration's line
# ("Estimated time: 2 hours") is no credit
_HEADING_HOURS = lazy_compile(
    r"(?<![\d.,$])(?P<num>\d{1,2}(?:\.\d{1,2})?)\s+(?:contact\s+)?hours?\b", re.IGNORECASE
)
_CREDIT_WORD = lazy_compile(r"\b(?:CE|CNE|CME|contact|credits?)\b", re.IGNORECASE)
_DURATION_WORD = lazy_compile(r"\b(?:time|duration|length|complete|minutes?|estimated)\b", re.I)
_HEADING = 120  # a heading is a short line


def indicated_hours(doc: Doc, mentions: list[Mention]) -> None:
    """R-CR-95: the heading's one figure of hours for types the indicating sentence names."""
    if "number of" not in doc.low:
        return
    said = _INDICATED.search(doc.flat)
    if said is None or not any(m.amount is None for m in mentions):
        return
    figures = {
        number(h.group("num"))
        for ln in doc.lines
        if ln.digit
        and len(ln.text) <= _HEADING
        and _CREDIT_WORD.search(ln.text)
        and not _DURATION_WORD.search(ln.text)
        for h in _HEADING_HOURS.finditer(ln.text)
    }
    if len(figures) != 1:
        return
    amount = figures.pop()
    unit = "contact_hour" if "contact" in said.group("unit").lower() else "hour"
    for i, m in enumerate(mentions):
        if m.amount is None and _INDICATED.search(m.text):
            mentions[i] = replace(m, amount=amount, unit=unit)
