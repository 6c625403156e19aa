"""Credit classes of session 21 (issue 18, R-CR-121; invented text). Each assertion failed
before its rule."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def rule_credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules(text).record["credits"]
    return out


_CME = {"type": "CME", "amount": None, "unit": "credit"}
_CE = {"type": "OTHER", "amount": None, "unit": "credit", "label": "CE"}


@pytest.mark.parametrize(
    "text",
    [
        # words between the earning verb and the credit
        "Members of the hub network all receive complimentary Continuing Medical Education "
        "(CME) credits.",
        # continuing medical education written out with its unit
        "Readers who pass the short quiz gain continuing medical education credits.",
        # "available for" before the credit
        "Every Tuesday talk stays available for CME credit.",
        # a headline without its verb
        "CME credits available.",
        # the verb's -ing form
        "Hike the ridge trail for a week while earning CME!",
    ],
)
def test_cme_offered_without_an_amount(text: str) -> None:
    assert rule_credits("Lakeside Ridge Medicine Week\n" + text + "\n") == [_CME]


def test_a_headline_offers_each_credit_a_slash_joins() -> None:
    got = rule_credits("Harbour HIV Testing Course\nCME/CNE credits available. Details below.\n")
    assert {"type": "CME", "amount": None, "unit": "credit"} in got
    assert {"type": "NURSING_CE", "amount": None, "unit": "credit"} in got


@pytest.mark.parametrize(
    "text",
    [
        "Continuing Education credits available.",
        "Harbour staff receive continuing education credit toward license renewal.",
        "Completing the module and its test lets you gain continuing education credits.",
        "REGISTER FOR CE CREDIT",
        "Guide to Obtaining Continuing Education Credits:",
    ],
)
def test_unnamed_ce_offered_without_an_amount(text: str) -> None:
    # R-CR-73 widened: CE written out, a word or two after the verb, register for, a headline
    assert rule_credits("Maple Counselling Day\n" + text + "\n") == [_CE]


def test_a_requirement_to_earn_ce_offers_none() -> None:
    text = (
        "Maple Counselling Day\n"
        "Every practitioner must earn the required CE units every year to renew a licence.\n"
    )
    assert rule_credits(text) == []


def test_a_category_word_between_the_amount_and_mainpro() -> None:
    got = rule_credits(
        "Pine Family Medicine Course\nClaim as many as 4 certified Mainpro+® credits!\n"
    )
    assert got == [{"type": "OTHER", "amount": 4.0, "unit": "credit", "label": "Mainpro+"}]


def test_mainpro_is_labelled_as_written() -> None:
    # no category the text does not name: plain Mainpro+ stays "Mainpro+"
    plain = rule_credits("Pine Course\nThe Pine course is certified for 5 Mainpro+ credits.\n")
    assert plain == [{"type": "OTHER", "amount": 5.0, "unit": "credit", "label": "Mainpro+"}]
    named = rule_credits(
        "Pine Course\nThis course is approved for up to 12 Mainpro+ Certified Activity credits.\n"
    )
    assert named == [
        {"type": "OTHER", "amount": 12.0, "unit": "credit", "label": "Mainpro+ Certified Activity"}
    ]


def test_an_amount_joined_to_a_joined_approval() -> None:
    got = rule_credits(
        "Sterile Compounding Manual\nOur 12-hour ACPE-approved course for pharmacists.\n"
    )
    assert got == [{"type": "ACPE", "amount": 12.0, "unit": "hour"}]


def test_a_joined_approval_of_an_unknown_acronym_gives_no_amount() -> None:
    # only a body of data/accreditors.json turns the joined length into credit
    got = rule_credits("Trail Skills Day\nA 6-hour QQRX-approved workshop on splinting.\n")
    assert {"type": "OTHER", "amount": 6.0, "unit": "hour", "label": "QQRX"} not in got


def test_the_education_written_out_before_its_acronym() -> None:
    got = rule_credits(
        "School Nurse Modules\nEach nurse may claim 1.25 hours continuing nursing "
        "education (CNE) after finishing this part.\n"
    )
    assert got == [{"type": "NURSING_CE", "amount": 1.25, "unit": "hour"}]


def test_nursing_contact_hours_with_the_education_written_out() -> None:
    got = rule_credits(
        "Medication Administration\nEarn 2.4 Nursing Continuing Professional Development Contact "
        "Hours.\n"
    )
    assert got == [{"type": "NURSING_CE", "amount": 2.4, "unit": "contact_hour"}]
