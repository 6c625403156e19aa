"""R-CO-17: a lodging rate is no price of the activity; a tier's dash glued to its label
(invented text; each positive case failed before)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def cost(text: str) -> dict[str, object]:
    return parse_rules("Harbour Wound Care Update\n\n" + text + "\n").record["cost"]


def test_a_lodging_rate_is_no_price() -> None:
    got = cost(
        "The cost of $450 includes 12 CME credits and two lunches.\n"
        "A room block at the Harbour Inn is held for a price of $139 per night plus taxes."
    )
    assert got["amount"] == 450.0
    assert got["tiers"] == []


def test_tiers_with_the_dash_glued_to_their_labels() -> None:
    got = cost(
        "Registration\nQRS Member- $300\nQRS Resident or Student Member- $150\nNon-member- $380"
    )
    assert got["tiers"] == [
        {"label": "QRS Member", "amount": 300.0, "currency": "USD"},
        {"label": "QRS Resident or Student Member", "amount": 150.0, "currency": "USD"},
        {"label": "Non-member", "amount": 380.0, "currency": "USD"},
    ]
