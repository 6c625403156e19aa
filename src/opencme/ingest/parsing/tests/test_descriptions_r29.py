"""R-DE-11: providership statements (the accreditors' "planned and implemented" templates, a
sentence that only names the provider) are never the description (invented text; each
positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def description(text: str) -> str | None:
    return parse_rules("Harbour Wound Meeting FAQ\n\n" + text + "\n").record["description"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "In support of improving patient care, this activity has been planned and implemented "
        "by Harbour LLC and the Lakeside College of Wound Care (LCWC). Harbour LLC is jointly "
        "accredited by the Accreditation Council for Continuing Medical Education (ACCME), the "
        "Accreditation Council for Pharmacy Education (ACPE), and the American Nurses "
        "Credentialing Center (ANCC), to provide continuing education for the healthcare team.",
        "This activity is provided by Harbour Medical Communications, LLC.",
    ],
)
def test_a_providership_statement_is_no_description(paragraph: str) -> None:
    assert description(paragraph) is None


def test_a_description_naming_its_provider_in_passing_stays() -> None:
    text = (
        "This course is provided by the Harbour Clinic as part of its series on wound care for "
        "older adults in rural homes, with cases and discussion."
    )
    assert description(text) == text
