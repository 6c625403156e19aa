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
        ("This 6-hour interactive, self-directed online course covers airway care.", 360),
        ("This 12-hour accredited and recognised mentoring course is interactive.", 720),
        ("This 2 hour, CPD approved training course is led by a nurse educator.", 120),
        ("The module is hosted online and can be completed in approximately 75 minutes.", 75),
        ("This course can be completed in 2 hours and 15 minutes.", 135),
        ("This course is approximately 50 minutes in length.", 50),
    ],
)
def test_lengths_of_the_activity(text: str, want: int) -> None:
    assert minutes(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The lunch break is 1 hour long and the course starts at 9.",
        "The third part of the course is a 3-hour, self-paced, reading module.",
        "Sessions include a 2-hour Ethics & Law Forum session on May 3.",
    ],
)
def test_no_length_of_the_activity(text: str) -> None:
    assert minutes(text) is None
