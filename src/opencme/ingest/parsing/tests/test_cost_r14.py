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
