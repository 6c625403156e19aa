"""A credit expiry stated on the page, keyed or in prose (R-FO-3: a release or expiry date
with no event date is enduring)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.dates import parse_date
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

# an expiry word then a date on its line, keyed or in prose ("Course Expires On: December 10,
# 2027", "Expires Aug 03, 2031", "Pharmacy CE Expiration Date: June 14, 2031")
_EXPIRY = lazy_compile(
    r"\bexpir(?:es|y|ation)\b(?:\s+(?:on|date))?\s*(?:is|:|-|–)?\s*(?P<rest>.{0,40})",
    re.IGNORECASE,
)


_BARE_EXPIRY = lazy_compile(
    r"\s*(?:(?:course|activity|credit|cme|ce)\s+)?(?:expiry|expiration)\s+date\s*:?\s*$|"
    r"\s*expires(?:\s+on)?\s*:?\s*$",
    re.IGNORECASE,
)


def _expiry_stated(doc: Doc) -> bool:
    """Credit that expires on a stated day, keyed or not: docs/corpus.md 'Format' makes material
    "with a release or expiry date and no event date" enduring, and the table's date keys miss
    the expiry written with a qualifier or without a colon; a live event has no expiry."""
    if "expir" not in doc.low:
        return False
    for ln in doc.lines:
        if "expir" in ln.text.lower():
            if _BARE_EXPIRY.match(ln.text):
                return True  # the heading of a date the page lost ("Expiry Date" alone)
            for m in _EXPIRY.finditer(ln.text):
                d = parse_date(m["rest"])
                if d and len(d) == 10:
                    return True
    return False
