"""The activity itself kept for viewing ("The course is still available for viewing") is
material taken when the learner likes: enduring (round 17; R-FO-7; docs/corpus.md "Format"),
on invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def fmt(text: str) -> object:
    return parse_rules(text, "t").record["format"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The credit period has ended. The course is still available for viewing.",
        "This webinar remains available to watch.",
        "The activity is available for playback.",
        "The Pebble lecture is now available to stream.",
        "This recorded presentation is available for replay.",
    ],
)
def test_activity_available_for_viewing_is_enduring(sentence: str) -> None:
    text = f"Pebble Thromboprophylaxis Update\n\n{sentence}\n\nFaculty review guidelines.\n"
    assert fmt(text) == "enduring"


@pytest.mark.parametrize(
    "sentence",
    [
        # the slides or a part, not the activity
        "The slides are available for viewing after the talk.",
        # a seat, not viewing
        "The course is available for booking now.",
    ],
)
def test_near_misses_are_not_enduring(sentence: str) -> None:
    text = f"Pebble Thromboprophylaxis Update\n\n{sentence}\n\nFaculty review guidelines.\n"
    assert fmt(text) != "enduring"
