"""R-CO-12: a rate after a price's condition ("for each day", "per session") is no part of the
condition's label."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = (
    "Harbour Pharmacy Conference\n\n"
    "The annual conference of the Harbour Pharmacists' Association.\n\n"
)


def _tiers(line: str) -> list[tuple[str | None, float]]:
    cost = record(_HEAD + line + "\n")["cost"]
    return [(t["label"], t["amount"]) for t in cost["tiers"]]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "The summit will cost roughly £50 for non-members for every day and roughly £40 "
            "for members.",
            [("non-members", 50.0), ("members", 40.0)],
        ),
        (
            "Fees: $40 for students per session, $60 for practitioners per session.",
            [("students", 40.0), ("practitioners", 60.0)],
        ),
        (
            "Cost: €100 for members each day; €150 for non-members each day.",
            [("members", 100.0), ("non-members", 150.0)],
        ),
        (
            "The fee is $30 for residents per day and $50 for physicians per day.",
            [("residents", 30.0), ("physicians", 50.0)],
        ),
        (
            "Tickets are £25 for delegates per workshop, £35 for guests for every workshop.",
            [("delegates", 25.0), ("guests", 35.0)],
        ),
    ],
)
def test_a_rate_after_the_condition_is_left_out(
    line: str, want: list[tuple[str | None, float]]
) -> None:
    assert _tiers(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # "per diem" names the group, no rate
        (
            "Fees: $40 for per diem nurses, $60 for staff nurses.",
            [("per diem nurses", 40.0), ("staff nurses", 60.0)],
        ),
        # what the price buys is no condition at all
        ("Fees: $40 for members, $60 for each workshop.", [("members", 40.0), (None, 60.0)]),
    ],
)
def test_near_misses_keep_their_reading(line: str, want: list[tuple[str | None, float]]) -> None:
    assert _tiers(line) == want
