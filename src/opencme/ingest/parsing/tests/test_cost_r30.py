"""R-CO-18: free for a group and the rest of them ("members and non-members") is free for
everyone; a provider that "does not charge (a fee) for" taking part offers it free (invented
text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def cost(text: str) -> dict[str, object]:
    return parse_rules(text).record["cost"]


@pytest.mark.parametrize(
    "line",
    [
        "Cost: Free for HNA members and non-members!",
        "The society does not charge a fee for those attending the seminar.",
        "We do not charge for this seminar.",
    ],
)
def test_free_for_everyone(line: str) -> None:
    found = cost(f"Harbour Wound Seminar\n\n{line}\n")
    assert found["free"] is True
    assert found["amount"] == 0


def test_free_for_one_group_is_not_free() -> None:
    assert cost("Harbour Wound Seminar\n\nCost: Free for HNA members\n")["free"] is not True


def test_not_charging_patients_is_no_price() -> None:
    assert cost("Harbour Wound Seminar\n\nThe clinic does not charge patients.\n")["free"] is None
