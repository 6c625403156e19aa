"""R-CO-13: a price of 10 000 or more is no amount the record holds: its line is the note."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Dermatology Diploma\n\nA part-time online postgraduate diploma.\n\nFees\n"


@pytest.mark.parametrize(
    ("lines", "note", "currency"),
    [
        ("Home: £11,350\nOverseas: £15,750\n", "Home: £11,350 Overseas: £15,750", "GBP"),
        ("Tuition: $12,500\n", "Tuition: $12,500", "USD"),
        ("Programme fee: €10,000\n", "Programme fee: €10,000", "EUR"),
        ("Course fee: AUD 18,900 (inc GST)\n", "Course fee: AUD 18,900 (inc GST)", "AUD"),
        ("Registration: Rs. 12,000\n", "Registration: Rs. 12,000", "INR"),
    ],
)
def test_a_price_the_record_cannot_hold_is_the_note(lines: str, note: str, currency: str) -> None:
    cost = record(_HEAD + lines)["cost"]
    assert (cost["free"], cost["amount"], cost["tiers"], cost["note"]) == (False, None, [], note)
    assert cost["currency"] == currency


def test_a_price_under_the_limit_stays_an_amount() -> None:
    cost = record(_HEAD + "Course fee: $9,999\n")["cost"]
    assert (cost["amount"], cost["note"]) == (9999.0, None)


def test_other_prices_stay_tiers_beside_the_note() -> None:
    cost = record(_HEAD + "Members: $950\nNon-members: $1,200\nFull programme: $14,000\n")["cost"]
    assert [(t["label"], t["amount"]) for t in cost["tiers"]] == [
        ("Members", 950.0),
        ("Non-members", 1200.0),
    ]
    assert cost["note"] == "Full programme: $14,000"
