"""Profile rules without a database: NPI check digit, NABP id, birth month and day, licenses."""

from __future__ import annotations

import pytest

from opencme.accounts.rules import (
    check_birth_month_day,
    check_license,
    check_nabp_id,
    check_npi,
    npi_is_valid,
)


def fields(problems) -> list[tuple[str, str]]:
    return [(p.field, p.message) for p in problems]


@pytest.mark.parametrize("npi", ["1234567893", "1245319599", "1003000126"])
def test_npi_is_valid_accepts_a_correct_check_digit(npi):
    assert npi_is_valid(npi)
    assert check_npi(npi) == []


def test_check_npi_names_a_wrong_check_digit():
    assert fields(check_npi("1234567890")) == [
        ("npi", "is not a valid NPI: its check digit does not match")
    ]


@pytest.mark.parametrize("npi", ["123456789", "12345678931", "12345678a3", " 1234567893"])
def test_check_npi_wants_exactly_ten_digits(npi):
    assert fields(check_npi(npi)) == [("npi", "must be exactly 10 digits")]


def test_check_npi_empty_is_allowed():
    assert check_npi("") == []


@pytest.mark.parametrize(("value", "ok"), [("1", True), ("1234567", True), ("12345678", False),
                                            ("12a", False), ("", True)])  # fmt: skip
def test_check_nabp_id_is_one_to_seven_digits(value, ok):
    assert (check_nabp_id(value) == []) is ok


def test_check_birth_month_day_never_needs_a_year():
    assert check_birth_month_day(2, 29) == []
    assert check_birth_month_day(None, None) == []
    assert fields(check_birth_month_day(2, 30)) == [("birth_day", "month 2 has no day 30")]
    assert fields(check_birth_month_day(4, 31)) == [("birth_day", "month 4 has no day 31")]
    assert fields(check_birth_month_day(13, 1)) == [("birth_month", "must be from 1 to 12")]
    assert fields(check_birth_month_day(None, 5)) == [
        ("birth_month", "give both birth month and day, or neither")
    ]


def test_check_license_names_the_row_and_field():
    assert check_license("ma", "MD-271828", index=0) == []
    assert fields(check_license("XX", "!", index=2)) == [
        ("licenses[2].state", "'XX' is not a US state or territory code"),
        ("licenses[2].number", "2 to 30 letters, digits or hyphens"),
    ]
