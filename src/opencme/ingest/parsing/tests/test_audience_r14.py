"""Audience classes of round 14 (docs/corpus.md "Audience"; rules.md R-AU-1..3) on invented
text."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules(text, "t").record["audience"]
    return out


def test_a_title_for_a_capitalised_profession_noun_names_its_audience() -> None:
    assert aud("Courses\n\nGravel Care for Health Professionals Course Information\n") == [
        "health professionals"
    ]
    assert aud("Pebble Basics for Nurses\n\nA short course on pebbles.\n") == ["nurses"]
    assert aud("Pebble Basics for Care Providers\n\nA course.\n") == ["care providers"]
