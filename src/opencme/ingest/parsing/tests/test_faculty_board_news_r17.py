"""People under a governing body's or a news list's heading, and a person line going on with a
news verb, name no faculty (R-PE-4, R-PE-19). Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import faculty_after_course

_faculty = faculty_after_course


@pytest.mark.parametrize(
    "block",
    [
        "Board of Directors\nDr Ana Roe, MD, President\nBo Li, RN, Treasurer",
        "Our Board of Trustees\nMele Tupou, RN\nJo Amadi, NP",
        "Officers:\nDr Cy Ngata, MBBS\nKim Sato, PharmD",
        "Related News\nDr Ana Roe, MD, Wound Care Lead at Elm Hospital",
        "Latest Posts\nBo Li, RN, Charge Nurse",
    ],
)
def test_a_board_or_news_list_names_no_faculty(block: str) -> None:
    assert _faculty(block) == []


@pytest.mark.parametrize(
    "line",
    [
        "Dr Ana Roe, MD, appointed Chief Medical Officer of Elm Health",
        "Bo Li, RN wins excellence award",
        "Mele Tupou, RN, attended the course last year and loved it.",
        "Dr Cy Ngata, MBBS, named Harbor Nurse Leader of the Year",
        "Jo Amadi, NP, receives fellowship from the Northgate Trust",
    ],
)
def test_a_person_line_going_on_with_news_names_no_faculty(line: str) -> None:
    assert _faculty(line) == []


@pytest.mark.parametrize(
    ("block", "people"),
    [
        ("Speakers\nDr Ana Roe, MD\nBo Li, RN", ["Dr Ana Roe, MD", "Bo Li, RN"]),
        ("Dr Cy Ngata, MBBS, Wound Care Lead, Elm Hospital", ["Dr Cy Ngata, MBBS"]),
    ],
)
def test_faculty_lines_still_read(block: str, people: list[str]) -> None:
    assert _faculty(block) == people
