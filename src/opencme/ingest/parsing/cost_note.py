"""Cost notes: the page's own sentence stating a fee without a figure or a condition on the price.

docs/corpus.md (Cost): `note` holds the page's own words of a fee it states without a figure or
of a condition on the price, as written, trimmed to that sentence ("For non-Fellows/Members,
enrolment and user access fees will apply."; "You don't need to pay for an exam until AFTER
you pass it."), never a summary. The fee readers of `cost.py` find where such a fee is said;
this module cuts the sentence around it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from opencme.ingest.parsing.lazyre import lazy_compile

# a sentence ends at a full stop, "!" or "?" followed by a space, or at the end of its line;
# not after an initial, a title or a Latin abbreviation ("J. Ng", "Dr. Ng", "e.g. the fee")
_END = lazy_compile(r"[.!?](?=\s)")
_ABBREV = lazy_compile(r"(?:\b[A-Za-z]|\b(?:Dr|Mr|Mrs|Ms|Prof|St|No|Inc|Ltd|vs|etc|e\.g|i\.e))$")


def _ends(flat: str, start: int, stop: int) -> list[int]:
    """Where the sentences of flat[start:stop] end."""
    return [
        m.end()
        for m in _END.finditer(flat, start, stop)
        if m.group() != "." or not _ABBREV.search(flat, max(start, m.start() - 4), m.start())
    ]


_LEAD = lazy_compile(r"^\s*(?:[-•*▪●◦‣∙·]\s*)+")
_KEY = lazy_compile(r"^[A-Z][\w&/’' -]{1,38}:\s+(?=[A-Z])")
_FEE_KEY = lazy_compile(r"(?i)fee|cost|pric|tuition|registration|rate|charge|pay")
# a sentence longer than this is a paragraph the page did not punctuate: no note
_MAX = 240


def sentence_at(flat: str, start: int, end: int) -> str | None:
    """The sentence of `flat` holding the span start..end, as written (a list bullet dropped);
    None when it runs longer than a sentence."""
    line_start = flat.rfind("\n", 0, start) + 1
    line_end = flat.find("\n", end)
    if line_end < 0:
        line_end = len(flat)
    before = _ends(flat, line_start, start)
    after = _ends(flat, end, line_end)
    text = flat[before[-1] if before else line_start : after[0] if after else line_end]
    text = _LEAD.sub("", text).strip()
    # a short key before the sentence ("Society Perk: Fellows pay less …") is no part of it;
    # a key naming the fee is part of it ("Fee: TBC, about €150", R-CO-10)
    key = _KEY.match(text)
    if key and key.end() < len(text) and not _FEE_KEY.search(key.group()):
        text = text[key.end() :]
    # a lead-in to the fees listed after it ("The following fees apply:") states their
    # figures there, not a fee without one
    if not text or len(text) > _MAX or text.endswith(":"):
        return None
    return text


# a fee stated without a figure: "user access fees will apply", "Course fee includes ..."
# (read in the lower-cased text; each pattern starts with a literal, which the engine finds
# fast)
_FEE_APPLIES = (
    lazy_compile(r"fee(?:s?\s+(?:will\s+)?appl(?:y|ies)\b|s?\s+includes?\b)"),
    lazy_compile(r"charges?\s+(?:will\s+)?appl(?:y|ies)\b"),
)
# R-CO-9: a fee said in other words without a figure: included in another price ("The fee for
# Contact Hours is included in the registration rate"), a kind of rate said to be on offer
# ("Early registration rates are now available"), paying asked on a condition ("You will only be
# asked to pay for the course if you decide to ...")
_FEE_SAID = (
    lazy_compile(
        r"(?:fee|cost|price|charge)s?\s+(?:(?:for|of)\s+[^.]{1,40}?\s+)?(?:is|are)\s+(?:already\s+)?"
        r"included\s+in\s+(?:the\s+|your\s+)?(?:[a-z]+\s+)?(?:registration|course|conference|"
        r"tuition|program|programme|event|ticket|enrol+ment)\b"
    ),
    lazy_compile(
        r"(?:registration|early[\s-]bird|early\s+registration|member|group|student)\s+"
        r"(?:rates?|fees?|pricing|prices)\s+(?:are|is)\s+(?:now\s+)?(?:available|open)\b"
    ),
    lazy_compile(
        r"\b(?:asked|required|need|have)\s+to\s+pay\s+(?:for\s+(?:the|this|your)\s+"
        r"(?:course|activity|program|programme|module|test|exam|certificate)\s+)?(?:only\s+)?"
        r"(?:if|when|once|after)\b"
    ),
    # R-CO-16: a lower price for some ("fellows enjoy special pricing", "reduced fees apply to
    # trainees", "a discounted rate", "a student discount for …"): there is a price; so does a
    # purchase required
    lazy_compile(
        r"\b(?:(?:reduced|discounted|special|lower|preferential)\s+(?:fees?|rates?|pricing|prices?|"
        r"registration|tuition)|an?\s+(?:[a-z-]+\s+){0,2}discount\s+(?:to|for))\b"
    ),
    lazy_compile(r"\bpurchase\s+(?:is\s+)?required\b"),
)
# the substring each of `_FEE_SAID` needs (a cheap test before the pattern, R-PF-1)
_FEE_SAID_HINTS = (
    ("included in",),
    (" available", " open"),
    ("to pay ",),
    ("reduced ", "discount", "special ", "lower ", "preferential "),
    ("purchase ",),
)
# a charge for failing to come or for leaving: a penalty, not the price of taking part
_PENALTY = lazy_compile(r"\b(?:cancel\w*|late|no[\s-]show|refund\w*|withdraw\w*|miss\w*)\b", re.I)
_FEE_OWNER = lazy_compile(r"(?:course|registration|tuition|program|activity)\s+$")
# a fee the page names as the object of paying or requiring it ("will be available for a
# nominal fee", "Some facilities may require a viewing fee")
_A_FEE = lazy_compile(
    r"\b(?:requires?|for|charges?|pay)\s+an?\s+(?:[a-z]+\s+)?fee\b(?!\s+of\b)(?!\s*[$€£\d])"
)
# a fee only some may ask ("may require"): the activity's price is still unstated
_MAYBE = lazy_compile(r"\b(?:may|might|some)\b")


class Fee(NamedTuple):
    at: int  # offset in the page's flat text
    said: str | None  # its sentence, the note
    stated: bool  # said as asked, not as what some "may" ask


def fee_without_figure(flat: str, low: str, not_price: re.Pattern[str]) -> Fee | None:
    """A fee the page states without a figure, with its sentence (R-CO-4, R-CO-6): "fees will
    apply", a named fee that "includes" things, then a fee paid or required ("for a nominal
    fee"), whose sentence holds no figure. A fee that is not the price of taking part
    (`not_price`: processing, cancellation ...) is none."""
    same = len(low) == len(flat)  # offsets of the lower-cased text are the text's
    said_rx = [
        rx
        for hints, rx in zip(_FEE_SAID_HINTS, _FEE_SAID, strict=True)
        if any(h in low for h in hints)
    ]
    for m in (x for rx in said_rx for x in rx.finditer(low)) if same else ():
        said = sentence_at(flat, m.start(), m.end())
        if (  # what is paid for, not its condition, is the price of taking part
            said
            and not any(c.isdigit() or c in "$€£₹" for c in said)
            and not not_price.search(low, max(0, m.start() - 40), m.end())
            and not _PENALTY.search(said)
        ):
            return Fee(m.start(), said, True)
    if "fee" not in low and "charge" not in low:
        return None
    for m in (x for rx in _FEE_APPLIES for x in rx.finditer(low)):
        if "includ" in m.group(0) and not _FEE_OWNER.search(
            low[max(0, m.start() - 20) : m.start()]
        ):
            continue  # "the fee includes" of a named fee only ("Course fee includes ...")
        if not not_price.search(low[max(0, m.start() - 40) : m.end()]):
            return Fee(m.start(), sentence_at(flat, m.start(), m.end()) if same else None, True)
    if not same:
        return None
    for m in _A_FEE.finditer(low):
        said = sentence_at(flat, m.start(), m.end())
        if said is None or any(c.isdigit() or c in "$€£₹" for c in said):
            continue
        if not_price.search(said):
            continue  # "Those who cancel late pay a fee": not the price of taking part
        return Fee(m.start(), said, not _MAYBE.search(low[max(0, m.start() - 40) : m.start()]))
    return None
