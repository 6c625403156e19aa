"""The currency of a price whose sign several countries share (a bare "$", "Rs.").

docs/corpus.md (Cost): "a bare "$" on a page of another country is that country's dollar when
the page is on its national domain or names its tax (GST, HST) or currency". The page text is
all the parser has, so the page's own words decide: one dollar currency code named on the page
(ISO 4217: AUD, NZD, CAD, SGD, HKD), or a tax only one country has: the Harmonized Sales Tax
(Canada Revenue Agency, https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/gst-hst-businesses.html:
"The HST is a combination of the GST and provincial sales tax ... in the participating
provinces"), "GST-free" supplies (Australian Taxation Office,
https://www.ato.gov.au/businesses-and-organisations/gst-excise-and-indirect-taxes/gst/gst-free-sales:
"GST-free sales ... You don't include GST in the price"), and a GST (`_gst_dollar`). Two
dollar codes ("pay in AUD or NZD") leave the currency unstated. With none of these, the
places a page names say its country: those of one dollar country (its name, states or
provinces, largest cities) and none of the United States (`_place_dollar`). "Rs." is the
rupee of the country the page names (ISO 4217: INR, PKR, LKR, NPR), India's when none is named.
"""

from __future__ import annotations

import re
from functools import lru_cache

from opencme.ingest.parsing.lazyre import lazy_compile

_DOLLAR_CODE = lazy_compile(r"\b(AUD|NZD|CAD|SGD|HKD)\b")
# a dollar named in words ("all prices in Canadian dollars", "Australian Dollars (AUD)")
_DOLLAR_NAME = lazy_compile(
    r"\b(Canadian|Australian|New\s+Zealand|Singapore|Hong\s+Kong)\s+(?i:dollars?|funds)\b"
)
_NAMED = {"Canadian": "CAD", "Australian": "AUD", "New Zealand": "NZD", "Singapore": "SGD"}
_TAX = (
    (lazy_compile(r"\bHST\b"), "CAD"),
    (lazy_compile(r"\bGST[\s-]free\b", re.IGNORECASE), "AUD"),
)
_RUPEE_COUNTRY = (
    (lazy_compile(r"\bPakistan"), "PKR"),
    (lazy_compile(r"\bSri\s+Lanka"), "LKR"),
    (lazy_compile(r"\bNepal"), "NPR"),
)
UNSTATED = ""  # the page names two dollars: no currency


@lru_cache(maxsize=16)  # asked once per "$" price of a page: the page's answer, once
def page_dollar(flat: str) -> str:
    """The currency of a bare "$" on this page: a dollar code or a national tax it names,
    UNSTATED for two codes, else USD."""
    codes = set(_DOLLAR_CODE.findall(flat))
    if "ollar" in flat or "unds" in flat or "OLLAR" in flat:
        codes |= {_NAMED.get(" ".join(n.split()), "HKD") for n in _DOLLAR_NAME.findall(flat)}
    if len(codes) == 1:
        return codes.pop()
    if len(codes) > 1:
        return UNSTATED
    for rx, code in _TAX:
        if rx.search(flat):
            return code
    if "GST" in flat or "gst" in flat:
        return _gst_dollar(flat)
    return _place_dollar(flat)


# the places of a country with its own dollar: its name, its states or provinces and largest
# cities (the names a page gives a venue: "Perth September 15-16", "Paramedicine Across Canada")
_DOLLAR_PLACES = (
    (
        lazy_compile(
            r"\bCanad(?:a|ian)\b|\b(?:Ontario|Alberta|British\s+Columbia|Manitoba|Saskatchewan|"
            r"Qu[eé]bec|Nova\s+Scotia|New\s+Brunswick|Newfoundland|Toronto|Montr[eé]al|Vancouver|"
            r"Ottawa|Calgary|Edmonton|Winnipeg)\b"
        ),
        "CAD",
    ),
    (
        lazy_compile(
            r"\bAustralian?\b|\b(?:New\s+South\s+Wales|Queensland|Tasmania|Sydney|Melbourne|"
            r"Brisbane|Perth|Adelaide|Hobart|Canberra)\b"
        ),
        "AUD",
    ),
    (lazy_compile(r"\bNew\s+Zealand\b|\bAotearoa\b|\b(?:Auckland|Christchurch|Dunedin)\b"), "NZD"),
    (lazy_compile(r"\bSingapore\b"), "SGD"),
)
# a page of the United States: a state's name, the country's, "America(n)"
_US_PLACE = lazy_compile(
    r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    r"Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    r"Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    r"New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|North\s+Dakota|"
    r"Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|"
    r"Tennessee|Texas|Utah|Vermont|Virginia|Washington|Wisconsin|Wyoming|District\s+of\s+Columbia|"
    r"United\s+States|America|American|USA|U\.S\.A?\.?|US)\b"
)


