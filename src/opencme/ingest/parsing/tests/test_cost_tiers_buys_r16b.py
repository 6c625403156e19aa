"""What a price buys is no tier's condition (R-CO-8; docs/corpus.md "Cost"), on invented text:
"$25 for the CE course" names the thing paid for, not who pays; the payer before the verb is
the condition ("Non-members will pay a fee of $25 for the workshop")."""

from __future__ import annotations

from typing import Any

import pytest

from opencme.ingest.parsing.parser import parse_rules


def labels(text: str) -> list[str | None]:
    cost: dict[str, Any] = parse_rules("Pebble Evening\n" + text + "\n", "t").record["cost"]
    return [t["label"] for t in cost["tiers"]]


@pytest.mark.parametrize(
    ("text", "bought"),
    [
        (
            "Lectures are at no charge to members. Non-members will pay a fee of $25 for the CE "
            "course and certificate.",
            "the CE course",
        ),
        ("Fee: $25 for members, $40 for the full course.", "the full course"),
        ("Registration: $30 for students; $60 for this two-day workshop", "this two-day workshop"),
        ("Cost: Students pay $15 for each module; others pay $20.", "each module"),
        ("Fee: $35 for residents, $70 for the day.", "the day"),
        ("Fee: $20 for students, $45 for the course materials.", "the course materials"),
    ],
)
def test_what_a_price_buys_is_no_condition(text: str, bought: str) -> None:
    assert bought not in labels(text)


def test_the_payer_before_the_verb_is_the_condition() -> None:
    text = (
        "Lectures are at no charge to members. Non-members will pay a fee of $25 for the CE "
        "course and certificate."
    )
    assert labels(text) == ["members", "Non-members"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Fee: $25 for members, $40 for non-members.", ["members", "non-members"]),
        ("Fee: $50 for the first session, $30 for members.", [None, "members"]),
    ],
)
def test_people_after_for_stay_conditions(text: str, want: list[str | None]) -> None:
    assert labels(text) == want
