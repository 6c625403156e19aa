"""R-RG-5: the activity said to be for a group only, or closed to individual registration,
is `limited` (invented text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def registration(text: str) -> str | None:
    return parse_rules("Harbour Wound Course\n\n" + text + "\n").record["registration"]


@pytest.mark.parametrize(
    "text",
    [
        "This training is for Lakeside County providers only.",
        "This course is for Certified Wound Therapists (CWT's) ONLY with a valid licence.",
        "This course is not available for individual registration.",
        "This CE course is open to members only.",
    ],
)
def test_a_course_for_a_group_only(text: str) -> None:
    assert registration(text) == "limited"


@pytest.mark.parametrize(
    "text",
    [
        "This course is for one day only.",
        "The webinar is open to everyone but CPD points are available for members only.",
        "This program is intended for pharmacists only.",
    ],
)
def test_no_restriction_of_taking_part(text: str) -> None:
    assert registration(text) != "limited"
