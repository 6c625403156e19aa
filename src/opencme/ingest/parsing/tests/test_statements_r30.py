"""R-ST-16: the accreditor's approval as a modifier of the credit or the activity, in brackets
after a name or alone on its line, is the accreditation statement; a credit system's own name
("CPD accredited") names no accreditor (invented text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def accreditation(text: str) -> bool:
    return bool(parse_rules(text).record["statements"]["accreditation"])


@pytest.mark.parametrize(
    "line",
    [
        "The course is offered in three modules for a total of 110 HPB approved contact hours.",
        "The manual is a 20-hour HPB-approved program for pharmacists.",
        "Earn up to 48.25 hours of HPB-accredited CE.",
        "Harbour Cannabis Education Program (HPB Approved)",
        "HARBA APPROVED",
    ],
)
def test_an_accreditors_approval_by_name(line: str) -> None:
    assert accreditation(f"Harbour Compounding Course\n\n{line}\n")


def test_a_credit_systems_name_is_no_accreditor() -> None:
    text = (
        "Harbour Tracheostomy Course\n\nThis 3 hour, CPD accredited training course runs online.\n"
    )
    assert not accreditation(text)
