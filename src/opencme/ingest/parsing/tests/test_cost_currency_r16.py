"""Currencies as pages of many countries write them (round 16; docs/corpus.md "Cost": currency
from the symbol or code shown, a bare "$" by the page's own words), on invented text."""

from __future__ import annotations

from typing import Any

import pytest

from opencme.ingest.parsing.parser import parse_rules


def cost(text: str) -> dict[str, Any]:
    out: dict[str, Any] = parse_rules(text).record["cost"]
    return out


def price(text: str) -> tuple[Any, Any]:
    c = cost(text)
    return c["amount"], c["currency"]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a dollar mark led by its country's letters
        ("Registration fee: AU$250 per person", (250, "AUD")),
        ("Registration fee: CA$199", (199, "CAD")),  # not "A$199"
        ("Course fee: CDN$350 (plus applicable taxes)", (350, "CAD")),
        ("Course fee: Can$ 420", (420, "CAD")),
        ("Fee: S$200 (inclusive of GST)", (200, "SGD")),
        ("Tuition: HK$1,800", (1800, "HKD")),
        ("Workshop fee: NZ$95 incl. GST", (95, "NZD")),
        # a code, symbol or name after the figure
        ("Registration fee: 250 EUR", (250, "EUR")),
        ("Fee: 150 €", (150, "EUR")),
        ("Registration fee: 1 250 € TTC", (1250, "EUR")),
        ("Delegate fee: 480 CHF", (480, "CHF")),
        ("Course fee: 95 euros per delegate", (95, "EUR")),
        ("Fee: $250 CAD", (250, "CAD")),
        ("Registration: $1,200 AUD incl. GST", (1200, "AUD")),
        # figures grouped as the country groups them ("Rs. 1,50,000" is 150000, above the
        # record's 9999: no amount, the note holds its line, R-CO-13; test below)
        ("Registration: Rs. 1,500 for the full course", (1500, "INR")),
        ("Registration fee: €1.250,00", (1250, "EUR")),
        ("Course fee: £1,250.00 + VAT", (1250, "GBP")),
    ],
)
def test_a_currency_mark_before_or_after_the_figure(line: str, want: tuple[Any, Any]) -> None:
    assert price("Widget Skills Day\n" + line + "\n") == want


def test_an_indian_grouped_figure_above_the_records_limit_is_the_note() -> None:
    # read as 150000 (not 1.50 or 150): above 9999, so no amount, its line the note (R-CO-13)
    got = cost("Widget Skills Day\nRegistration: Rs. 1,50,000 for the full course\n")
    assert (got["amount"], got["currency"], got["note"]) == (
        None,
        "INR",
        "Registration: Rs. 1,50,000 for the full course",
    )


def test_the_course_costs_a_sum_is_its_price() -> None:
    assert price("Widget Day\nThe course costs NZ$300 incl. GST.\n") == (300, "NZD")
    assert price("Widget Day\nEach place costs £45.\n") == (45, "GBP")


def test_a_bare_dollar_on_a_page_naming_its_dollar_in_words() -> None:
    assert price("Widget Day\nCost: $300 (all prices in Canadian dollars)\n") == (300, "CAD")
    text = "Widget Day\nFee: $180\nPrices are quoted in Australian Dollars.\n"
    assert price(text) == (180, "AUD")


def test_a_gst_in_a_canadian_province_is_the_canadian_dollar() -> None:
    text = "Widget Day\nRegistration: $495 + GST\nHeld in Calgary, Alberta.\n"
    assert price(text) == (495, "CAD")
    text = "Widget Day\nRegistration: $495 + GST\nVenue: Saskatoon, Saskatchewan\n"
    assert price(text) == (495, "CAD")


def test_near_misses_stay_unread() -> None:
    # a year before a mark is no figure of it; the figure after the mark is the price
    assert price("Widget Day\nEarly fee until 30 June 2027 € 150\n") == (150, "EUR")
    # a drug's cost is no price of the activity
    assert price("Widget Day\nThe drug costs $500 per month.\n") == (None, None)
    # a sum of money about society, not a price
    assert price("Widget Day\nDementia costs the economy 15 billion EUR a year.\n") == (None, None)
    # a bare dollar with a province name but no tax stays the page's plain dollar
    assert price("Widget Day\nFee: $200\nSpeaker from Alberta.\n") == (200, "USD")
    # "PST" is a time zone on many pages, no tax
    assert price("Widget Day\nFee: $60\nStarts 12:00 PM PST\n") == (60, "USD")


def test_medical_abbreviations_after_or_before_a_figure_are_no_currency() -> None:
    # "CAD" is coronary artery disease, "INR" a laboratory ratio
    assert price("Widget Day\nModule 3 CAD\n") == (None, None)
    assert price("Widget Day\nWarfarin: target INR 2.5 for most patients; no fee.\n")[0] != 2
    assert price("Widget Day\nRegistration fee: $1.5 million in grants awarded\n") == (None, None)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Registration fee: AED 1,500", (1500, "AED")),
        ("Course fee: KES 5,000 per delegate", (5000, "KES")),
        ("Inscrição: R$ 350,00", (350, "BRL")),
        ("Price: ₱2,500", (2500, "PHP")),
        ("Course fee: 1.200 SEK", (1200, "SEK")),
    ],
)
def test_other_iso_codes_and_symbols_on_a_cost_line(line: str, want: tuple[Any, Any]) -> None:
    assert price("Widget Skills Day\n" + line + "\n") == want


@pytest.mark.parametrize("line", ["Fee: TRY 3 times", "Price: SAR 2 team", "Cost is a $50 fee"])
def test_a_code_before_a_small_figure_or_an_article_is_no_mark(line: str) -> None:
    c = cost("Widget Skills Day\n" + line + "\n")
    assert c["currency"] not in ("TRY", "SAR", "AUD")
