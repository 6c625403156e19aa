"""A price not fixed yet (R-CO-10; docs/corpus.md "Cost"), on invented text: a figure right
after "TBA", "TBC", "to be confirmed" is an estimate, no amount; its sentence is the note and
the activity is not free."""

from __future__ import annotations

from typing import Any

import pytest

from opencme.ingest.parsing.parser import parse_rules


def cost(text: str) -> dict[str, Any]:
    out: dict[str, Any] = parse_rules("Pebble Programme\n" + text + "\n", "t").record["cost"]
    return out


@pytest.mark.parametrize(
    "line",
    [
        "Registration and tuition: TBA (approx. $1800–2100).",
        "Course fee: to be confirmed (around $300).",
        "Fee: TBC – expected to be about €150.",
        "Tuition: TBD, approximately £400.",
        "Course fees: to be announced (estimated $1,200).",
    ],
)
def test_a_figure_of_a_fee_not_fixed_is_no_amount(line: str) -> None:
    got = cost(line)
    assert (got["free"], got["amount"], got["tiers"], got["note"]) == (False, None, [], line)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Fee: $300. Venue TBA.", 300.0),
        ("Dates TBA (approx. 3 days). Fee: $300", 300.0),
    ],
)
def test_near_misses_keep_the_price(text: str, amount: float) -> None:
    assert cost(text)["amount"] == amount
