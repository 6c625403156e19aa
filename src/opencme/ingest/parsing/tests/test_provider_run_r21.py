"""A provider's name cut where its run went on into the sentence (session 21, R-PV-75;
invented text). Each assertion failed before the rule."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.org_names import name_run
from opencme.ingest.parsing.parser import parse_rules


@pytest.mark.parametrize(
    ("run", "name"),
    [
        (
            "Nursing learners receive 12 CEUs. Harbour Council for Wound Care",
            "Harbour Council for Wound Care",
        ),
        (
            "ACCREDITATION STATEMENT Lakeside Pharmacy Partners, Inc.",
            "Lakeside Pharmacy Partners, Inc.",
        ),
        ("Ridge Valley Hospital offers monthly CME sessions that", "Ridge Valley Hospital"),
        (
            "Pine State Stewardship Program focused on antibiotic use",
            "Pine State Stewardship Program",
        ),
        ("Elm Trauma Training Center’s", "Elm Trauma Training Center"),
        ("Maple Board of Nursing. The", "Maple Board of Nursing"),
        ("She has received several teaching awards", ""),
    ],
)
def test_the_name_ends_where_the_sentence_goes_on(run: str, name: str) -> None:
    assert name_run(run) == name


@pytest.mark.parametrize(
    "name",
    [
        "University of Texas at Austin",
        "St. Brigid Hospital",
        "Acme Health, Inc.",
        "Ordre des infirmières du Québec",
    ],
)
def test_names_with_lower_case_words_and_abbreviations_stay_whole(name: str) -> None:
    assert name_run(name) == name


def test_a_statement_subject_run_on_from_the_sentence_before() -> None:
    text = (
        "Wound Care Skills Day\n"
        "Nursing learners receive 12 CEUs. Harbour Council for Wound Care is an approved provider "
        "of continuing nursing education by the Maple State Board of Nursing.\n"
    )
    assert parse_rules(text).record["provider"] == "Harbour Council for Wound Care"
