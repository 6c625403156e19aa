"""Cost: free, lowest price, price tiers with their conditions, non-numeric notes."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from opencme.ingest.parsing.cost_conditional import conditional_free
from opencme.ingest.parsing.cost_limit import LIMIT, over_limit
from opencme.ingest.parsing.cost_money import (
    PRICE,
    RAND,
    RAND_FIGURE,
    amount,
    code_of,
    figure,
    mark,
)
from opencme.ingest.parsing.cost_note import fee_without_figure, sentence_at
from opencme.ingest.parsing.cost_pending import pending_price
from opencme.ingest.parsing.cost_tiers import (
    FOR_LABEL,
    FREE_MORE,
    FREE_SUBJECT_MORE,
    GROUP_BARE,
    GROUP_FREE,
    KEYED_FREE,
    KEYED_TIER,
    PART_FREE,
    PART_KEY,
    TIER_GROUP,
    TIER_LABEL,
    as_label,
    before_price,
    everyone,
    exempt_group,
    tier_for,
    tier_word,
    tiered,
)
from opencme.ingest.parsing.currency import page_dollar, page_rupee, rand_page
from opencme.ingest.parsing.draft import Diagnostic, empty_cost
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import led_by

_PRICE = PRICE
_FREE_VALUE = lazy_compile(
    # "Nil": nothing to pay, as British, Australian and Indian pages write it
    r"^\s*(?:free|no\s+(?:charge|cost|fee)|none|nil|complimentary|\$\s?0"
    r"(?:\.00)?)\b",
    re.IGNORECASE,
)
_FREE_PROSE = lazy_compile(
    r"\b(?:free\s+of\s+charge|at\s+no\s+(?:cost|charge)|(?:is|are)\s+(?:offered\s+)?free\b"
    r"(?!\s+(?:of|from|for))|no\s+(?:registration\s+)?fees?\b|no\s+cost\s+to\s+(?:you|participants|"
    r"learners)"
    # R-CO-14: "the podcasts are available for free", "attend for free"
    r"|(?:is|are)\s+(?:now\s+)?available\s+(?:for\s+)?free\b(?!\s+(?:of|from|to)\b)"
    r"|(?:attend|join|participate|register|enrol)\s+(?:\w+\s+){0,2}?for\s+free\b)",
    re.IGNORECASE,
)
# fees that are not the price of taking part (R-CO-3)
_FREE_SUBJECT = lazy_compile(
    r"\b(?:course|activity|program|module|webinar|event|registration|CME|CE|lectures?|"
    r"conference|education|participat\w*|credit)\b",
    re.IGNORECASE,
)
_FREE_NOT = lazy_compile(r"\btests?\b|\bpost-tests?\b", re.IGNORECASE)
# only a part is free ("Your first lecture is FREE", "one free trial module")
_PART_FREE = lazy_compile(
    r"\b(?:first|one|trial|sample)\s+(?:\w+\s+)?(?:is\s+|are\s+)?free\b", re.IGNORECASE
)
# the learner pays for what gives the credit (docs/corpus.md "Free to take, pay for the
# certificate"): "purchase the course", "pay for an exam"
_PAY_FOR_CREDIT = lazy_compile(
    r"\b(?:purchase|pay\s+for|buy)\s+(?:\w+\s+){0,2}?(?:course|test|exam|certificate|credit)s?\b",
    re.IGNORECASE,
)
_COST_HINT = led_by(
    "$€£₹fnuecgaRip",
    r"[$€£₹]|free|no\s+(?:cost|charge|fee|registration\s+fee)|complimentary|USD|EUR|CAD|GBP|AUD|"
    r"NZD|INR|PKR|CHF|(?-i:Rs)\.?\s?\d",
    re.IGNORECASE,
)
# hints led by common letters, tried only where `_COST_HINT` finds none (R-PF-1)
# ("does not charge": R-CO-18)
_COST_HINT_MORE = lazy_compile(r"SGD|HKD|without\s+charge|waived|exempt|not\s+charge", re.I)
# one of these is in the lower-cased text of every `_COST_HINT` match ("uſd": the long s,
# which IGNORECASE matches as "s" and lower() keeps); found with str.find, far cheaper than
# the pattern over a whole listing
_COST_HINT_WORDS = (
    "$",
    "€",
    "£",
    "₹",
    "free",
    "complimentary",
    "no cost",
    "no charge",
    "no fee",
    "no registration fee",
    "without charge",
    "waived",
    "exempt",
    "not charge",
    "usd",
    "uſd",
    "eur",
    "cad",
    "gbp",
    "aud",
    "nzd",
    "inr",
    "pkr",
    "chf",
    "sgd",
    "hkd",
    "rs.",
)
# the words of `GROUP_BARE`'s free word (a cheap test before the pattern)
_FREE_HINTS = ("free", "complimentary", "no charge", "no cost", "without charge")
_NOT_PRICE = lazy_compile(
    r"cancel|refund|processing|administrative|late\s+(?:registration\s+)?fee|levy|duplicate|"
    r"data\s+entry|application\s+fee|annual\s+fee|membership|fee\s+credit|exam|penalty|deposit|"
    r"retake|parking|hotel|replacement|badge|late\s+fee|"
    # R-CO-17: a lodging rate ("$129 per night", "$99/night", "nightly rate")
    r"\bper\s+night\b|/\s*night\b|\bnightly\b|\broom\s+rate",
    re.IGNORECASE,
)
_PRICE_CONTEXT = lazy_compile(
    r"\b(?:cost|price|fee|fees|tuition|registration|register|pay|purchase|buy|rate|rates)\b"
    # the activity's own cost as a verb ("The course costs NZ$300"), not a drug's or society's
    r"|\b(?:course|program(?:me)?|workshop|webinar|module|conference|event|activity|ticket|"
    r"places?|it)\s+costs\b",
    re.IGNORECASE,
)
_TIER_LABEL = TIER_LABEL


# "free" as an adjective of the activity ("a free, CME-accredited webinar", "free online
# education series", "1.0 Free CEUs"), not of something else ("free papers in", "free account")
_FREE_ADJ = lazy_compile(
    r"(?<![\w-])free(?![\w-]),?(?:\s+(?!(?:of|to|in|for|and|or|the|a|with|from|on|at|by)\b)"
    r"[\w()-]+){0,4}?\s+(?:webinars?|webcasts?|workshops?|courses?|programs?|programmes?|"
    r"trainings?|events?|series|sessions?|lectures?|conferences?|symposium|modules?|"
    r"activit(?:y|ies)|presentations?|rounds|CMEs?|CEs?|CEUs?|CNEs?|continuing\s+(?:medical\s+)?"
    # R-CO-14: other nouns of a gathering or a course ("a FREE online experience")
    r"education|experiences?|meetings?|forums?|seminars?|class(?:es)?|curriculum)\b",
    re.IGNORECASE,
)
# a line that is only the word for free ("Complimentary", "FREE"): the price line of a page
_FREE_LINE = lazy_compile(
    r"\s*(?:[-•*▪]\s*)?(?:free(?:\s+of\s+charge)?|complimentary|no\s+charge)[.!]?\s*$",
    re.IGNORECASE,
)
# a discount, not a price: "deduct $0.95 from the price", "save $5", "$10 off"
# ... or a charge added for a way of paying ("Please add Rs. 100/- for outstation cheques")
_DISCOUNT_BEFORE = lazy_compile(
    r"(?:\bdeduct|\bsave|\bsaving|\bdiscount\s+of|\bless|\badd)\s+"
    r"(?:an?\s+(?:additional|extra)\s+)?$",
    re.IGNORECASE,
)
_DISCOUNT_AFTER = lazy_compile(r"\s*off\b", re.IGNORECASE)
# cents set apart after a whole-dollar price at the line's end ("$72 95": raised cents)
_CENTS = lazy_compile(r" (\d{2})\s*$")
_DECIMALS = lazy_compile(r"[.,]\d{2}$")
# what may stand beside a price on a line that is only a price ("$260 inc GST", "• $360.00")
_WORD = lazy_compile(r"[A-Za-z]{2,}")


def _bare(text: str, m: re.Match[str]) -> bool:
    """A price alone on its line or ` | ` cell, with at most four other words."""
    for cell in re.split(r"\s\|\|?\s", text):
        if m.group(0) in cell:
            rest = re.sub(r"\([^)]*\)", " ", cell.replace(m.group(0), " "))
            return len(_WORD.findall(rest)) <= 4 and len(cell) <= 60
    return False


# someone else pays: "Currently FULLY funded", "fully funded by NHSE", "places funded by"
_FUNDED = lazy_compile(r"\bfully\s+funded\b|\bplaces\s+(?:are\s+)?funded\b", re.IGNORECASE)
# its wording for the note: a parenthesis saying so, or who funds ("fully funded by NHSE",
# "60 places funded by NHSE")
_FUNDED_NOTE = lazy_compile(
    r"\(([^()\n]{0,40}\bfunded\b[^()\n]{0,20})\)|\b(?:\d+\s+places|fully)\s+funded\s+by\s+"
    r"(?-i:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})",
    re.IGNORECASE,
)


def _free_said(text: str, keyed: bool) -> bool:
    """The text says the activity is free: in a sentence about it ("is free of charge", "no fees
    for participating"), or "free" as an adjective of the activity ("a free workshop"); the
    fees and tests that are not the price are judged beside the word, not over a whole
    paragraph."""
    m = _FREE_ADJ.search(text)
    if m is None:
        m = _FREE_PROSE.search(text) or FREE_MORE.search(text)
        if m is None or not (keyed or _FREE_SUBJECT.search(text) or FREE_SUBJECT_MORE.search(text)):
            return False
    near = text[max(0, m.start() - 60) : m.end() + 60]
    return not (_NOT_PRICE.search(near) or _FREE_NOT.search(near) or _PART_FREE.search(near))


def _is_condition(label: str) -> bool:
    """A key that names who pays or when ("Member", "Other Professionals"), not the fee itself
    ("Activity Fee", "Cost")."""
    if PART_KEY.match(label.strip()):
        return False  # taking part itself ("Entry: free", "Admission: $20")
    return bool(_TIER_LABEL.search(label)) or not _PRICE_CONTEXT.search(label)


def _currency(tag: str, doc: Doc) -> str | None:
    """The currency code of a price's mark (`cost_money.mark`); a shared sign ("$", "Rs.") by
    the page's words."""
    if tag == "$":
        return page_dollar(doc.flat) or None
    if tag.startswith("RS"):
        return page_rupee(doc.flat)
    if tag == RAND:
        return "ZAR"
    return code_of(tag)


def extract_cost(doc: Doc, diags: list[Diagnostic]) -> dict[str, Any]:
    cost = empty_cost()
    prices: list[tuple[str | None, float, str | None]] = []
    big: list[tuple[str, str | None]] = []
    free: bool | None = None  # R-CO-4: silence is null; a stated fee or price makes it false
    note: str | None = None
    said_free = False
    part_note: str | None = None
    # a line other than the cost key's is read only when the hint is in it: one scan of the
    # listing finds those lines (a test of each line costs more on long listings)
    lines = doc.lines
    starts = doc._starts
    picked = {i for i, ln in enumerate(lines) if ln.key == "cost" and ln.value is not None}
    low = doc.low
    for word in _COST_HINT_WORDS:
        at = low.find(word)
        while at >= 0:
            picked.add(bisect_right(starts, at) - 1)
            at = low.find(word, at + 1)
    rand = "R" in doc.flat and rand_page(doc.flat)
    # the rand's "R" before a grouped figure is no word a hint finds: the lines holding one
    rand_lines = (
        {bisect_right(starts, m.start()) - 1 for m in RAND_FIGURE.finditer(doc.flat)}
        if rand
        else set()
    )
    picked |= rand_lines
    for i in sorted(picked):
        ln = lines[i]
        if not ln.text:
            continue
        keyed = ln.key == "cost" and ln.value is not None
        if (
            not keyed
            and i not in rand_lines
            and not (_COST_HINT.search(ln.text) or _COST_HINT_MORE.search(ln.text))
        ):
            continue
        text = ln.value if keyed and ln.value else ln.text
        if keyed and ln.value is not None and _FREE_VALUE.match(ln.value) and not tiered(ln.value):
            free = True
            said_free = True
            diags.append(Diagnostic("cost", ln.no, ln.text, "used", "free"))
            continue
        if not keyed and (_FREE_LINE.match(ln.text) or PART_FREE.match(ln.text)):
            free = True
            said_free = True
            diags.append(Diagnostic("cost", ln.no, ln.text, "used", "a line that is only free"))
            continue
        low_text = text.lower()
        group_free = GROUP_FREE.search(text) if "free" in low_text else None
        if group_free is None and any(w in low_text for w in _FREE_HINTS):
            group_free = GROUP_BARE.search(text)
        group = re.sub(r"^all\s+", "", group_free["label"], flags=re.I) if group_free else ""
        if group and not TIER_GROUP.fullmatch(group):
            group = ""
        if not group and "exempt" in low_text:
            group_free = exempt_group(text)  # "Senior members are exempted from the fees"
            group = group_free["label"] if group_free else ""
        conditional = None if group else conditional_free(text)  # R-CO-11
        if conditional:
            part_note = part_note or conditional  # free on the learner's standing: its words
        elif not group and _free_said(text, keyed):  # free for a group is not free (corpus.md)
            free = True
            said_free = True
            diags.append(Diagnostic("cost", ln.no, ln.text, "used", "free"))
            if keyed:
                continue
        elif part_note is None and len(text) <= 80 and _PART_FREE.search(text):
            part_note = text.strip()  # "Your first lecture is FREE": its wording (docs/corpus.md)
        found = False
        line_first = len(prices)  # this line's first price
        fors = {m.start(): m for m in FOR_LABEL.finditer(text) if tier_for(m)}
        tier_key = None if keyed else KEYED_TIER.match(ln.text)
        if tier_key and not _is_condition(tier_key["label"]):
            tier_key = None
        for free_m in fors.values():
            if free_m["free"] and everyone(free_m["label"], text, free_m.end("label")):
                free = said_free = True  # "free for all participants": free, no tier
            elif free_m["free"] and not _NOT_PRICE.search(
                text, max(0, free_m.start() - 40), free_m.end()
            ):
                prices.append((as_label(free_m["label"]), 0.0, "USD"))
                found = True
        if tier_key and KEYED_FREE.match(ln.text, tier_key.end()):
            prices.append((as_label(tier_key["label"]), 0.0, "USD"))
            found = True
        for m in _PRICE.finditer(text):
            if m["rcur"] is not None and not rand:
                continue  # an "R" and a figure on a page of no rand country: no price
            window = text[max(0, m.start() - 60) : m.end() + 40]
            fm = fors.get(m.start())
            if (
                not keyed
                and not _PRICE_CONTEXT.search(window)
                and not (fm and len(fors) > 1)
                and not tier_key
                and not group
                and not _bare(text, m)
            ):
                continue
            near = text[max(0, m.start() - 40) : m.end() + 25]
            if _DISCOUNT_BEFORE.search(text, max(0, m.start() - 30), m.start()) or (
                _DISCOUNT_AFTER.match(text, m.end())
            ):
                continue  # a discount, not a price
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
            num = figure(m)
            value = amount(num)
            whole = m["num"] is not None and not _DECIMALS.search(num)
            cents = _CENTS.match(text, m.end()) if whole else None
            if cents:
                value = round(value + int(cents[1]) / 100, 2)
            label = before_price(text, m) or tier_word(text, m)
            if group and label == as_label(group):
                label = None  # the free group's word is its own tier ("$200 (students free)")
            if fm:
                label = as_label(fm["label"])
            elif tier_key and text.find(m.group(0)) == m.start() and m.start() <= tier_key.end():
                label = as_label(tier_key["label"])
            if value >= LIMIT:  # R-CO-13: no amount the record holds; its line is the note
                big.append((ln.text.strip(), _currency(mark(m, text), doc)))
                continue
            prices.append((label, value, _currency(mark(m, text), doc)))
            found = True
        if group and group_free:
            # where the line writes it: a bare group ("Residents free, physicians $100") may
            # stand before the line's prices; a sentence of one is read after them
            k = len(prices)
            if group_free.re.pattern != GROUP_FREE.pattern:
                k = line_first + sum(1 for m in _PRICE.finditer(text, 0, group_free.start()))
            prices.insert(min(k, len(prices)), (as_label(group), 0.0, "USD"))
            found = True
        if found:
            diags.append(Diagnostic("cost", ln.no, ln.text, "used", "price"))
        elif keyed and ln.value and not free:
            note = ln.value.strip().rstrip(".")
            diags.append(Diagnostic("cost", ln.no, ln.text, "used", "note"))
    if prices:
        if all(a == 0 for _l, a, _c in prices) and not any(lbl for lbl, _a, _c in prices):
            free = True
        elif any(a > 0 for _l, a, _c in prices):
            free = False  # free for some, or free with a fee for the credit, is not free
        elif free is None:
            free = False
        # the lowest in the currency the page prices in first: sums in two currencies do not
        # compare ("Rs. 2500" for residents, "US$ 100" for foreign residents)
        first = next((c for _l, a, c in prices if a > 0), prices[0][2])
        lowest = min((p for p in prices if p[2] == first or p[1] == 0), key=lambda p: p[1])
        # a tier at 0 is in the currency the page prices in ("Members: free", "Others: AU$80")
        prices = [(lbl, a, first if a == 0 and c == "USD" else c) for lbl, a, c in prices]
        lowest = (
            lowest[0],
            lowest[1],
            first if lowest[1] == 0 and lowest[2] == "USD" else lowest[2],
        )
        cost["amount"] = lowest[1]
        cost["currency"] = lowest[2]
        distinct = {(lbl, a, c) for lbl, a, c in prices}
        if len(distinct) > 1:
            seen: set[tuple[str | None, float, str | None]] = set()
            for lbl, a, c in prices:
                if (lbl, a, c) not in seen:
                    seen.add((lbl, a, c))
                    cost["tiers"].append({"label": lbl, "amount": a, "currency": c})
        note = None
    pay = _PAY_FOR_CREDIT.search(doc.flat) if said_free and free else None
    if pay:
        free = False  # free to take, pay for the test or certificate (docs/corpus.md)
        if note is None and not prices:
            note = sentence_at(doc.flat, pay.start(), pay.end())  # its wording (docs/corpus.md)
    fee = None
    if free is None and not prices and note is None:
        fee = fee_without_figure(doc.flat, doc.low, _NOT_PRICE)
        if fee:  # "fees will apply", "for a nominal fee": its sentence, as written (R-CO-6)
            note = fee.said
            said = doc.line_at(fee.at)
            diags.append(Diagnostic("cost", said.no, said.text, "used", "a fee without a figure"))
    if free is None and (fee.stated if fee else note is not None):
        free = False  # a fee without a figure ("Variable", "a fee applies") is not free; one
        # that only "may" be asked leaves the price unstated
    if "funded" in doc.low and _FUNDED.search(doc.flat):
        free = None  # funded places are not the activity stated free (docs/corpus.md)
        funded_by = _FUNDED_NOTE.search(doc.flat)
        if funded_by and note is None:
            note = (funded_by[1] or funded_by[0]).strip()
    if note is None and part_note is not None and not prices:
        note = part_note  # only a part is free: its wording, free unstated
    cost["free"] = free
    if free and cost["amount"] is None:
        cost["amount"] = 0
        cost["currency"] = "USD"  # R-CO-1: free with no stated currency is USD 0
    cost["note"] = note
    pending_price(doc, cost)  # R-CO-10: "TBA (approx. $2200–2500)" is no amount yet
    over_limit(cost, big)  # R-CO-13
    return cost
