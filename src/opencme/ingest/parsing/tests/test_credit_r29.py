"""R-CR-129..134: amounts without their leading zero, the education written out before the
unit, an amount and unit over a list of approvers' acronyms, CEUs converting the hours before
them, an approver's acronym before "continuing education", the category before "CME" (invented
text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def credits(text: str) -> list[dict[str, object]]:
    return parse_rules("Harbour Wound Care Update\n\n" + text + "\n").record["credits"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Earn .2 ABCD CEU (2 contact hours)",
            [{"type": "OTHER", "amount": 0.2, "unit": "credit", "label": "ABCD"}],
        ),
        (
            "This module offers .5 CEU.",
            [{"type": "OTHER", "amount": 0.5, "unit": "credit", "label": "CEU"}],
        ),
        (
            "The workshop is approved for .75 contact hours.",
            [{"type": "OTHER", "amount": 0.75, "unit": "contact_hour", "label": "contact hours"}],
        ),
    ],
)
def test_an_amount_without_its_leading_zero(text: str, want: list[dict[str, object]]) -> None:
    assert credits(text) == want


def test_a_version_number_is_no_amount() -> None:
    assert credits("Guide version 2.5 of the wound atlas. This course offers 1 CE credit.") == [
        {"type": "OTHER", "amount": 1.0, "unit": "credit", "label": "CE credit"}
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Nurses attending the harbour course earn 14 Continuing Nursing Education contact "
            "hours.",
            {"type": "NURSING_CE", "amount": 14.0, "unit": "contact_hour"},
        ),
        (
            "Pharmacists earn 3 continuing pharmacy education contact hours.",
            {"type": "ACPE", "amount": 3.0, "unit": "contact_hour"},
        ),
    ],
)
def test_the_education_written_out_before_the_unit(text: str, want: dict[str, object]) -> None:
    assert credits(text) == [want]


def test_a_count_of_sessions_named_by_the_education_is_no_amount() -> None:
    text = "More than 200 continuing medical education (CME) sessions are planned this year."
    assert all(c["amount"] != 200.0 for c in credits(text))


def test_an_amount_and_unit_over_a_list_of_acronyms() -> None:
    text = "Continuing Education Credits\n\n12 hours ProHab, NQRS, TAHC"
    assert credits(text) == [
        {"type": "OTHER", "amount": 12.0, "unit": "hour", "label": label}
        for label in ("ProHab", "NQRS", "TAHC")
    ]


def test_an_accreditors_acronym_with_the_amount_is_its_credit() -> None:
    text = "Available credit:\n• 1.00 ANCC\n• 1.00 QRSW"
    got = credits(text)
    assert {"type": "ANCC", "amount": 1.0, "unit": "credit"} in got
    assert {"type": "OTHER", "amount": 1.0, "unit": "credit", "label": "QRSW"} in got


def test_an_acronym_line_needs_its_credit_heading() -> None:
    assert credits("Schedule\n\n\n\n\n\n12 hours ProHab, NQRS") == []


@pytest.mark.parametrize(
    "text",
    ["Course Description: 3 Hours (.3 CEUs)", "Length: 6 hours (0.6 CEUs) of lectures"],
)
def test_ceus_converting_the_hours_before_them(text: str) -> None:
    assert all(c.get("label") != "CEUs" for c in credits(text))


def test_ceus_that_convert_nothing_are_read() -> None:
    assert credits("Course: 3 Hours (0.5 CEUs)") == [
        {"type": "OTHER", "amount": 0.5, "unit": "credit", "label": "CEUs"}
    ]


def test_an_approvers_acronym_before_continuing_education() -> None:
    text = (
        "The QRSM committee certifies that this offering meets the criteria for a maximum of "
        "22 hours of QRSM continuing education credits."
    )
    assert credits(text) == [{"type": "OTHER", "amount": 22.0, "unit": "hour", "label": "QRSM"}]


def test_an_acronym_inside_a_capitalised_name_stays_the_names() -> None:
    text = "This course is pre-approved for 12 hours of EMT Continuing Education Hours."
    assert {"type": "OTHER", "amount": 12.0, "unit": "hour", "label": "EMT"} not in credits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Attendees earned up to 5 category 1 CME credits at the harbour meeting.",
        "Attendees earn up to five Category 1 CME credits.",
    ],
)
def test_the_category_before_cme(text: str) -> None:
    assert credits(text) == [{"type": "CME", "amount": 5.0, "unit": "credit"}]
