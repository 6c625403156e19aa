"""Location (R-LO-6): venues prose names in other shapes than "held at the X": an event noun
right before "at" the venue, the venue as the event's setting, a name after the event's date
and "at" with its city after "in", a name placed by its street address. Invented text only
(docs/corpus.md "Location": a venue and its city as written)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Nurses Scientific Meeting\n\nNews\n\n"


def location(body: str) -> str | None:
    out: str | None = parse_rules(_HEAD + body + "\n", "t").record["location"]
    return out


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "A total of 40 nurses have left to attend the 12th Annual Scientific Conference and "
            "AGM at the Elm Royal Hotel, Northport.",
            "Elm Royal Hotel, Northport",
        ),
        (
            "Delegates gathered for the spring symposium at the Birch Convention Centre in "
            "Eastfield on Monday.",
            "Birch Convention Centre, Eastfield",
        ),
        (
            "Northport's Harbour Exhibition Centre is the setting this year for the Elm "
            "Academy's 30th Annual Conference.",
            "Harbour Exhibition Centre, Northport",
        ),
        (
            "The Birch Hotel will be the venue for the regional nursing forum in June.",
            "Birch Hotel",
        ),
        (
            "The 5th Review Course will be held Feb 2 to 6, 2027 at Elm Active Care, Birch "
            "Health System, 1 Elm Drive, Northport, ON, M4M 2B5.",
            "Elm Active Care, Birch Health System, 1 Elm Drive, Northport, ON, M4M 2B5",
        ),
        (
            "The Harbor Nurses Association will hold its institute on June 7 – 10, 2027 at the "
            "Lakeview Regency on the North Shore in Westport, MD.",
            "Lakeview Regency on the North Shore, Westport, MD",
        ),
    ],
)
def test_a_venue_in_other_shapes(body: str, want: str) -> None:
    assert location(body) == want


@pytest.mark.parametrize(
    "body",
    [
        # near misses: a recording's place, an event's name, a professor's course, "home to"
        "These talks were recorded during a live meeting on May 2, 2026 at the Spring "
        "Clinical Meeting in Westport, Ohio.",
        "She teaches a course at the Birch University Hospital every spring.",
        "The Elm Convention Centre is home to the Northport Institute of Nursing.",
    ],
)
def test_no_venue(body: str) -> None:
    assert location(body) is None
