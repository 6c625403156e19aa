"""A bare "$" on a page of another dollar country that says so by its places (docs/corpus.md
"Cost"; currency.py), on invented text: the places of one dollar country other than the
United States, and none of the United States, make the "$" that country's dollar."""

from __future__ import annotations

from typing import Any

import pytest

from opencme.ingest.parsing.parser import parse_rules


def cost(text: str) -> dict[str, Any]:
    out: dict[str, Any] = parse_rules("Pebble Workshop\n" + text + "\n", "t").record["cost"]
    return out


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Perth 15-16 September 2031\nMelbourne 21-22 July 2031\nWorkshop fee: $590", "AUD"),
        ("Pebble Care Across Canada Expo 2031\nCost $125 - Lunch provided", "CAD"),
        ("Held at the Harbour Hotel, Toronto, Ontario.\nRegistration: $240", "CAD"),
        ("Venue: Tern Hall, Brisbane, Queensland\nFee: $310", "AUD"),
        ("The course runs in Auckland and Christchurch.\nCourse fee: $450", "NZD"),
        ("Held in Singapore at the Pebble Centre.\nFee: $200", "SGD"),
    ],
)
def test_a_dollar_on_a_page_of_one_dollar_country_is_its_dollar(text: str, currency: str) -> None:
    assert cost(text)["currency"] == currency


@pytest.mark.parametrize(
    "text",
    [
        # a page of the United States naming another country too
        "Speakers from Canada and Texas join us in Dallas, Texas.\nRegistration: $240",
        # two dollar countries named: no country decides
        "Sessions in Sydney and Toronto.\nFee: $300",
        # no place at all
        "Registration fee: $99",
        # a place someone comes from or belongs to is no place of the activity
        "Fee: $200\nSpeaker from Alberta.",
        "Fee: $150\nDr Ann Roe, University of Toronto, presents.",
        # the American association's page mentioning an Australian speaker
        "An American Pebble Association webinar with a speaker from Australia.\nFee: $25",
    ],
)
def test_near_misses_keep_the_us_dollar(text: str) -> None:
    assert cost(text)["currency"] == "USD"
