"""R-MI-5: a tutorial's length as its modifier, a length spelled out after "is" (invented
text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def minutes(text: str) -> int | None:
    return parse_rules("Harbour Wound Day\n\n" + text + "\n").record["estimated_minutes"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In this 45 minute online tutorial, we will discuss dressings.", 45),
        ("This workshop is six hours in length.", 360),
    ],
)
def test_the_activitys_length(text: str, want: int) -> None:
    assert minutes(text) == want


def test_a_range_spelled_out_is_no_length() -> None:
    assert minutes("This workshop is six to eight hours in length.") is None
