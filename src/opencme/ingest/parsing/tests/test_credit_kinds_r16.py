"""Words of the credit's kind between an amount, a system and its unit (session 16, R-CR-99;
invented text). Each positive assertion failed before its rule."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules(
        "Harbour Valley Wound Care Day\n" + text + "\n"
    ).record["credits"]
    return out


def test_kind_words_between_the_name_and_its_unit() -> None:
    assert credits("Pharmacists: up to 6 ACPE knowledge-based contact hours") == [
        {"type": "ACPE", "amount": 6.0, "unit": "contact_hour"}
    ]
    assert credits("This activity offers 1.5 ACPE application-based contact hours.") == [
        {"type": "ACPE", "amount": 1.5, "unit": "contact_hour"}
    ]


def test_an_approvers_acronym_before_the_name_of_its_credit() -> None:
    assert credits("Nurses: 6.0 ANCC nursing contact hours") == [
        {"type": "ANCC", "amount": 6.0, "unit": "contact_hour"}
    ]
    assert credits("This activity provides 2.25 ANCC nursing contact hours.") == [
        {"type": "ANCC", "amount": 2.25, "unit": "contact_hour"}
    ]
    assert credits("Pharmacists will receive 2 ACPE CPE credits.") == [
        {"type": "ACPE", "amount": 2.0, "unit": "credit"}
    ]


def test_kind_words_between_the_amount_and_the_unit_of_an_approval() -> None:
    assert credits("This program is approved by ASWB for 3 continuing education credits.") == [
        {"type": "ASWB_ACE", "amount": 3.0, "unit": "credit"}
    ]
    assert credits(
        "This activity was approved by the Association of Social Work Boards (ASWB) for 2 ACE "
        "continuing education hours."
    ) == [{"type": "ASWB_ACE", "amount": 2.0, "unit": "hour"}]


def test_the_approver_after_the_amount() -> None:
    assert credits(
        "This program is approved for 4 clock hours by the National Board for Certified "
        "Counselors (NBCC)."
    ) == [{"type": "OTHER", "amount": 4.0, "unit": "hour", "label": "NBCC"}]
    assert credits(
        "This workshop has been approved for 2.5 continuing education credits by the Association "
        "of Social Work Boards."
    ) == [{"type": "ASWB_ACE", "amount": 2.5, "unit": "credit"}]
    assert credits(
        "The seminar is accredited for up to 5 CE hours by the Association of Social Work Boards."
    ) == [{"type": "ASWB_ACE", "amount": 5.0, "unit": "hour"}]


def test_near_misses_keep_no_amount() -> None:
    # a requirement of the approver is no designation of this activity
    got = credits(
        "Social workers are approved by ASWB for 40 continuing education hours every two years. "
        "This workshop is approved by ASWB."
    )
    assert got == [{"type": "ASWB_ACE", "amount": None, "unit": "credit"}]
    # an acronym that is no approver of the name's credit stays out of its amount
    assert {"type": "ANCC", "amount": 6.0, "unit": "contact_hour"} not in credits(
        "Nurses: 6.0 ABIM nursing contact hours are offered by the ANCC-accredited provider."
    )
    # a body approving the provider, not hours of this activity
    assert credits("Maple Institute is approved by the NBCC for 3 years as a provider.") == []
