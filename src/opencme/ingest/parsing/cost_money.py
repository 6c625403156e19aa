"""A sum of money as pages of many countries write it: the mark, the figure, the currency.

ACTIVITY-RECORD.md: a tier's and the cost's `currency` is an ISO 4217 code; docs/corpus.md
(Cost): "Currency from the symbol or code shown". The marks read here:

- a code or symbol before the figure: "US$", "USD", "CAD", "CA$", "C$", "CDN$", "Can$",
  "AUD", "AU$", "A$", "NZD", "NZ$", "SGD", "S$", "HKD", "HK$", "EUR", "€", "GBP", "£", "CHF",
  "INR", "₹", "Rs.", "PKR"; a mark led by letters only where no letter stands before it
  ("CA$199" is Canada's dollar, not "A$199");
- a code, symbol or name after the figure, as European and Canadian pages write it ("250 EUR",
  "150 €", "1 250 € TTC", "95 euros", "$250 CAD": the code after a bare "$" names its dollar);
- figures grouped as the page's country groups them: "1,250.00", Indian lakhs "1,50,000",
  European "1.250,00" and "1 250" (the last only before a mark after the figure).

A bare "$" (and "Rs.") is read by the page's words (`currency.py`), and so is the rand's "R"
before a grouped figure ("R3,450", "R 8 000"): a price only on a page pricing in no other money.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

# a figure: Indian lakh grouping first ("1,50,000"), then thousands by commas, by stops with
# decimal commas ("1.250,00"; three digits after a stop are never cents), plain digits
_NUM = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{2})?"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d{2})?"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d{2})?"
    r"|\d+(?:[.,]\d{2})?"
)
# a figure before a mark after it may also group by spaces ("1 250 €")
_NUM_AFTER = (
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{2})?|"
    + _NUM.replace(r"|\d+(?:[.,]\d{2})?", "")
    # plain digits: two or more ("Module 3 CAD" is coronary artery disease, no price)
    + r"|\d{2,}(?:[.,]\d{2})?"
)
# a rand figure: thousands grouped by commas or spaces, cents kept ("3,450", "8 000", "1,500.00")
_RAND_NUM = r"\d{1,3}(?:[, \u00a0]\d{3})+(?:\.\d{2})?|\d+\.\d{2}"
_RAND = r"(?<![A-Z])(?P<rcur>(?-i:R))\s?(?P<rnum>" + _RAND_NUM + r")(?![\d,.]\d|\d)"
# marks before the figure; letter-led ones not inside a word
# other ISO 4217 codes a price may be written in ("AED 1,500", "KES 5,000", "PHP 3,500")
OTHER_CODES = (
    "AED|SAR|QAR|KWD|BHD|OMR|EGP|KES|ZAR|NGN|GHS|PHP|MYR|THB|IDR|JPY|CNY|KRW|BRL|MXN|SEK|NOK|"
    "DKK|PLN|CZK|HUF|TRY|ILS|LKR|BDT|NPR"
)
# letter-led marks in their own case, also inside a pattern compiled to ignore case ("a $50"
# is no Australian dollar)
_MARK_BEFORE = (
    r"(?-i:(?<![A-Za-z])(?:US\$|USD\s?\$?|(?:CAD|CDN|Can|CA)\s?\$|CAD\s?|C\$|(?:AUD|AU|A)\s?\$|"
    r"AUD\s?|(?:NZD|NZ)\s?\$|NZD\s?|(?:SGD|S)\s?\$|SGD\s?|(?:HKD|HK)\s?\$|HKD\s?|EUR\s?|GBP\s?|"
    r"CHF\s?|Rs\.?\s?|INR\s?|PKR\s?|R\$\s?"
    # another code before a sum of a hundred or more ("AED 1,500"; not "TRY 3 times")
    r"|(?:" + OTHER_CODES + r")\s?(?=\d{3}|\d{1,3}[,.]\d{3})))|\$|€|£|₹|₱|₦"
)
# marks after the figure: a code, a symbol, the currency's name
_MARK_AFTER = (
    # not "INR" (a laboratory ratio: "target 2.5 INR")
    r"€|£|(?-i:(?:USD|CAD|AUD|NZD|SGD|HKD|EUR|GBP|CHF|" + OTHER_CODES + r")\b)|(?i:euros?)\b|"
    r"(?i:(?:canadian|australian|new\s+zealand|singapore|us|u\.s\.)\s+dollars)\b"
)
# not the tail of a figure or of a mark ("2,50 EUR" is one sum; "$150 EUR" reads the "$")
PRICE_PATTERN = (
    # a capital, a sign or a digit first: the engine passes every other character at once
    # (vocab.led_by's form, which tests/test_led_by.py checks against the plain pattern)
    r"(?=[A-Z$€£₹₱₦\d])(?:"
    # not a figure going on ("INR 2.5" is a laboratory ratio, "$1.5 million" a sum)
    r"(?:(?P<cur>" + _MARK_BEFORE + r")\s?(?P<num>" + _NUM + r")(?![\d-]|[.,]\d)"
    r"|(?<![\w.,$€£₹])(?P<tnum>" + _NUM_AFTER + r")\s?(?P<tcur>" + _MARK_AFTER + r")(?!\s?\d)"
    # the South African rand's "R" before a figure grouped by commas or spaces or with its
    # cents ("R3,450", "R 8 000", "R1,500.00"; a table's cells may glue it to a word:
    # "MemberR3,000.00"); read as a price only on a page in no other money (`currency.rand_page`)
    r"|" + _RAND + r")"
    # a sum of money in a sentence about costs to society, not a price ("$100 billion")
    r"(?!\s*(?i:million|billion|trillion|bn|mn)\b))"
)
PRICE = lazy_compile(PRICE_PATTERN)

CURRENCY = {
    "$": "USD",
    "US$": "USD",
    "USD": "USD",
    "CAD": "CAD",
    "C$": "CAD",
    "CA$": "CAD",
    "CDN$": "CAD",
    "CAN$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD": "AUD",
    "NZD": "NZD",
    "NZ$": "NZD",
    "SGD": "SGD",
    "S$": "SGD",
    "HKD": "HKD",
    "HK$": "HKD",
    "€": "EUR",
    "EUR": "EUR",
    "EURO": "EUR",
    "EUROS": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "CHF": "CHF",
    "INR": "INR",
    "₹": "INR",
    "PKR": "PKR",
    "CANADIAN DOLLARS": "CAD",
    "AUSTRALIAN DOLLARS": "AUD",
    "NEW ZEALAND DOLLARS": "NZD",
    "SINGAPORE DOLLARS": "SGD",
    "US DOLLARS": "USD",
    "U.S. DOLLARS": "USD",
    "R$": "BRL",
    "₱": "PHP",
    "₦": "NGN",
    **{code: code for code in OTHER_CODES.split("|")},
}
# the code after a bare "$" that names its dollar ("$250 CAD", "$1,200 AUD incl. GST")
_CODE_AFTER = lazy_compile(r"\s?(USD|CAD|AUD|NZD|SGD|HKD)\b")


def mark(m: re.Match[str], text: str) -> str:
    """The price's mark as written, spaces dropped and in capitals ("CA$", "€", "EUR"); a bare
    "$" followed by a dollar code is that code."""
    if m["tcur"] is not None:
        return " ".join(m["tcur"].upper().split())
    if m["rcur"] is not None:
        return RAND
    tag = "".join(m["cur"].split()).upper()
    if tag == "$":
        code = _CODE_AFTER.match(text, m.end())
        if code:
            return code[1]
    return tag


RAND = "R"  # the rand's mark, a price on a page in no other money (`currency.rand_page`)
RAND_FIGURE = lazy_compile(_RAND)


def code_of(tag: str) -> str:
    """The ISO code of a mark that is not a bare "$" or "Rs." ("CA$" -> CAD, "USD$" -> USD)."""
    return CURRENCY.get(tag, CURRENCY.get(tag.rstrip("$"), CURRENCY.get(tag + "$", "USD")))


def figure(m: re.Match[str]) -> str:
    """The figure as written."""
    if m["num"] is not None:
        return str(m["num"])
    return str(m["tnum"] if m["tnum"] is not None else m["rnum"])


def amount(num: str) -> float:
    """A figure's value: "1,250.00", "1,50,000", "1.250,00", "1 250", "150,00"."""
    num = "".join(num.split())
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d+,\d{2}", num):
        num = num.replace(".", "").replace(",", ".")  # European: stops group, a comma decimals
    return float(num.replace(",", ""))
