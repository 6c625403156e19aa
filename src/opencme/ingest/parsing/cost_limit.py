"""R-CO-13: a price the record cannot hold is no amount.

The activity record holds a cost amount from 0 to 9999 (activities/records.py checks it). A
price of 10 000 or more (a university programme's tuition, "Home: £11,350"; "Rs. 10,000" at a
conference) is no amount and no tier: the line that states it, as written, is the note (the
qmul.ac.uk and conferenceindia.org labels); with no other price, the amount stays unstated and
the activity not free, in the price's currency.
"""

from __future__ import annotations

from typing import Any

LIMIT = 10_000  # the record's amounts run from 0 to 9999


def over_limit(cost: dict[str, Any], big: list[tuple[str, str | None]]) -> None:
    """Write the lines of the prices the record cannot hold into the note."""
    if not big:
        return
    lines = list(dict.fromkeys(text for text, _currency in big))
    cost["note"] = " ".join(lines)
    if cost["amount"] is None:
        cost["free"] = False
        cost["currency"] = cost["currency"] or big[0][1]
