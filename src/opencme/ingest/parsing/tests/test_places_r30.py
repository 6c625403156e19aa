"""R-LO-11: a location value without the mode of attendance opening it, an online option glued
after it, footnote marks and a sentence of directions (invented text; each positive case
failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def location(text: str) -> str | None:
    return parse_rules(text).record["location"]


@pytest.mark.parametrize(
    ("value", "place"),
    [
        ("In-Person at 12 Elm Street, Lakeside, OH 45101", "12 Elm Street, Lakeside, OH 45101"),
        ("May 2, 2031 In-Person at the Hill Center, Lakeside, OH**", "Hill Center, Lakeside, OH"),
        ("Harbour Hospital/online", "Harbour Hospital"),
        (
            "Hill College, 8 Elm Ct, Lakeside, OH 45101 Room 4, virtual seats available for "
            "those who prefer to join from home.",
            "Hill College, 8 Elm Ct, Lakeside, OH 45101 Room 4",
        ),
        (
            "Room B-12 (next to the library). Please call the office as needed for directions.",
            "Room B-12 (next to the library)",
        ),
    ],
)
def test_a_location_value_keeps_the_place(value: str, place: str) -> None:
    text = (
        f"Wound Care Workshop\n\nDate: May 2, 2031\nLocation: {value}\nCredits: 3 contact hours\n"
    )
    assert location(text) == place


def test_a_street_named_for_a_mode_is_kept() -> None:
    text = "Wound Care Workshop\n\nLocation: Hill Center, 4 Online Way, Lakeside\n"
    assert location(text) == "Hill Center, 4 Online Way, Lakeside"