def _place_dollar(flat: str) -> str:
    """A bare "$" on a page naming the places of one dollar country other than the United
    States (not after "from" or "of": a speaker's or a university's) and none of the United
    States (docs/corpus.md "Cost": a page of another country
    that says so) is that country's dollar; else USD."""
    found = {code for rx, code in _DOLLAR_PLACES for m in rx.finditer(flat) if _held(flat, m)}
    if len(found) != 1 or _US_PLACE.search(flat):
        return "USD"
    return found.pop()


# a place someone or something comes from or belongs to ("Speaker from Alberta", "University of
# Toronto") is no place of the page's activity
_ORIGIN = lazy_compile(r"(?:\bfrom|\bof)\s+(?:the\s+)?$", re.IGNORECASE)


def _held(flat: str, m: re.Match[str]) -> bool:
    return _ORIGIN.search(flat, max(0, m.start() - 10), m.start()) is None


# a Goods and Services Tax: the dollar of the country the page names, Australia's when none
_GST = lazy_compile(r"\bGST\b", re.IGNORECASE)
_GST_COUNTRY = (
    (lazy_compile(r"\bNew\s+Zealand\b|\bAotearoa\b"), "NZD"),
    # Canada, or a province that levies the GST without the HST (Canada Revenue Agency, "GST/HST
    # rates": 5% in Alberta, British Columbia, Manitoba, Quebec, Saskatchewan, the territories)
    (
        lazy_compile(
            r"\bCanad(?:a|ian)\b|\b(?:Alberta|British\s+Columbia|Manitoba|Saskatchewan|Qu[eé]bec|"
            r"Yukon|Nunavut|Northwest\s+Territories)\b"
        ),
        "CAD",
    ),
    (lazy_compile(r"\bSingapore\b"), "SGD"),
    (lazy_compile(r"\bAustralian?\b"), "AUD"),
)
_RUPEE = lazy_compile(r"\bRs\.?\s?\d|₹|\bINR\b|\bIndia\b")


def _gst_dollar(flat: str) -> str:
    """The dollar of a page naming a GST: the United States levies none, so a bare "$" beside
    "inc GST" is not USD. The country the page names decides (New Zealand, Canada, Singapore
    and Australia levy one; two named leave it unstated); without one, Australia's, the
    largest market quoting prices "inc GST" (its consumer law asks for the total price,
    taxes included). A page pricing in rupees too (India's GST) keeps USD for its dollar."""
    if not _GST.search(flat) or _RUPEE.search(flat):
        return "USD"
    found = {code for rx, code in _GST_COUNTRY if rx.search(flat)}
    if len(found) == 1:
        return found.pop()
    return "AUD" if not found else UNSTATED


def page_rupee(flat: str) -> str:
    for rx, code in _RUPEE_COUNTRY:
        if rx.search(flat):
            return code
    return "INR"


# the money of other countries (dollars, pounds, euros, rupees): an "R" before a grouped figure on
# a page pricing in them is no rand
_OTHER_MONEY = lazy_compile(r"[$£€₹]|\b(?:USD|CAD|AUD|NZD|GBP|EUR|INR)\b")


@lru_cache(maxsize=16)
def rand_page(flat: str) -> bool:
    """An "R" before a grouped figure ("R3,450", "R 8 000") is the South African rand (its
    sign, South African Reserve Bank; ISO 4217 ZAR) on a page that prices in no other money:
    pages of South Africa often name no country (a society's acronym, a campus), and the sign
    with a figure grouped in thousands or with cents is a price's shape."""
    return _OTHER_MONEY.search(flat) is None
