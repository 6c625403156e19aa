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


@pytest.mark.parametrize(
    "venue",
    [
        "Lantern Physiotherapy School, North Harbour, Australia",
        "Quill Hall, Eastfield, Ontario",
        "The Birch Institute, Westbridge, New Zealand",
        "Pebble College, Southgate, Scotland",
        "Elm University Hospital, Northport, Queensland",
    ],
)
def test_venue_city_and_region_a_few_lines_from_the_date(venue: str) -> None:
    text = (
        "Pebble Vestibular Course\n\nMonday 25–Saturday 30 September 2032\n\n"
        f"Professors A and B\n\nLearn more about the faculty\n\n{venue}\n\n"
        "A Competency-Based Course\n"
    )
    assert loc(text) == venue


def test_a_venue_and_city_without_region_so_far_away_is_none() -> None:
    text = (
        "Pebble Vestibular Course\n\nMonday 25–Saturday 30 September 2032\n\n"
        "Professors A and B\n\nLearn more about the faculty\n\nQuill Hall, Eastfield, Elm Wing\n\n"
        "A Competency-Based Course\n"
    )
    assert loc(text) is None
