"""Cost classes of round 14 (docs/corpus.md "Cost"; rules.md R-CO-1..4) on invented text."""

from __future__ import annotations

from typing import Any

from opencme.ingest.parsing.parser import parse_rules


def cost(text: str) -> dict[str, Any]:
    out: dict[str, Any] = parse_rules(text).record["cost"]
    return out


def test_a_dollar_price_with_gst_is_not_the_us_dollar() -> None:
    c = cost("Widgets\n1 day course $310.00 (per student inc gst)\n")
    assert (c["amount"], c["currency"]) == (310.0, "AUD")
    c = cost("Widget Course\n  • $199 incl. GST\nA course run across New Zealand.\n")
    assert c["currency"] == "NZD"
    c = cost("Widget Course\nFee: $450 + GST\nOffered in Toronto, Canada.\n")
    assert c["currency"] == "CAD"
    text = "Widget Congress\nIndian delegates: Rs. 5000 + 18% GST\nForeign delegates: $300\n"
    assert cost(text)["currency"] != "AUD"


def test_a_discount_is_no_price() -> None:
    text = (
        "Widget Test\nMail the form and registration fee of $18.50 to the Widget Group.\n"
        "Send two or more tests together and deduct $0.75 from the price of each test.\n"
    )
    c = cost(text)
    assert (c["amount"], c["tiers"]) == (18.5, [])
    text = "Widget Test\nMail the form and the registration fee to us.\nSave $5 on each test.\n"
    assert cost(text)["amount"] is None


def test_a_line_that_is_only_free_is_the_price() -> None:
    c = cost("Widget Care: An Update\n\nComplimentary\n\nReleased on 3/12/31\n")
    assert (c["free"], c["amount"]) == (True, 0)
    assert cost("Widget Care\n\nFREE\n\nStart Activity\n")["free"] is True


def test_cents_set_apart_after_a_whole_dollar_price_at_the_line_end() -> None:
    assert cost("Widget eBook\n30 hours $64 95\n")["amount"] == 64.95
    assert cost("Widget eBook\nPrice: $64 for 12 hours\n")["amount"] == 64.0


def test_a_group_that_attends_for_free_is_a_tier_at_zero() -> None:
    text = (
        "Pebble Symposium\nThe cost of the event is $40 and lunch is included. All students "
        "may register and attend for free, and nurses will earn six units.\n"
    )
    c = cost(text)
    assert (c["free"], c["amount"]) == (False, 0)
    assert [(t["label"], t["amount"]) for t in c["tiers"]] == [(None, 40.0), ("students", 0.0)]
    text = "Pebble Symposium\nRegistration fee: $40. Residents attend free of charge.\n"
    assert [(t["label"], t["amount"]) for t in cost(text)["tiers"]] == [
        (None, 40.0),
        ("Residents", 0.0),
    ]


def test_a_charge_added_for_a_way_of_paying_is_no_price() -> None:
    text = (
        "Pebble Congress\nRegistration fee (see the table). Please add Rs. 100/- for outstation "
        "cheques.\nDelegates: Rs. 2500\n"
    )
    assert cost(text)["amount"] == 2500.0


def test_the_lowest_price_is_read_in_the_currency_the_page_prices_in_first() -> None:
    text = "Pebble Congress\nIndian delegates: Rs. 4000\nResidents: Rs. 2500\nForeign: US$ 100\n"
    c = cost(text)
    assert (c["amount"], c["currency"]) == (2500.0, "INR")
