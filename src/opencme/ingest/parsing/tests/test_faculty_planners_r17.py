"""A line of people whose post on it (or on the short line under it) is a planner's, a
reviewer's or a committee member's names no faculty (R-PE-4), unless it also gives a teaching
role. Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import faculty_after_course

_faculty = faculty_after_course


@pytest.mark.parametrize(
    "block",
    [
        "Ana Roe, MSN, RN, Nurse Planner",
        "Bo Li, PharmD – Content Reviewer",
        "Mele Tupou, RN, Planning Committee Member",
        "Jo Amadi, NP, Peer Reviewer",
        "Kim Sato, MD\nOrganising Committee",
        "Dr Cy Ngata, MBBS, Scientific Committee",
    ],
)
def test_a_planners_or_reviewers_line_names_no_faculty(block: str) -> None:
    assert _faculty(block) == []


@pytest.mark.parametrize(
    ("block", "person"),
    [
        ("Ana Roe, MSN, RN, Speaker and Nurse Planner", "Ana Roe, MSN, RN"),
        ("Bo Li, PharmD, Course Director and Content Reviewer", "Bo Li, PharmD"),
        ("Dr Cy Ngata, MBBS, Lecturer in Wound Care", "Dr Cy Ngata, MBBS"),
    ],
)
def test_a_teaching_role_on_the_line_keeps_the_person(block: str, person: str) -> None:
    assert _faculty(block) == [person]
