"""Under a role key, a bare name's credentials on the next line before its post ("Ana Roe" /
"MD, Professor of Surgery, Elm University"): the credentials join the name (R-PE-1, R-PE-9).
Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import faculty_after_course

_faculty = faculty_after_course


@pytest.mark.parametrize(
    ("block", "people"),
    [
        ("Speakers\n\nAna Roe\nMD, Professor of Surgery, Elm University", ["Ana Roe, MD"]),
        (
            "Faculty\nBo Li\nPharmD, BCPS, Clinical Pharmacist, Harbor Hospital",
            ["Bo Li, PharmD, BCPS"],
        ),
        ("Presenters\nCy Ngata\nRN, MSN, Nurse Educator", ["Cy Ngata, RN, MSN"]),
        ("Instructor\nMele Tupou\nMBChB FRACP, Consultant Physician", ["Mele Tupou, MBChB FRACP"]),
        ("Speaker\nJo Amadi\nPhD, Lecturer in Midwifery", ["Jo Amadi, PhD"]),
    ],
)
def test_credentials_before_a_post_join_the_name(block: str, people: list[str]) -> None:
    assert _faculty(block) == people


@pytest.mark.parametrize(
    "block",
    [
        "Speakers\nAna Roe\nICU, Harbor Hospital",  # a unit, no credential
        "Speakers\nAna Roe\nElm University, Northgate",
    ],
)
def test_a_unit_or_an_institution_stays_off_the_name(block: str) -> None:
    assert _faculty(block) == ["Ana Roe"]
