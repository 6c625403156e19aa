"""R-ST-14: the approval before the activity's noun or before a provider named with its
approver, and the review templates of two accreditors, are the accreditation statement
(invented text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def accreditation(text: str) -> bool:
    record = parse_rules("Harbour Wound Care Update\n\n" + text + "\n").record
    return bool(record["statements"]["accreditation"])


@pytest.mark.parametrize(
    "text",
    [
        "This is an approved course by the Harbour Board of Counselling Examiners.",
        "Tidewater Learning, LLC is an approved Maine Board of Nursing continuing education "
        "(CE) provider.",
        "Tidewater Learning is an accredited State Board of Dentistry CE provider.",
        "This workshop has been reviewed by the AAPA Review Panel and is compliant with its "
        "criteria.",
        "The American Academy of Family Physicians has reviewed Harbour Wound Care Update and "
        "deemed it acceptable for up to 2.00 Live AAFP Prescribed credits.",
    ],
)
def test_an_approval_said_so_is_the_accreditation_statement(text: str) -> None:
    assert accreditation(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our nurse is an approved foster care provider.",  # no provider of education
        "The committee has reviewed the menu and found it fine.",
        "Approved course materials are sent by post.",  # no body after the noun
    ],
)
def test_other_approvals_and_reviews_are_none(text: str) -> None:
    assert not accreditation(text)
