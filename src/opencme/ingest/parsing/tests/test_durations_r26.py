"""R-MI-4: a length before a list of the activity's modifiers, and a length the activity "can be
completed in" or "is ... long" (invented text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def minutes(text: str) -> object:
    return parse_rules("Harbour Airway Care\n" + text + "\n").record["estimated_minutes"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("This 5-hour interactive, self-paced online course improves airway care.", 300),
        ("This 40-hour accredited and endorsed supervision course is interactive.", 2400),
        ("This 3 hour, CPD accredited training course is led by a nurse educator.", 180),
        ("The program is delivered online and can be completed in approximately 90 minutes.", 90),
        ("This course can be completed in 2 hours and 15 minutes.", 135),
        ("This course is approximately 70 minutes in length.", 70),
    ],
)
def test_lengths_of_the_activity(text: str, want: int) -> None:
    assert minutes(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The lunch break is 1 hour long and the course starts at 9.",
        "The second part of the course is a 4-hour, self-paced, independent-study module.",
        "Sessions include a 2-hour Public Policy & Case Manager session on June 20.",
    ],
)
def test_no_length_of_the_activity(text: str) -> None:
    assert minutes(text) is None
