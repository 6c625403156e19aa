"""R-LO-9: the address block under a venue takes a street line with its town on the same line
or a compass point, a building's unit under the street, a street line as the venue, and comes
under any location key the page uses (invented text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def location(text: str) -> str | None:
    return parse_rules("Harbour Wound Care Day\n\n" + text + "\n").record["location"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Course Location:\nHarbour Hall – North Campus\n12 Quay Road S., Eastfield, Ohio "
            "43210\nCourse Description:\nThis day reviews wound care.",
            "Harbour Hall – North Campus, 12 Quay Road S., Eastfield, Ohio 43210",
        ),
        (
            "Location:\n  951 Harbour Parkway\n  Suite 101\n  Eastfield, TN 37402\n\nFee: $20",
            "951 Harbour Parkway, Suite 101, Eastfield, TN 37402",
        ),
    ],
)
def test_the_address_block_under_the_venue(text: str, want: str) -> None:
    assert location(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Location: Harbour Hall\nSuite 4\n", "Harbour Hall"),  # a unit under no street line
        ("Location:\nHarbour Hall\nDr Ana Roe, MD\n", "Harbour Hall"),  # a person
    ],
)
def test_other_lines_under_the_venue_stay_out(text: str, want: str) -> None:
    assert location(text) == want
