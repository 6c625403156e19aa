"""R-CR-101: the EACCME's designation in its own words. The European Accreditation Council for
CME accredits live events "for a maximum of N hours of European external CME credits" (its
required wording for live events; the credit is the ECMEC®, data/accreditors.json's EACCME row:
https://www.uems.eu/areas-of-expertise/cme-cpd/eaccme). "External" and "live"
stand between "European" and "CME credits"; the amount is the hours stated before "of", unit
hour as written. The sentence "awards ECMEC®s on the basis of 1 ECMEC® per hour" is a
conversion (R-CR-2) and gives no amount."""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_text import Mention, neg, number, sentences
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_HOURS_OF = lazy_compile(
    r"(?<![\d.,])(?P<num>\d{1,3}(?:\.\d{1,2})?)\s+(?P<unit>hours?|credits?)\s+of\s+"
    r"European\s+(?:(?:external|live|online|e-learning|internal)\s+)?CME\s+credits?\b",
    re.IGNORECASE,
)


def european_hours(doc: Doc, mentions: list[Mention]) -> None:
    """R-CR-101: "N hours of European [external] CME credits" → `OTHER` "ECMEC" N, unit hour."""
    for ln in doc.lines:
        if not ln.digit or "European" not in ln.text:
            continue
        for sentence in sentences(ln.text):
            for m in _HOURS_OF.finditer(sentence):
                if neg(sentence, m.start("num")):
                    continue
                unit = "hour" if m.group("unit").lower().startswith("hour") else "credit"
                amount = number(m.group("num"))
                mentions.append(Mention("OTHER", "ECMEC", amount, unit, ln.no, sentence))
