"""Tier labels in other sites' words (R-CO-8; docs/corpus.md "Cost": a tier's label is its
condition as the text writes it), on invented text: "Full Rate" is a tier word, and an early
rate's date written after it without brackets stays in its label."""

from __future__ import annotations

from typing import Any

import pytest

from opencme.ingest.parsing.parser import parse_rules


def labels(text: str) -> list[str | None]:
    cost: dict[str, Any] = parse_rules("Pebble Workshop\n" + text + "\n", "t").record["cost"]
    return [t["label"] for t in cost["tiers"]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Rates: Full Rate – $100; Early Bird Rate before 1/15/31 – $85",
            ["Full Rate", "Early Bird Rate before 1/15/31"],
        ),
        (
            "Fee: Early bird until 1 March 2031 – $200; Regular – $250",
            ["Early bird until 1 March 2031", "Regular"],
        ),
        ("Fees: Full fee – $400; Student rate – $150", ["Full fee", "Student rate"]),
        (
            "Registration: Early rate by March 1 – $90; Standard rate – $120",
            ["Early rate by March 1", "Standard rate"],
        ),
        ("Cost: Full price – $60; Members – $40", ["Full price", "Members"]),
    ],
)
def test_tier_labels_in_other_words(text: str, want: list[str | None]) -> None:
    assert labels(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Fees: Members – $100; Non-members – $150", ["Members", "Non-members"]),
        ("Fee: $300 for the full programme", []),
    ],
)
def test_near_misses_keep_their_labels(text: str, want: list[str | None]) -> None:
    assert labels(text) == want
