"""A bare name made a person by the post after it, where a teacher is expected (R-PE-20), and a
listed person with a post after a dash. Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.faculty_posts import posted_person
from opencme.ingest.parsing.tests.readers import faculty_after_course

_faculty = faculty_after_course


@pytest.mark.parametrize(
    ("block", "people"),
    [
        ("Presented by Ana Roe, wound care nurse specialist at Elm Hospital.", ["Ana Roe"]),
        ("Your trainer for the day is Bo Li, a tissue viability nurse.", ["Bo Li"]),
        ("This webinar will be delivered by Cy Ngata, Clinical Lead for Wound Care.", ["Cy Ngata"]),
        (
            "The workshop is facilitated by Mele Tupou – senior podiatrist, Harbor Trust.",
            ["Mele Tupou"],
        ),
        ("A lecture by Jo Amadi, Professor of Midwifery at Northgate University.", ["Jo Amadi"]),
        (
            "09:00 Wound assessment – Kim Sato, Tissue Viability Nurse\n"
            "10:00 Dressings – Rui Costa, Podiatrist",
            ["Kim Sato", "Rui Costa"],
        ),
        (
            "Instructors\n• Dana Webb – Wound Care Nurse Specialist\n• Lena Varga – Podiatrist",
            ["Dana Webb", "Lena Varga"],
        ),
    ],
)
def test_a_bare_name_with_a_post_is_a_teacher(block: str, people: list[str]) -> None:
    assert _faculty(block) == people


@pytest.mark.parametrize(
    "block",
    [
        "Presented by Elm Pharmacy, a community pharmacy group.",  # a body
        "09:00 Registration – Main Hall, ground floor\n10:00 Lunch – Garden Room",  # places
        "A letter from Ana Roe, director of nursing, opens the booklet.",  # a sender
        "Presented by Ana Roe at the spring meeting.",  # no post: a bare name alone
        "Photo by Bo Li, staff photographer.",  # another act than teaching
    ],
)
def test_no_teacher_without_a_post_where_a_teacher_is_expected(block: str) -> None:
    assert _faculty(block) == []


def test_posted_person_reads_the_name_before_the_post() -> None:
    assert posted_person("Ana Roe, a nurse consultant in tissue viability") == "Ana Roe"
    assert posted_person("Elm Valley Hospital, a teaching hospital") is None
