"""R-CR-106: a row of a credit table that is an approver's acronym and an amount ("ANCC | 1.00",
"NBCC: 1.5 hours", "AOTA – 0.15"): on a page that offers credit (a credit word elsewhere), the
acronym of a body of data/accreditors.json stands for its credit, as a credit name in the same
row does ("ACPE | 1.00"). Only the whole row, its amount with decimals or a unit ("NBCC: 123" may
be a provider's number); an acronym in prose is R-CR-36's."""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_text import Mention, number
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import body_named

_ROW = lazy_compile(
    r"^[\s|•*·-]*(?P<acr>(?-i:[A-Z]{3,7}))\s*(?:\||:|–|—|\s-)\s*(?:up\s+to\s+)?"
    r"(?P<num>\d{1,3}(?:\.\d{1,2})?)\s*(?P<unit>contact\s+hours?|hours?|credits?|CEUs?|points?)?"
    r"\s*\|?\s*$",
    re.IGNORECASE,
)
_UNITS = {"contact": "contact_hour", "hour": "hour", "point": "point"}
_CREDIT_WORDS = frozenset(
    [
        "ce",
        "ceu",
        "ceus",
        "credit",
        "credits",
        "hour",
        "hours",
        "contact",
        "continuing",
        "education",
        "unit",
        "units",
    ]
)


def acronym_rows(doc: Doc, mentions: list[Mention]) -> None:
    """R-CR-106: each row "<approver's acronym> | N [unit]" as that approver's credit."""
    for ln in doc.lines:
        text = ln.text
        if not ln.digit or len(text) > 40:
            continue
        m = _ROW.match(text)
        if m is None:
            continue
        if "." not in m.group("num") and not m.group("unit"):
            continue  # "NBCC: 123" may be a provider's number: an amount has a unit or decimals
        body = body_named(m.group("acr"))
        if body is None or m.group("acr") not in body.abbrevs:
            continue
        word = (m.group("unit") or "").lower()
        unit = next((u for k, u in _UNITS.items() if word.startswith(k)), "credit")
        amount = number(m.group("num"))
        new = Mention(body.credit, body.label, amount, unit, ln.no, text)
        same = [i for i, x in enumerate(mentions) if x.line == ln.no and x.amount == amount]
        if not same:
            mentions.append(new)
        elif all(_unnamed(mentions[i]) for i in same):
            mentions[same[0]] = new  # "0.15 CEUs" read in its credit words: the approver's
        # else a credit name in the row is read already


def _unnamed(m: Mention) -> bool:
    """Credit read in credit words only ("CEUs", "CE credits"): no system named."""
    words = (m.label or "").lower().split()
    return m.code == "OTHER" and bool(words) and all(w in _CREDIT_WORDS for w in words)
