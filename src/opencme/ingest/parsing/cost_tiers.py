"""Price tiers and free wordings in the words many sites use (R-CO-1, R-CO-2, R-CO-5).

ACTIVITY-RECORD.md: `tiers` hold every price with its condition; `free` is true only where the
text says free, no charge or $0. docs/corpus.md (Cost): "free for members, $25 for non-members"
is a members' tier at 0, not a free activity; a price's condition is its label as written.
The open set read here:

- the words for nothing to pay: "free", "free of charge", "complimentary", "no charge", "no
  cost", "at no cost", "without charge", "free of cost", and the tier written with them ("free
  to members", "complimentary for ASX members", "no charge for students");
- a condition naming everyone ("free for all", "for everyone", "for all participants") is no
  tier: the activity is free;
- a group named with a free word and no verb ("Residents free, physicians $100", "Students
  and trainees: complimentary");
- a sentence saying taking part costs nothing ("There is no charge for this workshop",
  "There is no cost to attend", "Registration is complimentary", "Attendance is free").
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.cost_money import PRICE, PRICE_PATTERN
from opencme.ingest.parsing.lazyre import lazy_compile

_TIER_WORDS = (
    r"early(?:[\s-]bird)?|members?|non[\s-]?members?|physicians?|residents?|fellows?|students?|nurses?|"
    r"allied\s+health|trainees?|pharmacists?|groups?|standard|late|in[\s-]person|virtual|online|"
    r"discounted?|others|guests?|concessions?|seniors?|retirees?|regular|full"
)
# R-CO-8: an early rate's date after it, unbracketed, stays in its label ("Early Bird Rate
# before 1/15/21", "Early bird until 1 March 2031", "Early rate by March 1")
_TIER_DATE = (
    r"(?:\s+(?:before|until|till|by|through|ends?)\s+(?:\d{1,2}/\d{1,2}/\d{2,4}|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?))?"
)
_TIER_ONE = (
    # an organisation's acronym stays with its members ("ASHP member")
    r"(?:(?:non[\s-]?)?(?-i:[A-Z]{2,6})\s+(?=members?\b))?(?:" + _TIER_WORDS + r")"
    r"(?:\s+(?:members?|price|rate|fee|registration))?" + _TIER_DATE
)
TIER_LABEL = lazy_compile(r"(?P<label>" + _TIER_ONE + ")", re.IGNORECASE)
# one tier or several joined ("Residents and students", "Students/trainees")
TIER_GROUP = lazy_compile(
    _TIER_ONE + r"(?:\s*(?:,|/|&|\band\b|\bor\b)\s*(?:" + _TIER_WORDS + r"))*", re.IGNORECASE
)

# the words for nothing to pay, as a tier's price ("complimentary for members")
FREE_WORD = (
    r"\b(?:free(?:\s+of\s+(?:charge|cost))?|complimentary|no\s+(?:charge|cost)|"
    r"at\s+no\s+(?:cost|charge)|without\s+charge|waived)"
)
# a key naming taking part itself, not a condition ("Entry: free", "Admission: $20")
PART_KEY = lazy_compile(
    r"(?:admission|entry|entrance|attendance|access|participation|enrol?ment|tickets?)$",
    re.IGNORECASE,
)
# taking part keyed to a free word, the whole line ("Entry: free", "Admission – complimentary")
PART_FREE = lazy_compile(
    r"\s*(?:admission|entry|entrance|attendance|participation)\s*(?::|\s[–—-])\s*"
    r"(?:free(?:\s+of\s+charge)?|complimentary|no\s+charge|nil)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# a condition that names everyone: no tier, the activity is free ("free for all participants")
EVERYONE = lazy_compile(
    r"(?:everyone|everybody|anyone|all(?:\s+(?:participants|attendees|learners|delegates|"
    r"registrants|comers|users|interested))?)\s*$",
    re.IGNORECASE,
)
# R-CO-18: a group and the rest of them after it ("members and non-members")
_AND_THE_REST = lazy_compile(r"\s+(?:and|&)\s+non-?\s?(?P<group>[a-z]+)\b", re.IGNORECASE)


def everyone(label: str, text: str, end: int) -> bool:
    """The condition names everyone: "all participants", or a group and the rest of them
    after it in the text ("free for members and non-members"; R-CO-18)."""
    if EVERYONE.match(label):
        return True
    m = _AND_THE_REST.match(text, end)
    words = label.lower().split()
    return m is not None and bool(words) and words[-1] == m["group"].lower()


# a group with a free word and no verb, after the line's start or a separator ("Residents
# free, physicians $100", "; students: complimentary", "(students free of charge)")
GROUP_BARE = lazy_compile(
    r"(?:^|(?<=[;,/|(])|(?<=[;,/|(]\s))\s*(?P<label>(?:all\s+)?" + TIER_GROUP.pattern + r")"
    r"\s*(?::|[–—-])?\s*" + FREE_WORD + r"\b(?!\s+(?:to|for|from|with|in|on|access)\b)",
    re.IGNORECASE,
)

# taking part costs nothing, in a sentence about it (checked with the activity's subject)
FREE_MORE = lazy_compile(
    r"\bthere\s+(?:is|are|will\s+be)\s+no\s+(?:registration\s+|course\s+|attendance\s+)?"
    r"(?:charge|cost|fee)s?\b(?!\s+(?:to|for)\s+(?:the\s+)?(?:patients?|clients?)\b)"
    r"|\bno\s+(?:charge|cost|fee)\s+to\s+(?:attend|participate|register|join|take\s+part|enrol)"
    r"|\b(?:is|are)\s+(?:offered\s+|provided\s+|available\s+)?(?:complimentary|"
    r"free\s+of\s+cost|without\s+charge|cost[\s-]free)\b(?!\s+(?:for|to)\b)"
    r"|\bfree\s+to\s+(?:attend|participate|join|register|enrol)\b"
    r"|\bno\s+registration\s+fees?\b"
    # R-CO-18: the provider "does not charge (a fee) for" taking part
    r"|\b(?:does|do|will)\s+not\s+charge\s+(?:(?:a|any)\s+)?(?:(?:registration|course|"
    r"attendance|tuition)\s+)?(?:fees?\s+)?(?:for|to)\b(?!\s+(?:the\s+)?(?:patients?|clients?)\b)",
    re.IGNORECASE,
)
# nouns of the activity, or of taking part in it, beside a free wording
FREE_SUBJECT_MORE = lazy_compile(
    r"\b(?:attendance|admission|entry|attend\w*|workshops?|seminars?|sessions?|symposium|"
    r"series|training|meetings?|masterclass|classes|podcasts?)\b",
    re.IGNORECASE,
)


# "$73 for society members", "FREE for members", "$199 for Wednesday": the condition after "for"
# R-CO-12: a rate after the condition is no part of it ("£35 for guests for each day",
# "$40 for students per session")
_RATE = (
    r"\s+(?:for\s+(?:each|every)|per|each)\s+(?:day|session|person|head|delegate|attendee|"
    r"participant|module|night|week|month|year|hour|workshop|course)\b"
)
FOR_LABEL = lazy_compile(
    # a sign, a digit, a capital, or the first letter of a free word: every other character
    # is passed at once
    r"(?=(?-i:[A-Z$€£₹₱₦\d])|[fcnaw])"
    r"(?:(?P<free>" + FREE_WORD + r")|" + PRICE_PATTERN + r")\s+(?P<conn>for|to)\s+"
    # what the price buys is no condition ("$25 for the CE course and certificate", "$40 for
    # this two-day workshop", "$10 for each module")
    r"(?P<label>(?!the\s+first\b)(?!(?:the|this|each|a|an|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:course|activity|program|programme|workshop|session|certificate|event|day|webinar|"
    r"seminar|lecture|module|conference|materials?|meeting|symposium|training)s?\b)"
    r"[^,;.()$]{2,60}?)(?=\s*(?:[,;.()]|\band\b|$)|" + _RATE + r")",
    re.IGNORECASE,
)
# "Member: $75", "Member pharmacy – $480.00": a short condition keyed to a price or "free"
KEYED_TIER = lazy_compile(
    # a bracket may hold a date ("Early bird (until March 1, 2027): $200")
    r"^\s*(?:[-•*▪]\s*)?(?P<label>[A-Za-z](?:[\w\s/&'’-]|\([^()]{1,40}\)){1,60}?)\s*"
    # R-CO-17: the dash may be glued to the label ("Member- $325")
    r"(?::|\s[–—-]|(?<=[a-z])[–—-](?=\s))\s*"
    r"(?=[$€£₹]|(?:USD|AUD|CAD|NZD|SGD|EUR|GBP|CHF|INR)\b|[A-Z]{1,3}\$|Rs\.?\s?\d|"
    r"\d[\d,. ]*\s?(?:€|EUR\b)|(?:free|complimentary|no\s+charge)\b)",
    re.IGNORECASE,
)
# a keyed tier's value that is a free word ("Members: Complimentary")
KEYED_FREE = lazy_compile(r"(?:free|complimentary|no\s+charge)\b", re.IGNORECASE)
# a group that takes part for free ("All students may register and attend for free",
# "residents attend free of charge"): that group's tier, at 0
GROUP_FREE = lazy_compile(
    r"(?:^|(?<=[.;,:]\s))(?P<label>[A-Za-z][\w-]*(?:\s+[\w-]+){0,2}?)\s+"
    r"(?:(?:may|can|will)\s+)?(?:register|attend|participate|join)(?:\s+(?:and|or)\s+"
    r"(?:register|attend|participate))?\s+(?:for\s+free|free(?:\s+of\s+charge)?)\b",
    re.IGNORECASE,
)


def tier_for(m: re.Match[str]) -> bool:
    """A condition after "for", or after "to" when a free word names a tier ("free to
    members"; not "free to attend", "$45 to register")."""
    return m["conn"].lower() == "for" or bool(m["free"] and TIER_LABEL.match(m["label"]))


def tiered(value: str) -> bool:
    """A cost value that opens with a free word and goes on with a price or a tier ("Free to
    members, $45 for non-members"): its tiers are read, not the whole as free."""
    return bool(PRICE.search(value)) or any(map(tier_for, FOR_LABEL.finditer(value)))


def before_price(text: str, m: re.Match[str]) -> str | None:
    """The condition written just before a price in its cell ("Non-Consortium Members $400",
    "Member pricing $1199"): up to five words holding a tier word, after any key."""
    cell = re.split(r"\s\|\|?\s|:\s|[;,]\s", text[: m.start()])[-1]
    words = cell.split()
    if not 1 <= len(words) <= 5 or not TIER_LABEL.search(cell) or any(c.isdigit() for c in cell):
        return None
    cell = re.sub(
        r"\s+(?:pricing|price|rate|fee|pays?|will\s+pay)\s*$", "", cell, flags=re.IGNORECASE
    )
    return as_label(cell)


CLAUSE_END = lazy_compile(r"[;,|\n]|\.\s|\)|\s/\s")


def tier_word(text: str, m: re.Match[str]) -> str | None:
    """The tier word of the price's clause (between `;`, `,` or `|`): the last before the
    price, else the first after it."""
    start = max(0, m.start() - 40)
    cut = [x.end() for x in CLAUSE_END.finditer(text, start, m.start())]
    before = list(TIER_LABEL.finditer(text, cut[-1] if cut else start, m.start()))
    if before:
        return as_label(before[-1].group("label"))
    end = CLAUSE_END.search(text, m.end(), m.end() + 30)
    stop = end.start() if end else m.end() + 30
    # a word before the next price, or in a bracket holding one, is that price's ("$50
    # (members $40)")
    nxt = PRICE.search(text, m.end(), stop)
    paren = text.find("(", m.end(), nxt.start()) if nxt else -1
    limit = paren if paren >= 0 else (nxt.start() if nxt else stop)
    after = TIER_LABEL.search(text, m.end(), limit)
    return as_label(after.group("label")) if after else None


def as_label(text: str) -> str:
    """A tier label as the text writes it (docs/corpus.md: tiers "with their condition")."""
    return " ".join(text.split()).strip(" -–—:•*")


# a group exempted from the fee ("Bona fide senior members of 65 years and above are exempted
# from the registration fees"): that group's tier at 0, its words as written
_EXEMPT = lazy_compile(
    r"(?:^|(?<=[.;:•]\s))(?P<label>[A-Za-z][\w-]*(?:\s+[\w-]+){0,9}?)\s+(?:are|is|will\s+be|"
    r"shall\s+be)\s+(?:exempt(?:ed)?|waived)\s+from\s+(?:paying\s+)?(?:the\s+)?(?:registration\s+|"
    r"conference\s+|course\s+|delegate\s+)?fees?\b",
    re.IGNORECASE,
)


def exempt_group(text: str) -> re.Match[str] | None:
    """A group the line exempts from the fee, when its words hold a tier word."""
    m = _EXEMPT.search(text)
    return m if m and TIER_LABEL.search(m["label"]) else None
