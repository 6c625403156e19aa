"""Audience classes of round 15 (docs/corpus.md "Audience"; rules.md R-AU-1..3) on invented
text."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules(text, "t").record["audience"]
    return out


def test_a_participle_clause_after_a_named_profession_is_cut() -> None:
    text = "Pebble Course\nThis course is designed for quarry nurses working in gravel pits.\n"
    assert aud(text) == ["quarry nurses"]
    text = (
        "Pebble Course\nThis course is intended for geologists, stone cutters and pebble "
        "therapists treating patients with pebble allergy.\n"
    )
    assert aud(text) == ["geologists", "stone cutters", "pebble therapists"]
    text = (
        "Pebble Meeting\nThe target audience for this meeting is practicing lithologists "
        "specializing in river pebbles as well as general geologists.\n"
    )
    assert aud(text) == ["practicing lithologists", "general geologists"]
    text = "Pebble Course\nThis course is designed for quarry nurses interested in pebbles.\n"
    assert aud(text) == ["quarry nurses"]


def test_a_participle_clause_after_others_or_a_bare_generic_stays() -> None:
    text = "Pebble Course\nThis course is designed for geologists and others working with gravel.\n"
    assert aud(text) == ["geologists", "others working with gravel"]
    text = "Pebble Course\nThis course is designed for practitioners working with gravel.\n"
    assert aud(text) == ["practitioners working with gravel"]
