"""R-TI-29: a medium or an accreditor's approval after a name is a note (invented text; each
positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

BODY = "\n\nThis course is designed for nurses. It offers 2 contact hours.\n"


def title(head: str) -> str | None:
    return parse_rules(head + BODY).record["title"]


@pytest.mark.parametrize(
    "head",
    [
        "Pressure Injury Basics - eLearning",
        "Pressure Injury Basics - Video + Print",
        "Pressure Injury Basics (ANCC Approved)",
        "Pressure Injury Basics – CAPCE Accredited",
    ],
)
def test_a_medium_or_an_approval_after_the_name_goes(head: str) -> None:
    assert title(head) == "Pressure Injury Basics"


def test_another_bodys_approval_stays() -> None:
    assert title("Pressure Injury Basics – Harbour Approved") == (
        "Pressure Injury Basics – Harbour Approved"
    )
