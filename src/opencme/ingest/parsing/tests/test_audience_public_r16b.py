"""The public is no audience (docs/corpus.md "Audience": professions or roles; no corpus label
keeps "the public"), on invented text: "open to the public" says anyone may come, naming no
profession; professions named with "public" as a modifier stay."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules("Pebble Grand Rounds\n" + text + "\n", "t").record["audience"]
    return out


@pytest.mark.parametrize(
    "text",
    [
        "These presentations are free and open to the public ($10 if requiring CEUs).",
        "This lecture is open to the general public.",
        "The seminar is designed for the public.",
        "This course is intended for the wider public.",
        "This evening talk is suitable for the public and is free.",
    ],
)
def test_the_public_is_no_audience(text: str) -> None:
    assert aud(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("This course is designed for public health nurses.", ["public health nurses"]),
        (
            "This webinar is intended for public health officers and epidemiologists.",
            ["public health officers", "epidemiologists"],
        ),
    ],
)
def test_professions_with_public_as_a_modifier_stay(text: str, want: list[str]) -> None:
    assert aud(text) == want
