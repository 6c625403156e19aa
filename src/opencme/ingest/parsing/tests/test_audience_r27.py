"""R-AU-4: more people nouns, a thing noun ending in "-ent", "is applicable to" and "the day"
(invented text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def audience(text: str) -> list[str]:
    return parse_rules("Harbour Mood Update\n\n" + text + "\n").record["audience"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "This workshop is designed for psychologists and osteopaths.",
            ["psychologists", "osteopaths"],
        ),
        ("This course is designed for registered associates.", ["registered associates"]),
        ("This short course is applicable to all midwives.", ["all midwives"]),
        ("The day is aimed at practice nurses.", ["practice nurses"]),
    ],
)
def test_more_people_and_leads(text: str, want: list[str]) -> None:
    assert audience(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The training is applicable to home life such as kitchen accidents and sports incidents.",
        "Each day we meet for lunch, aimed at networking.",
    ],
)
def test_things_and_other_subjects_name_no_audience(text: str) -> None:
    assert audience(text) == []
