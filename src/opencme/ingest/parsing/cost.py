"""Cost: free, lowest price, price tiers with their conditions, non-numeric notes."""

from __future__ import annotations

import re
from typing import Any

from opencme.ingest.parsing.draft import Diagnostic, empty_cost
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.vocab import led_by

_PRICE = re.compile(
    r"(?P<cur>US\$|USD\s?|CAD\s?\$?|C\$|A\$|AUD\s?\$?|\$|€|£|EUR\s?|GBP\s?)\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d+(?:\.\d{2})?)(?![\d-])"
)
_CURRENCY = {
    "$": "USD",
    "US$": "USD",
    "USD": "USD",
    "CAD": "CAD",
    "C$": "CAD",
    "A$": "AUD",
    "AUD": "AUD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
}
_FREE_VALUE = re.compile(
    r"^\s*(?:free|no\s+(?:charge|cost|fee)|none|complimentary|\$\s?0"
    r"(?:\.00)?)\b",
    re.IGNORECASE,
)
_FREE_PROSE = re.compile(
    r"\b(?:free\s+of\s+charge|at\s+no\s+(?:cost|charge)|(?:is|are)\s+(?:offered\s+)?free\b"
    r"(?!\s+(?:of|from|for))|no\s+(?:registration\s+)?fee\b|no\s+cost\s+to\s+(?:you|participants|"
    r"learners))",
    re.IGNORECASE,
)
# fees that are not the price of taking part (R-CO-3)
_FREE_SUBJECT = re.compile(
    r"\b(?:course|activity|program|module|webinar|event|registration|CME|CE|lectures?|"
    r"conference|education)\b",
    re.IGNORECASE,
)
_FREE_NOT = re.compile(r"\btests?\b|\bpost-tests?\b", re.IGNORECASE)
_COST_HINT = led_by(
    "$€£fnuecga", r"[$€£]|free|no\s+(?:cost|charge|fee)|USD|EUR|CAD|GBP|AUD", re.IGNORECASE
)
# one of these is in the lower-cased text of every `_COST_HINT` match ("uſd": the long s,
# which IGNORECASE matches as "s" and lower() keeps)
_COST_HINT_WORDS = ("$", "€", "£", "free", "no", "usd", "uſd", "eur", "cad", "gbp", "aud")
_NOT_PRICE = re.compile(
    r"cancel|refund|processing|administrative|late\s+(?:registration\s+)?fee|levy|duplicate|"
    r"data\s+entry|application\s+fee|annual\s+fee|membership|fee\s+credit|exam|penalty|deposit|"
    r"retake|parking|hotel|replacement|badge|late\s+fee",
    re.IGNORECASE,
)
_PRICE_CONTEXT = re.compile(
    r"\b(?:cost|price|fee|fees|tuition|registration|register|pay|purchase|buy|rate|rates)\b",
    re.IGNORECASE,
)
_TIER_LABEL = re.compile(
    # an organisation's acronym stays with its members ("ASHP member")
    r"(?P<label>(?:(?-i:[A-Z]{2,6})\s+(?=members?\b))?(?:early[\s-]bird|members?|non[\s-]?members?|physicians?|residents?|fellows?|"
    r"students?|nurses?|allied\s+health|trainees?|pharmacists?|groups?|standard|late|"
    r"in[\s-]person|virtual|online|discounted?)(?:\s+(?:members?|price|rate|registration))?)",
    re.IGNORECASE,
)


def _label(text: str) -> str:
    """Lower-case a tier label, keeping acronyms (`ASHP member`)."""
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in text.split())


def _currency(tag: str) -> str:
    tag = tag.strip().rstrip("$").strip() or "$"
    return _CURRENCY.get(tag, _CURRENCY.get(tag + "$", "USD"))


def _amount(num: str) -> float:
    return float(num.replace(",", ""))


def extract_cost(doc: Doc, diags: list[Diagnostic]) -> dict[str, Any]:
    cost = empty_cost()
    prices: list[tuple[str | None, float, str]] = []
    free: bool | None = None  # R-CO-4: silence is null; a stated fee or price makes it false
    note: str | None = None
    # a line other than the cost key's is read only when the hint is in it (so in the text)
    for ln in doc.lines:
        if not ln.text:
            continue
        keyed = ln.key == "cost" and ln.value is not None
        if not keyed:
            low = ln.text.lower()
            if not any(w in low for w in _COST_HINT_WORDS) or not _COST_HINT.search(ln.text):
                continue
        text = ln.value if keyed and ln.value else ln.text
        if keyed and ln.value is not None and _FREE_VALUE.match(ln.value):
            free = True
            diags.append(Diagnostic("cost", ln.no, ln.text, "used", "free"))
            continue
        if (
            not keyed
            and _FREE_PROSE.search(text)
            and not _NOT_PRICE.search(text)
            and _FREE_SUBJECT.search(text)
            and not _FREE_NOT.search(text)
        ):
            free = True
            diags.append(Diagnostic("cost", ln.no, ln.text, "used", "free"))
        found = False
        for m in _PRICE.finditer(text):
            window = text[max(0, m.start() - 60) : m.end() + 40]
            if not keyed and not _PRICE_CONTEXT.search(window):
                continue
            near = text[max(0, m.start() - 40) : m.end() + 25]
            if _NOT_PRICE.search(near):
                diags.append(
                    Diagnostic(
                        "cost",
                        ln.no,
                        ln.text,
                        "not_understood",
                        "a fee that is not the price of taking part",
                    )
                )
                continue
            amount = _amount(m["num"])
            label_m = None
            for lm in _TIER_LABEL.finditer(text[max(0, m.start() - 40) : m.end() + 30]):
                label_m = lm
            label = _label(label_m.group("label")) if label_m else None
            prices.append((label, amount, _currency(m["cur"])))
            found = True
        if found:
            diags.append(Diagnostic("cost", ln.no, ln.text, "used", "price"))
        elif keyed and ln.value and not free:
            note = ln.value.strip().rstrip(".")
            diags.append(Diagnostic("cost", ln.no, ln.text, "used", "note"))
    if prices:
        if all(a == 0 for _l, a, _c in prices):
            free = True
        elif free is None:
            free = False
        lowest = min(prices, key=lambda p: p[1])
        cost["amount"] = lowest[1]
        cost["currency"] = lowest[2]
        distinct = {(lbl, a, c) for lbl, a, c in prices}
        if len(distinct) > 1:
            seen: set[tuple[str | None, float, str]] = set()
            for lbl, a, c in prices:
                if (lbl, a, c) not in seen:
                    seen.add((lbl, a, c))
                    cost["tiers"].append({"label": lbl, "amount": a, "currency": c})
        note = None
    if free is None and note is not None:
        free = False  # a fee without a figure ("Variable", "a fee applies") is not free
    cost["free"] = free
    if free and cost["amount"] is None:
        cost["amount"] = 0
        cost["currency"] = "USD"  # R-CO-1: free with no stated currency is USD 0
    cost["note"] = note
    return cost
