"""MOC items of an available-credit list (R-MO-6), on invented text: "1.00 ABP MOC Part 2" is
the board's entry with its Part; the programme's own name ("MOCA® II", "MOC II") is no type; a
sentence under the item restating the same points adds no second entry."""

from __future__ import annotations

from typing import Any

import pytest

from opencme.ingest.parsing.parser import parse_rules


def moc(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = parse_rules("Pebble Rounds\n" + text + "\n", "t").record["moc"]
    return out


@pytest.mark.parametrize(
    ("item", "want"),
    [
        ("  • 1.00 ABA MOCA® II", {"board": "ABA", "points": 1.0, "credit_types": []}),
        ("  • 1.00 ABP MOC Part 2", {"board": "ABP", "points": 1.0, "credit_types": ["Part 2"]}),
        ("  • 0.75 ABIM MOC II", {"board": "ABIM", "points": 0.75, "credit_types": []}),
        ("- 2.00 ABA MOCA 2.0®", {"board": "ABA", "points": 2.0, "credit_types": []}),
        (
            "• 1.50 ABIM MOC Part II points",
            {"board": "ABIM", "points": 1.5, "credit_types": ["Part II"]},
        ),
    ],
)
def test_an_available_credit_item_is_the_boards_entry(item: str, want: dict[str, Any]) -> None:
    assert moc(f"Available credit:\n{item}\n") == [want]


def test_the_sentence_under_an_item_restates_it() -> None:
    text = (
        "Available credit:\n  • 1.00 ABP MOC Part 2\n    Successful completion of this CME "
        "activity enables the learner to earn up to 1.00 MOC points in the American Board of "
        "Pediatrics’ (ABP) Maintenance of Certification (MOC) program.\n"
    )
    assert moc(text) == [{"board": "ABP", "points": 1.0, "credit_types": ["Part 2"]}]


@pytest.mark.parametrize(
    "text",
    [
        "Available credit:\n  • 1.00 AMA PRA Category 1 Credit™\n",
        "Diplomates must complete 1.00 ABP MOC Part 2 activity each year, see the board's site.",
    ],
)
def test_near_misses_are_no_moc_item(text: str) -> None:
    assert moc(text) == []
