"""A person's line with a way to reach them on it or just under it is a contact's card, and a
desk's post is staff's: no faculty (R-PE-4, R-PE-9). Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import faculty_after_course

_faculty = faculty_after_course


@pytest.mark.parametrize(
    "block",
    [
        "Dr Ana Roe, MD\nMedical Director\nemail: aroe@example.org\nphone: 555-0100",
        "Bo Li, RN – bli@example.org",
        "Mele Tupou, MSN, RN\nTel: 555 0101",
        "Cy Ngata, PharmD\nE-mail: cngata@example.org",
        "Jo Amadi, LPN — Registration Desk",
        "Kim Sato, RN, Front Desk",
    ],
)
def test_a_contact_card_or_a_desk_names_no_faculty(block: str) -> None:
    assert _faculty(block) == []


@pytest.mark.parametrize(
    ("block", "people"),
    [
        ("Dr Ana Roe, MD\nConsultant in Wound Care\nElm University", ["Dr Ana Roe, MD"]),
        ("Bo Li, RN, Nurse Educator, Harbor Hospital", ["Bo Li, RN"]),
    ],
)
def test_a_speakers_card_without_a_contact_still_reads(block: str, people: list[str]) -> None:
    assert _faculty(block) == people
