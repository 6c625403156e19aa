"""A keyed place that is a postal box, or a way of taking part at a distance ("Distance
Learning"), names no location (round 17; R-LO-5), on invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.format_remote import remote_place_value
from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Pebble Restorative Residency\n\nA two-day course for dentists on 4 May 2032.\n\n"


def loc(body: str) -> object:
    return parse_rules(_HEAD + body, "t").record["location"]


@pytest.mark.parametrize(
    "value",
    [
        "PO Box 2524 Eastfield Centre, QLD 4032",
        "P.O. Box 17, Northport",
        "GPO Box 99, Harbourtown NSW 2001",
        "Private Bag 3020, Westbridge",
        "Locked Bag 12, Southgate VIC 3000",
    ],
)
def test_a_postal_box_is_no_place(value: str) -> None:
    assert loc(f"Address: {value}\n") is None


@pytest.mark.parametrize(
    "value",
    [
        "Distance Learning",
        "Distance learning (online)",
        "Distance education",
        "By distance",
        "E-learning",
    ],
)
def test_a_distance_mode_is_no_place(value: str) -> None:
    assert remote_place_value(value)
    assert loc(f"Location\n{value}\nFees\nHome: £100\n") is None


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a venue whose address holds a box later stays
        ("Venue: Elm Hall, PO Box 12, Eastfield\n", "Elm Hall, PO Box 12, Eastfield"),
        # a place named after a distance word is a place
        (
            "Location: Distance House, 5 Quay Road, Northport\n",
            "Distance House, 5 Quay Road, Northport",
        ),
    ],
)
def test_near_misses_keep_the_place(body: str, want: str) -> None:
    assert loc(body) == want
