"""Unnamed CE written after its hours (R-CR-107; docs/corpus.md "Credits"), on invented text:
"3 hours CE" is `OTHER` "CE" as "3 CE hours" is; a course's length and a licence's rule are
none."""

from __future__ import annotations

from typing import Any

import pytest

from opencme.ingest.parsing.parser import parse_rules


def credits(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = parse_rules("Pebble Ethics Course\n" + text + "\n", "t").record[
        "credits"
    ]
    return out


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("On-demand video format. 3 hours CE", 3.0, "hour"),
        ("Meets the board's standards for this topic. 2 hours CE", 2.0, "hour"),
        ("This workshop offers 6 clock hours CE.", 6.0, "hour"),
        ("Earn 1.5 hrs CE at your own pace.", 1.5, "hour"),
        ("Pebble Ethics Course | 4 hours CE credit | $60", 4.0, "hour"),
        ("Attendees receive 2 contact hours CE.", 2.0, "contact_hour"),
    ],
)
def test_hours_then_ce_are_unnamed_ce(text: str, amount: float, unit: str) -> None:
    got = credits(text)
    assert [(c["type"], c["amount"], c["unit"]) for c in got] == [("OTHER", amount, unit)]


def test_the_label_is_ce_without_the_unit() -> None:
    assert credits("On-demand video format. 3 hours CE")[0]["label"] == "CE"


@pytest.mark.parametrize(
    "text",
    [
        "This 3-hour CE course is not a prep course for the exam.",
        "Counselors must complete 30 hours CE every two years.",
        "The board requires 3 hours CE in ethics for each renewal.",
        "See our 6 hours CE requirements page for details.",
    ],
)
def test_a_length_or_a_licence_rule_is_no_credit(text: str) -> None:
    assert credits(text) == []
