"""R-LY-7, R-DE-12, R-DE-13: a key of two names joined by a slash names the field its known
names agree on; a description key repeated with the same paragraph is one description, not a
part's of many; the credit the learner can earn opening a paragraph is no description
(invented text; each positive case failed before)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules

PARAGRAPH = (
    "This training teaches nurses the care of wounds in older adults and the signs of infection."
)


def description(text: str) -> str | None:
    return parse_rules(text).record["description"]


def test_a_key_of_two_names_joined_by_a_slash() -> None:
    text = (
        f"Course Overview/Subject Matter: {PARAGRAPH}\n"
        "Course Title: Wound Care in Older Adults\nTarget Audience: RN, LPN\n"
    )
    assert description(text) == PARAGRAPH


def test_a_slash_between_names_of_two_fields_names_neither() -> None:
    text = "Course Title: Wound Care in Older Adults\nTarget Audience/Course Overview: RN, LPN\n"
    assert description(text) is None


def test_the_same_key_and_paragraph_repeated_is_one_description() -> None:
    text = (
        f"Course Description: {PARAGRAPH}\nCourse Title: Wound Care in Older Adults\n"
        f"Target Audience: RN, LPN\nCourse Description: {PARAGRAPH}\n"
    )
    assert description(text) == PARAGRAPH


def test_a_key_repeated_with_other_paragraphs_is_each_parts() -> None:
    text = (
        "Session Summary: This talk teaches nurses the care of wounds in older adults and the "
        "signs of infection.\nCourse Title: Wound Care in Older Adults\n"
        "Session Summary: This talk teaches nurses the signs of infection in wounds of older "
        "adults at home.\n"
    )
    assert description(text) is None


def test_the_credit_a_learner_can_earn_is_no_description() -> None:
    text = (
        "Harbour Speech Convention\n\nYou can earn up to 29.5 Professional Development Hours "
        "(PDHs) in live sessions at the Harbour Speech Convention in Lakeside. Plan your days "
        "with the online programme.\n"
    )
    assert description(text) is None


def test_a_paragraph_saying_what_learners_earn_later_stays() -> None:
    text = (
        "Harbour Speech Convention\n\nThe convention gathers speech pathologists for three days "
        "of sessions on swallowing and voice. You can earn up to 29.5 hours there.\n"
    )
    assert description(text) is not None
