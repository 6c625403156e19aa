"""A price's sentence names no audience (R-AU-2; docs/corpus.md "Audience": price and
registration are never whom the activity is for), on invented text: "The registration fee
for the annual conference is for members" says who pays that price, not whom it teaches."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules("Pebble Conference\n" + text + "\n", "t").record["audience"]
    return out


@pytest.mark.parametrize(
    "text",
    [
        "The cost of the two-day conference is for members only.",
        "The registration fee for the annual conference is for members.",
        "The discounted rate for this conference is for students.",
        "The reduced price of the pebble workshop is for retirees.",
        "Tuition for this course is for residents of the county.",
    ],
)
def test_a_price_of_the_activity_is_for_no_audience(text: str) -> None:
    assert aud(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "This free CE activity for Respiratory Therapists is provided by Pebble Learning.",
            ["respiratory therapists"],
        ),
        ("This conference is for practice nurses.", ["practice nurses"]),
    ],
)
def test_the_activity_itself_stays_for_its_people(text: str, want: list[str]) -> None:
    assert aud(text) == want
