"""Claim rules without a database: the shipped rule book and plain facts in, problems out."""

from __future__ import annotations

from decimal import Decimal

import pytest

from opencme.accreditation.rules import RuleBook, parse_rulebook
from opencme.accreditation.selectors import shipped_rulebook_data
from opencme.credits.rules import Designation, LearnerFacts, check_claim, parse_amount

SEED_000 = [
    Designation("AMA_PRA_1", Decimal("1.25"), "credit"),
    Designation("AAPA_1", Decimal("1.25"), "credit"),
    Designation("NURSING_CE", Decimal("1.25"), "contact_hour"),
    Designation("ACPE", Decimal("1.25"), "contact_hour"),
    Designation("IPCE", None, "credit"),
]
PHYSICIAN = LearnerFacts("physician")
NURSE = LearnerFacts("nurse")
PHARMACIST = LearnerFacts("pharmacist", nabp_eprofile_id="1234567", birth_mmdd="0417")


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return parse_rulebook(shipped_rulebook_data())


def problems(book, credit_type, amount, learner=PHYSICIAN, designations=SEED_000):
    found = check_claim(
        book,
        credit_type=credit_type,
        amount=Decimal(amount),
        designations=designations,
        learner=learner,
    )
    return [(p.field, p.message) for p in found]


def test_check_claim_physician_claims_ama_up_to_the_designated_maximum(book):
    assert problems(book, "AMA_PRA_1", "1.25") == []
    assert problems(book, "AMA_PRA_1", "0.5") == []


def test_check_claim_above_the_maximum_names_the_designation(book):
    assert problems(book, "AMA_PRA_1", "1.5") == [
        ("amount", "at most 1.25 (AMA PRA Category 1 Credit™ designated for this activity)")
    ]


def test_check_claim_off_increment_names_the_step(book):
    assert problems(book, "AMA_PRA_1", "1.1") == [
        ("amount", "AMA PRA Category 1 Credit™ is claimed in steps of 0.25")
    ]


def test_check_claim_nurse_claiming_ama_is_told_about_participation(book):
    assert problems(book, "AMA_PRA_1", "1.25", learner=NURSE) == [
        (
            "credit_type",
            "AMA PRA Category 1 Credit™ may be claimed by physicians (MD/DO) only. "
            "You may claim a certificate of participation.",
        )
    ]


def test_check_claim_physician_claiming_nursing_contact_hours_is_refused(book):
    assert problems(book, "NURSING_CE", "1.25") == [
        (
            "credit_type",
            "Nursing contact hours may be claimed by nurses, nurse practitioners only.",
        )
    ]


def test_check_claim_nurse_claims_nursing_contact_hours_in_hundredths(book):
    assert problems(book, "NURSING_CE", "1.01", learner=NURSE) == []


def test_check_claim_acpe_needs_nabp_id_and_birth_month_day(book):
    assert problems(book, "ACPE", "1.25", learner=LearnerFacts("pharmacist")) == [
        (
            "profile.nabp_eprofile_id",
            "ACPE pharmacy CE needs your NABP e-Profile ID in your profile",
        ),
        ("profile.birth_mmdd", "ACPE pharmacy CE needs your birth month and day in your profile"),
    ]
    assert problems(book, "ACPE", "1.25", learner=PHARMACIST) == []


def test_check_claim_without_profession_asks_for_it(book):
    assert problems(book, "AMA_PRA_1", "1", learner=LearnerFacts("")) == [
        ("profile.profession", "set your profession in your profile before claiming")
    ]


def test_check_claim_credit_type_not_offered_lists_what_is(book):
    assert problems(book, "ANCC", "1") == [
        (
            "credit_type",
            "this activity does not offer ANCC "
            "(it offers AMA_PRA_1, AAPA_1, NURSING_CE, ACPE, IPCE)",
        )
    ]


def test_check_claim_amount_the_provider_did_not_state_is_refused(book):
    assert problems(book, "IPCE", "1", learner=NURSE) == [
        ("credit_type", "the provider has not stated the amount of Interprofessional Continuing "
         "Education (IPCE) credit")
    ]  # fmt: skip


def test_check_claim_participation_for_anyone_up_to_the_largest_amount(book):
    other = LearnerFacts("other")
    assert problems(book, "PARTICIPATION", "1.25", learner=other) == []
    assert problems(book, "PARTICIPATION", "2", learner=other) == [
        ("amount", "at most 1.25 hours of participation")
    ]
    assert problems(book, "PARTICIPATION", "0.3", learner=other) == [("amount", "in steps of 0.25")]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (None, "give the amount of credit you claim"),
        ("", "give the amount of credit you claim"),
        (True, "give the amount of credit you claim"),
        ("lots", "'lots' is not a number"),
        ("NaN", "must be more than 0"),
        ("0", "must be more than 0"),
        (-1, "must be more than 0"),
    ],
)
def test_parse_amount_refuses_what_is_not_a_positive_number(raw, message):
    value, found = parse_amount(raw)
    assert value is None
    assert [(p.field, p.message) for p in found] == [("amount", message)]


def test_parse_amount_keeps_decimals_exact():
    assert parse_amount(1.25) == (Decimal("1.25"), [])
    assert parse_amount("0.75") == (Decimal("0.75"), [])
