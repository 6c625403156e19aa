"""An activity said to be held or offered for people (R-AU-2; docs/corpus.md "Audience"), on
invented text: "<The Named Course> is organized / held / offered / run ... for <people>", its
name capitalised; a nationality or place adjective in "-ian" before the profession is a
modifier, not the head ("Canadian pebble residents")."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules("Pebble Review 2031\n" + text + "\n", "t").record["audience"]
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Harbour Comprehensive Review Course (HCRC) is organized biennially for "
            "Canadian PM&R residents.",
            ["canadian pm&r residents"],
        ),
        (
            "The Pebble Spring Update is held each spring for practice nurses.",
            ["practice nurses"],
        ),
        ("The Tern Masterclass is offered annually for dental hygienists.", ["dental hygienists"]),
        (
            "The Harbour Wound Course is run for district nurses and midwives.",
            ["district nurses", "midwives"],
        ),
        (
            "The Pebble Symposium will be hosted for Australian physiotherapists.",
            ["australian physiotherapists"],
        ),
    ],
)
def test_an_activity_held_for_people(text: str, want: list[str]) -> None:
    assert aud(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Review Course is held for two days in May.",
        "The Pebble Symposium is organized for the benefit of patients.",
    ],
)
def test_near_misses_name_no_audience(text: str) -> None:
    assert aud(text) == []
