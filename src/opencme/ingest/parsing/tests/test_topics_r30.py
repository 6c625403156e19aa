"""Topics: a credit designated in a topic's name counts in points too ("CPD Points = 30 (1
Ethics point)"; docs/corpus.md "Topics"; invented text; the positive case failed before)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def topics(text: str) -> list[str]:
    return parse_rules(text).record["topics"]


def test_an_ethics_point() -> None:
    assert "ethics" in topics("Skin Care in Primary Care\n\nCPD Points = 30 (1 Ethics point)\n")


def test_points_of_no_topic() -> None:
    assert topics("Skin Care in Primary Care\n\nCPD Points = 30 (1 Clinical point)\n") == []
