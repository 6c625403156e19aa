"""The South African rand's "R" before a grouped figure (South African Reserve Bank; ISO 4217
ZAR), on a page pricing in no other money (invented text). Each case failed before the rule."""

from __future__ import annotations

from typing import Any

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Primary Care Dermatology Course 2031\n\nA course for family physicians.\n\n"


def cost(text: str) -> dict[str, Any]:
    out: dict[str, Any] = record(_HEAD + text + "\n")["cost"]
    return out


def test_a_rand_fee_grouped_by_spaces() -> None:
    got = cost("Course fee is R 8 000 (the fee includes the textbook)")
    assert (got["free"], got["amount"], got["currency"]) == (False, 8000, "ZAR")


def test_rand_tiers_of_a_table() -> None:
    got = cost(
        "Registration fees\nEarly Late\nAcademy Member R3,450 R4,050\nStudents R2,095 R2,350"
    )
    assert got["currency"] == "ZAR"
    assert got["amount"] == 2095
    assert {(t["label"], t["amount"]) for t in got["tiers"]} >= {("Academy Member", 3450)}


def test_glued_table_cells() -> None:
    got = cost("Registration fees\nAcademy MemberR3,000.00R3,500.00")
    assert (got["amount"], got["currency"]) == (3000, "ZAR")


def test_no_rand_on_a_page_pricing_in_dollars() -> None:
    got = cost("Fee: $250\nRoom allocation R1,250 is on the second floor")
    assert (got["amount"], got["currency"]) == (250, "USD")


def test_an_r_before_a_plain_number_is_no_price() -> None:
    got = cost("Registration opens soon.\nWe measured an R2 of 0.85 across R 5 sites.")
    assert got["amount"] is None
