"""R-OB-14: a numbered run glued on one line is objectives when one item opens with an
objective's verb, and "… to enable a nurse to:" ends an inline lead-in (invented text; each
positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def objectives(text: str) -> list[str]:
    return parse_rules("Harbour Wound Care Update\n\n" + text + "\n").record["objectives"]


_ITEMS = [
    "Describe how moist dressings heal a shallow wound.",
    "Explore how dressings can be of benefit to older patients.",
]


@pytest.mark.parametrize(
    "text",
    [
        "Objectives: 1. Describe how moist dressings heal a shallow wound. 2. Explore how "
        "dressings can be of benefit to older patients.",
        "Course Objectives: The main objectives of this course are to enable a nurse to: 1. "
        "Describe how moist dressings heal a shallow wound. 2. Explore how dressings can be of "
        "benefit to older patients. About the Course: This course is for nurses of every ward "
        "who dress wounds in the course of a long shift.",
    ],
)
def test_a_numbered_run_with_one_verb_item(text: str) -> None:
    assert objectives(text) == _ITEMS


def test_a_numbered_run_of_no_verb_is_no_objectives() -> None:
    text = "Objectives: 1. Harbour Hall opens at noon. 2. Parking is free for members."
    assert objectives(text) == []
