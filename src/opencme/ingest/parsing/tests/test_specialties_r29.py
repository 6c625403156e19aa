"""R-SP-8: an audience item's acronym in brackets after it does not hide its specialty
(invented text; the positive case failed before)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def specialties(text: str) -> list[str]:
    return parse_rules("Harbour Skin Course\n\n" + text + "\n").record["specialties"]


def test_an_items_acronym_in_brackets() -> None:
    text = "The course is suitable for general practitioners (GPs), GP registrars and nurses."
    assert specialties(text) == ["General Practice"]


def test_a_profession_with_its_acronym_gives_no_specialty() -> None:
    assert specialties("The course is suitable for registered nurses (RNs) and midwives.") == []
