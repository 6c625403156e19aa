"""A sentence naming the audience as its subject (R-AU-2; docs/corpus.md "Audience"), on
invented text: "<the/our> target / intended / primary audience is X"."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules("Pebble Institute 2031\n" + text + "\n", "t").record["audience"]
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The PCI target audience is nurses who prescribe pebble medicines.", ["nurses"]),
        (
            "The intended audience for this series includes pharmacists and pharmacy technicians.",
            ["pharmacists", "pharmacy technicians"],
        ),
        ("Our primary audience is rural general practitioners.", ["rural general practitioners"]),
        ("The main audiences are practice nurses and midwives.", ["practice nurses", "midwives"]),
        (
            "Attendance is estimated at 500. The key audience will be tern surgeons.",
            ["tern surgeons"],
        ),
    ],
)
def test_an_audience_named_as_subject(text: str, want: list[str]) -> None:
    assert aud(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The target audience is growing every year.",
        "Our primary audience is the reason we exist.",
    ],
)
def test_near_misses_name_no_people(text: str) -> None:
    assert aud(text) == []
