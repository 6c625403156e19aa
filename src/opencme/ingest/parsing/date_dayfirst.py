"""R-DT-17: a page that writes its slash dates day first writes them all so.

R-DT-2 reads a slash date month first unless a number cannot be a month. A page whose slash
dates include one that can only be day first ("15/06/2031") and none that can only be month
first ("06/15/2031") writes day first throughout, as Britain, Europe, Australia, India and most
countries do: an ambiguous date of that page ("12/03/2031") is the 12th of March, not the 3rd
of December. The dates the reader took from such ambiguous slash dates are read again so.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.date_grammar import SLASH
from opencme.ingest.parsing.layouts import Doc

_FIELDS = ("start_date", "end_date", "expires")


def _day_first_page(flat: str) -> bool:
    day_first = month_first = False
    for m in SLASH.finditer(flat):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            day_first = True
        elif b > 12 >= a:
            month_first = True
    return day_first and not month_first


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
