"""A venue line with its street address set apart from the event's date by several blank
lines (a page whose blocks stand apart) is the location (round 17; R-LO-4), on invented
text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def loc(text: str) -> object:
    return parse_rules(text, "t").record["location"]


@pytest.mark.parametrize(
    ("date", "venue"),
    [
        ("Friday 14 May 2032", "The Harbour Centre, 64 Elm Road, St Kilda, Northport"),
        ("Tuesday, 3 March 2032", "Lantern Hall, 12 Quay Street, Eastfield"),
        ("June 9, 2032", "Pebble Conference Centre, 200 Main Avenue, Westbridge, TX 75001"),
        ("9 September 2032", "Quill Hotel, 7 Birch Lane, Harbourtown"),
        ("Saturday 21 November 2032", "The Elm Pavilion, 31 Mill Drive, Southgate"),
    ],
)
def test_venue_and_street_blank_lines_below_the_date(date: str, venue: str) -> None:
    text = f"Pebble Trauma Workshop\n\n\n{date}\n\n\n\n\n{venue}\n\nOrganised by Quill Health\n"
    assert loc(text) == venue


def test_a_venue_without_a_street_so_far_away_is_none() -> None:
    text = "Pebble Trauma Workshop\n\n\nFriday 14 May 2032\n\n\n\n\nThe Harbour Centre\n\nMore\n"
    assert loc(text) is None


def test_a_street_venue_with_no_date_is_none() -> None:
    text = (
        "Pebble Trauma Workshop\n\n\nBook your place today\n\n\n\n\n"
        "The Harbour Centre, 64 Elm Road, Northport\n\nOrganised by Quill Health\n"
    )
    assert loc(text) is None
