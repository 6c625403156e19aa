"""A person on a short line right over or under a quotation is quoted, not teaching, and a
committee member's line names no faculty (docs/corpus.md 'Faculty', R-PE-4, R-PE-19).
Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record


def _faculty(block: str) -> list[str]:
    page = "Wound Care Update 2026\n\nA one-day course on wound care for carers.\n\n" + block + "\n"
    out: list[str] = record(page)["faculty"]
    return out


@pytest.mark.parametrize(
    "block",
    [
        "Dr Ana Roe\n\n“This course helps carers upskill quickly.”",
        'Bo Li, RN\n"I use what I learned every day."',
        "“A superb day of learning.”\nMele Tupou, RN, Charge Nurse",
        "“Highly practical and relevant to my ward.”\n\nDr Cy Ngata",
        "Professor Jo Amadi\n‘The module fills a real gap in training.’",
        "Kim Sato, MD, FRCSC\nPractice Committee Member",
    ],
)
def test_a_quoted_person_or_a_committee_member_is_no_faculty(block: str) -> None:
    assert _faculty(block) == []


@pytest.mark.parametrize(
    ("block", "people"),
    [
        ("Speakers\nDr Ana Roe\nConsultant in Wound Care", ["Dr Ana Roe"]),
        (
            "Dr Bo Li, MD\nProfessor of Surgery, Elm University\n\n"
            "The session covers the “time zero” of sepsis.",
            ["Dr Bo Li, MD"],
        ),
    ],
)
def test_a_person_away_from_a_quotation_still_teaches(block: str, people: list[str]) -> None:
    assert _faculty(block) == people
