"""A fee said in other words without a figure (R-CO-9; docs/corpus.md "Cost": `note` holds the
page's own words of a fee it states without a figure), on invented text: included in another
price, a kind of rate on offer, paying asked on a condition. The note is the sentence; the
activity is not free."""

from __future__ import annotations

from typing import Any

import pytest

from opencme.ingest.parsing.parser import parse_rules


def cost(text: str) -> dict[str, Any]:
    out: dict[str, Any] = parse_rules("Pebble Congress\n" + text + "\n", "t").record["cost"]
    return out


@pytest.mark.parametrize(
    "sentence",
    [
        "The fee for Contact Hours is included in the registration rate.",
        "The cost of the certificate is included in your course fee.",
        "Fees for CE credit are already included in the conference registration.",
        "Early registration rates are now available.",
        "Early-bird pricing is now open.",
        "Student rates are available.",
        "You will only be asked to pay for the course if you decide to take the post-test.",
        "Learners are required to pay only when they claim the certificate.",
    ],
)
def test_a_fee_said_without_a_figure_is_the_note(sentence: str) -> None:
    got = cost("Register below. " + sentence)
    assert (got["free"], got["amount"], got["note"]) == (False, None, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lunch is included in the registration.",
        "Hotel rates are now available at the venue.",
        "You will be asked to pay if you cancel after 1 May.",
    ],
)
def test_near_misses_state_no_fee(sentence: str) -> None:
    assert cost("Register below. " + sentence)["note"] is None
