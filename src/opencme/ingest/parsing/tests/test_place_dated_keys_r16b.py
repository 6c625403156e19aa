"""Location (R-LO-7): a combined key's value opening with the date ("Date/Location: February
11-13, 2027, Northport, PA" → the place after the date), and a venue named by its head noun
after the event's date and "at" ("on 26 – 27 April 2027 at the Christ The King Hall"). Invented
text only (docs/corpus.md "Location")."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Access and AAC Seminar\n\n"


def location(body: str) -> str | None:
    out: str | None = parse_rules(_HEAD + body + "\n", "t").record["location"]
    return out


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Date/Location:\n\nFebruary 11-13, 2027, Northport, PA\n", "Northport, PA"),
        ("Date & Venue: Sat 3 May 2027 – Elm Hotel, Westfield\n", "Elm Hotel, Westfield"),
        ("When and Where: 11–13 February 2027, Birch Hall, Eastmoor\n", "Birch Hall, Eastmoor"),
        ("Date/Location: Sept. 4, 2027 | Harbor College, Northport\n", "Harbor College, Northport"),
        ("Location: Friday, June 6th, 2027, Lakeview Centre\n", "Lakeview Centre"),
        (
            "The Northgate College organized its first CPD programme on the 26th – 27th April "
            "2027 at the Christ The King Hall.",
            "Christ The King Hall",
        ),
        (
            "The forum meets on 2 May 2027 at the Elm Town Hall, Northport.",
            "Elm Town Hall, Northport",
        ),
    ],
)
def test_the_place_after_a_date(body: str, want: str) -> None:
    assert location(body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # near misses: a street number is no date; a past year's venue at a recording
        ("Location: 12 Quay Road, Northport\n", "12 Quay Road, Northport"),
        ("These talks were recorded in May 2026 at the Elm Town Hall.", None),
    ],
)
def test_near_misses(body: str, want: str | None) -> None:
    assert location(body) == want
