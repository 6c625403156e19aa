"""R-CO-16: a lower price for some, or a purchase required, says there is a price (invented
text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def cost(text: str) -> dict[str, object]:
    return parse_rules("Harbour Wound Care Update\n\n" + text + "\n").record["cost"]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Members of the Harbour Society get reduced fees.", None),
        ("Fellows enjoy special pricing on all three modules.", None),
        ("We offer a student discount for nurses in training.", None),
        ("Sample pages only. Purchase required for the whole course.", None),
        (
            "Society Perk: Fellows pay a discounted rate.",
            "Fellows pay a discounted rate.",
        ),
    ],
)
def test_a_lower_price_for_some_says_there_is_a_price(text: str, note: str | None) -> None:
    got = cost(text)
    assert got["free"] is False
    assert got["note"] == (note or text.split(". ")[-1])


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Hotel offers a discounted rate to delegates.",
        "Book the whole series to get a discount.",
        "Members get a 10% discount on the course.",
        "A bulk discount has been arranged on parking.",
    ],
)
def test_a_hotel_a_lone_discount_or_a_figure_says_no_fee_without_a_figure(text: str) -> None:
    assert cost(text)["note"] is None
