"""A gathering's date alone on its line under the page's name, beside a venue (R-FO-11;
invented text)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def fmt(text: str) -> object:
    return parse_rules(text).record["format"]


@pytest.mark.parametrize(
    "text",
    [
        "Regional Dermatology Workshop\nSaturday 5 June 2027\n"
        "Venue: Riverside Community Hall, Eastfield\n",
        "Wound Care Course\n5 June 2027\nRiverside Hotel, Eastfield\n",
        "Airway Training\nJune 5, 2027\nSimulation Centre, Northfield Hospital\n",
        "Renal Masterclass\n05/06/2027\nLecture Theatre 2, Eastfield Campus\n",
        "Sepsis Seminar\nThursday, 3 June 2027\nHeld in person at 12 Elm Street, Northfield.\n",
    ],
)
def test_a_dated_gathering_with_a_venue_is_live(text: str) -> None:
    assert fmt(text) == "live"


@pytest.mark.parametrize(
    "text",
    [
        # a publication date, not the event's
        "Wound Care Course Opens\nPosted\n5 June 2027\nRiverside Hotel, Eastfield\n",
        # no place people gather in
        "Wound Care Course\n5 June 2027\nA course on leg ulcers for practice nurses.\n",
        # the date far below the page's head
        "Wound Care Course\nLeg ulcers\nFor nurses\nModule 1\nModule 2\nModule 3\nModule 4\n"
        "Module 5\nModule 6\n5 June 2027\nRiverside Hotel, Eastfield\n",
    ],
)
def test_a_page_date_or_no_venue_dates_no_gathering(text: str) -> None:
    assert fmt(text) != "live"
