"""Credit classes of session 14, second round (issue 18; invented text). Each assertion failed
before its rule."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def rule_credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules(text).record["credits"]
    return out


def test_an_acpe_uan_offers_acpe_credit() -> None:
    # R-CR-74: ACPE gives a UAN only to an activity it accredits (docs/corpus.md, Credits)
    text = (
        "Managing Gout in the Community Pharmacy\n"
        "Universal Activity Number: 0999-0000-26-101-H01-P\n"
        "Release Date: March 1, 2026\n"
    )
    assert rule_credits(text) == [{"type": "ACPE", "amount": None, "unit": "credit"}]
    text = "Program number 999-000-26-101-L04\nA live workshop for technicians.\n"
    assert rule_credits(text) == [{"type": "ACPE", "amount": None, "unit": "credit"}]


def test_a_uan_adds_nothing_when_acpe_credit_is_read() -> None:
    text = (
        "Managing Gout in the Community Pharmacy\n"
        "UAN: 0999-0000-26-101-H01-P\n"
        "This activity is approved for 1.5 contact hours of ACPE credit.\n"
    )
    assert rule_credits(text) == [{"type": "ACPE", "amount": 1.5, "unit": "contact_hour"}]


def test_a_number_of_another_shape_is_no_uan() -> None:
    text = "Order code 0999-0000-26-101\nRelease Date: March 1, 2026\n"
    assert rule_credits(text) == []
