"""The city and country of an EACCME accreditation statement (R-LO-1)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

EACCME_NOTE = "EACCME statement"
# EACCME's statement template: "The {event}, {city}, {country}, {dates}, has been accredited
# by the European Accreditation Council ..."
_EACCME_EVENT = lazy_compile(
    r"\bThe\s+(?P<head>[^\n“”\"]{3,200}?),?\s*(?:\d{1,2}/\d{1,2}/\d{4}\s*[–—-]\s*"
    r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s+[A-Z][a-z]+\s+\d{4}),?\s+"
    r"(?:has\s+been|is)\s+accredited\s+by\s+the\s+European\s+Accreditation\s+Council"
)
# a city and country glued to the event's year when a page lost their separators
_GLUED_PLACE = lazy_compile(r"(?:19|20)\d\d(?P<place>(?:[A-Z][a-z]+){2,3})$")


def eaccme_place(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The city and country of an EACCME statement (R-LO-1), or None."""
    m = _EACCME_EVENT.search(doc.flat)
    if not m:
        return None
    head = m["head"].strip().rstrip(",")
    parts = [p.strip() for p in head.split(",")]
    if len(parts) >= 3 and all(parts[-2:]):
        place = ", ".join(parts[-2:])
    else:
        glued = _GLUED_PLACE.search(head)
        if not glued:
            return None
        place = ", ".join(re.findall(r"[A-Z][a-z]+", glued["place"]))
    if any(c.isdigit() for c in place) or len(place) > 80:
        return None
    used(diags, "location", doc.line_at(m.start("head")), EACCME_NOTE)
    return place
