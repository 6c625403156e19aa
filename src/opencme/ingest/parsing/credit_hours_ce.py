"""Unnamed CE written after its hours (R-CR-107): "3 hours CE", "1.5 contact hours CE", "6
clock hours CE", "2 hrs CE", the order of a catalogue's line or a banner ("… 3 hours CE",
"Earn 2 hours CE"), as "3 CE hours" and "2 hours of CE" are read (R-CR-18, R-CR-79). `OTHER`
"CE" in the unit written (docs/corpus.md "Credits": the name without the unit). Read only on
a page naming no credit system and no other unnamed credit (credits.py decides). Not a
course's length ("a 3-hour CE course": the hyphen joins the length to its noun), nor a rule
about how many hours a licence needs ("requires 3 hours CE each renewal", "must complete 30
hours CE").
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_text import Mention, neg, number, unit_of
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_HOURS_CE = lazy_compile(
    r"(?<![\d.,$/-])(?P<num>\d{1,3}(?:\.\d{1,2})?)\s*"
    r"(?P<unit>contact\s+hours?|clock\s+hours?|hours?|hrs?\.?)\s+(?:of\s+)?"
    r"(?-i:CE)(?:\s+(?:credits?|units?))?(?![\w-])"
    r"(?!\s+(?:requirements?|rules?|polic|cycle|period|course|exam|class))",
    re.IGNORECASE,
)
# where a sentence ends: a figure may open the next ("… renewal. 3 hours CE")
_SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
# a sentence about what a licence or a renewal requires, not what this activity gives
_RULE = lazy_compile(
    r"\b(?:requir\w*|must|need(?:s|ed)?|mandator\w*|minimum|renewal|each\s+year|per\s+year|"
    r"every\s+(?:two|three|\d)\s+years?)\b",
    re.IGNORECASE,
)


def hours_ce(doc: Doc) -> Mention | None:
    """The first "N hours CE" of the page, `OTHER` "CE"."""
    if "CE" not in doc.flat:
        return None
    for ln in doc.lines:
        if not ln.digit or "CE" not in ln.text:
            continue
        for sentence in _SENTENCE_END.split(ln.text):
            m = _HOURS_CE.search(sentence) if "CE" in sentence else None
            if m is None or _RULE.search(sentence) or neg(sentence, m.start("num")):
                continue
            unit = unit_of(m["unit"].rstrip(".")) or "hour"
            return Mention("OTHER", "CE", number(m["num"]), unit, ln.no, sentence)
    return None
