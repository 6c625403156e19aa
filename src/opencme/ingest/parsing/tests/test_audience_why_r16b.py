"""The people a question asks why they should take the activity (R-AU-2; docs/corpus.md
"Audience"), on invented text; "Why should I / you …" names no one."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules("Pebble Rehab Course\n" + text + "\n", "t").record["audience"]
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Why should a physical therapist, occupational therapist or athletic trainer take "
            "this pebble course?",
            ["physical therapist", "occupational therapist", "athletic trainer"],
        ),
        ("Why should practice nurses attend this workshop?", ["practice nurses"]),
        ("Why should dietitians enrol?", ["dietitians"]),
        (
            "Why Should Pharmacists and Pharmacy Technicians Complete This Module?",
            ["pharmacists", "pharmacy technicians"],
        ),
        ("Why should tern surgeons join the masterclass?", ["tern surgeons"]),
    ],
)
def test_a_why_should_question_names_the_audience(text: str, want: list[str]) -> None:
    assert aud(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Why should I take the Pebble Rehab course?",
        "Why should you choose us?",
        "Why should pebble care be taught early?",
    ],
)
def test_near_misses_name_no_one(text: str) -> None:
    assert aud(text) == []
