"""R-SP-6 (invented text): the specialists a title's modifier names, and the specialty a review
course is in, are the activity's; a profession or a modified noun is none."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import parse_listing


def _specialties(text: str) -> list[str]:
    return parse_listing(text).record["specialties"]


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Harbourside GP Education Program", "General Practice"),
        ("Paediatricians' Update Day 2026", "Paediatrics"),
        ("Family Physician Refresher Course", "Family Medicine"),
        ("Psychiatrists Training Series", "Psychiatry"),
        ("Northern Hospitalists Conference 2026", "Hospital Medicine"),
    ],
)
def test_specialists_modifying_the_activity_in_its_title(title: str, want: str) -> None:
    text = title + "\n\nEducational meetings across our network of hospitals.\n"
    assert want in _specialties(text)


@pytest.mark.parametrize(
    "title",
    ["Nurse Education Day 2026", "Wound Care Surgeons Workshop", "Meet our GPs"],
)
def test_a_profession_or_a_modified_noun_is_no_specialty(title: str) -> None:
    text = title + "\n\nEducational meetings across our network of hospitals.\n"
    assert _specialties(text) == []


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "The 9th Comprehensive Review Course in PM&R will be held in May.",
            "Physical Medicine and Rehabilitation",
        ),
        ("The Review Course in Cardiology will take place at the Elm Centre.", "Cardiology"),
        ("Our Board Review Course in Internal Medicine is held each spring.", "Internal Medicine"),
        ("The Review Course in OB/GYN takes place over three days.", "Obstetrics and Gynecology"),
        ("This year's Review Course in Dermatology will be held online.", "Dermatology"),
    ],
)
def test_a_review_course_in_a_specialty(sentence: str, want: str) -> None:
    text = "Members Area\n\nWelcome back to the society's pages.\n" + sentence + "\n"
    assert want in _specialties(text)


def test_a_review_course_named_in_passing_is_none() -> None:
    text = "Members Area\n\nWelcome back.\nSee also our Review Course in Cardiology.\n"
    assert _specialties(text) == []
