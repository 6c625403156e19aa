"""A heading right above a line that is only its credit amount (R-TI-16): "Assessing Knee Pain
in Sport" / "(12.5 CEUs)", "Asthma Course" / "17.5 CEUs". A catalogue sets the amount under the
activity's name; a section heading above it ("Knee Pain CPD") is a category, the line right
above the amount the activity."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

# what a line right above a bare credit amount adds to a heading's score
OVER_CREDIT = 1.0
_AMOUNT = lazy_compile(
    r"^\(?\s*\d{1,3}(?:\.\d{1,2})?\s*(?:CEUs?|CE|CME|CPD|CNE|CE\s+(?:Hours?|Credits?)"
    r"|contact\s+hours?|credits?|hours?|hrs?|points?)\s*\)?$",
    re.IGNORECASE,
)


def over_credit(below: str) -> bool:
    """The line below is only a credit amount: "(12.5 CEUs)", "17.5 CEUs", "1.5 hrs"."""
    t = below.strip()
    return 3 <= len(t) <= 30 and (t[:1].isdigit() or t[:1] == "(") and _AMOUNT.match(t) is not None
