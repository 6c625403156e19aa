"""The AAFP's credit statements in its own words (session 16, R-CR-104; invented text). Each
positive assertion failed before the rule."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules(
        "Prairie Family Medicine Review\n" + text + "\n"
    ).record["credits"]
    return out


def _aafp(amount: float) -> list[dict[str, object]]:
    return [{"type": "AAFP_PRESCRIBED", "amount": amount, "unit": "credit"}]


def test_formats_between_the_amount_and_the_name() -> None:
    assert credits(
        "The AAFP has reviewed Prairie Family Medicine Review and deemed it acceptable for up to "
        "2.00 Online Only, Enduring Materials, Self-Study AAFP Prescribed credit. Term of Approval "
        "is from 01/01/2031 to 12/31/2031."
    ) == _aafp(2.0)
    assert credits(
        "The AAFP has reviewed this activity and deemed it acceptable for up to 12.25 Live AAFP "
        "Prescribed credits."
    ) == _aafp(12.25)
    assert credits(
        "Deemed acceptable for up to 4.50 Enduring Materials/Self-Study AAFP Prescribed credit."
    ) == _aafp(4.5)


def test_the_academy_after_the_name() -> None:
    assert credits(
        "This Live activity, Prairie Family Medicine Review, with a beginning date of 03/01/2031, "
        "has been reviewed and is acceptable for up to 6.00 Prescribed credit(s) by the American "
        "Academy of Family Physicians."
    ) == _aafp(6.0)
    assert credits("The session is acceptable for 1.0 Prescribed credit by the AAFP.") == _aafp(1.0)


def test_prescribed_without_the_academy_is_no_aafp_credit() -> None:
    # near misses: "prescribed" of medicine, and a prescribed requirement
    assert credits("Patients were prescribed 2 doses of the vaccine.") == []
    assert credits("Members must earn 25 Prescribed credits every three years.") == []
    got = credits("Members must earn 25 Online, Live AAFP Prescribed credits every three years.")
    assert all(c["amount"] is None for c in got)
