"""R-SP-7: an audience item with words after its head noun names the head's specialty
(invented text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def specialties(text: str) -> list[str]:
    return parse_rules("Harbour Mood Update\n\n" + text + "\n").record["specialties"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Target audience: general practitioners in rural towns", ["General Practice"]),
        ("Target audience: pediatricians in private practice", ["Pediatrics"]),
        ("Target audience: dermatologists at community hospitals", ["Dermatology"]),
    ],
)
def test_the_head_of_an_item_names_its_specialty(text: str, want: list[str]) -> None:
    assert specialties(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Target audience: nurses in oncology units",
        "Target audience: other primary care providers who manage asthma",
    ],
)
def test_a_profession_or_others_name_none(text: str) -> None:
    assert specialties(text) == []
