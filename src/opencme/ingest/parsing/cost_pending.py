"""A price not fixed yet (R-CO-10, docs/corpus.md "Cost"): "Registration, administration and
tuition: TBA (approx. $2200–2500).", "Course fee: to be confirmed (around $300)", "Fee: TBC –
expected to be about €150". A figure after "TBA", "TBC", "TBD" or "to be confirmed /
announced / determined / advised" is an estimate of a fee not set, no amount (as credit "to be
confirmed" is none, R-CR-84): the sentence is the note and the activity is not free. Kept apart
from cost.py, which reads the prices; this only says when every price read is such a figure.
"""

from __future__ import annotations

from typing import Any

from opencme.ingest.parsing.cost_money import PRICE
from opencme.ingest.parsing.cost_note import sentence_at
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_PENDING = lazy_compile(
    r"\b(?:TBA|TBC|TBD|to\s+be\s+(?:confirmed|announced|determined|advised|finali[sz]ed))\b"
    r"(?:[^.$€£\d\n]|\.(?!\s+[A-Z])){0,40}?(?=[$€£])",
)

_FIGURE = lazy_compile(r"\d[\d,]*(?:\.\d+)?")
_RANGE_END = lazy_compile(r"\s*[–—-]\s*[$€£]?\d[\d,]*(?:\.\d+)?")


def pending_price(doc: Doc, cost: dict[str, Any]) -> None:
    """Clear the amount, currency and tiers when every price read stands right after a word of
    a fee not fixed yet; its sentence becomes the note."""
    if cost["amount"] is None or not any(w in doc.flat for w in ("TB", "to be ")):
        return
    estimates: set[float] = set()
    first = None
    for m in _PENDING.finditer(doc.flat):
        p = PRICE.match(doc.flat, m.end())  # the figure right after the words, and a range's
        if p is None:  # second figure ("$2200–2500")
            continue
        tail = _RANGE_END.match(doc.flat, p.end())
        figures = p[0] + (tail[0] if tail else "")
        estimates |= {float(x.replace(",", "")) for x in _FIGURE.findall(figures)}
        first = first or m
    amounts = {float(cost["amount"])} | {float(t["amount"]) for t in cost["tiers"]}
    if first is None or not amounts <= estimates:
        return
    cost.update(amount=None, currency=None, tiers=[], free=False)
    cost["note"] = sentence_at(doc.flat, first.start(), first.end()) or cost["note"]
