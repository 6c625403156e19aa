"""R-DT-17: a page that writes its slash dates day first writes them all so.

R-DT-2 reads a slash date month first unless a number cannot be a month. A page whose slash
dates include one that can only be day first ("15/06/2031") and none that can only be month
first ("06/15/2031") writes day first throughout, as Britain, Europe, Australia, India and most
countries do: an ambiguous date of that page ("12/03/2031") is the 12th of March, not the 3rd
of December. So does a page that shows it is of a country writing day first, by its money or
its telephone numbers, with no slash date that can only be month first: the short date formats
of the Unicode CLDR are day first there, month first in the United States. The evidence and its
sources are in data/date_orders.json: prices in pounds, euros or rupees (a sign or an ISO 4217
code), a dollar `currency.page_dollar` reads as Australia's, New Zealand's, Singapore's or Hong
Kong's, or a telephone number with the calling code of the United Kingdom, Ireland, Australia,
New Zealand, India, Singapore or Hong Kong. Canada writes both orders: its dollar decides
nothing. The dates the reader took from such ambiguous slash dates are read again day first.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from opencme.ingest.parsing.currency import page_dollar
from opencme.ingest.parsing.date_grammar import SLASH
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_FIELDS = ("start_date", "end_date", "expires")


# what shows a country writing day first (data/date_orders.json, with its sources)
_ORDERS = json.loads(
    (Path(__file__).with_name("data") / "date_orders.json").read_text(encoding="utf-8")
)
# its money: a sign, a code, or rupees written "Rs." ("£250", "EUR 90", "Rs. 500")
_DAY_FIRST_MONEY = lazy_compile(
    "["
    + "".join(_ORDERS["money"]["signs"])
    + "]"
    + r"|\b(?:"
    + "|".join(_ORDERS["money"]["codes"])
    + r")\b|\bRs\.?\s?\d"
)
# a telephone number with its calling code ("+44 (0)20 7946 0000", "+61 3 9000 0000")
_DAY_FIRST_PHONE = lazy_compile(r"\+\s?(?:" + "|".join(_ORDERS["calling_codes"]) + r")[\s(.-]*\d")
_DAY_FIRST_DOLLARS = frozenset(_ORDERS["dollars"])


def day_first_country(flat: str) -> bool:
    """The page shows it is of a country that writes dates day first: its money, its telephone
    numbers, or the places it names (`page_dollar` reads a page's country from them for its
    "$", none of the United States among them)."""
    return bool(
        _DAY_FIRST_MONEY.search(flat)
        or _DAY_FIRST_PHONE.search(flat)
        or page_dollar(flat) in _DAY_FIRST_DOLLARS
    )


def _day_first_page(flat: str) -> bool:
    day_first = month_first = ambiguous = False
    for m in SLASH.finditer(flat):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            day_first = True
        elif b > 12 >= a:
            month_first = True
        elif a != b:
            ambiguous = True
    if month_first:
        return False
    return day_first or (ambiguous and day_first_country(flat))


def day_first_dates(doc: Doc, out: dict[str, str | None]) -> None:
    """Read the page's ambiguous slash dates day first when the page writes day first."""
    if ("/" not in doc.flat and "-" not in doc.flat) or not _day_first_page(doc.flat):
        return
    for field in _FIELDS:
        value = out.get(field)
        if not value or len(value) != 10:
            continue
        y, mo, d = int(value[:4]), int(value[5:7]), int(value[8:10])
        if mo == d or d > 12:
            continue
        written = re.compile(rf"(?<!\d)0?{mo}(?P<sep>[/-])0?{d}(?P=sep){y}(?!\d)")
        if written.search(doc.flat):
            out[field] = f"{y:04d}-{d:02d}-{mo:02d}"
    s, e = out.get("start_date"), out.get("end_date")
    if s and e and len(s) == len(e) == 10 and e < s:
        out["end_date"] = None  # the two no longer make a range: keep the start only
