"""R-CR-127: a bare "CE" key before a figure is unnamed credit like "CE Hours: 6.00" (invented
text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def credits(text: str) -> list[dict[str, object]]:
    return parse_rules("Harbour Wound Care Update\n\n" + text + "\n").record["credits"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("CE: 2 hours", {"type": "OTHER", "amount": 2.0, "unit": "hour", "label": "CE"}),
        ("CE: 0.75", {"type": "OTHER", "amount": 0.75, "unit": "credit", "label": "CE"}),
        (
            "For school nurses.\nSession 4: Wound dressings at school CE: 1.5",
            {"type": "NURSING_CE", "amount": 1.5, "unit": "credit"},
        ),
    ],
)
def test_a_bare_ce_key_before_a_figure(text: str, want: dict[str, object]) -> None:
    assert credits(text) == [want]


@pytest.mark.parametrize("text", ["ACE: 3", "CE: 2025 catalogue", "ce: 2", "CE: yes"])
def test_other_keys_and_values_give_no_credit(text: str) -> None:
    assert credits(text) == []
