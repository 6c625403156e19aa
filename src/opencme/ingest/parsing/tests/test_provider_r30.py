"""R-PV-83: a short form of two or three words in brackets after the provider's name, an acronym
with words of the name, is no part of it (invented text; the positive cases failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def provider(text: str) -> str | None:
    return parse_rules(text).record["provider"]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        (
            "Harbour Medical Association Institute (HMA Institute)",
            "Harbour Medical Association Institute",
        ),
        ("Lakeside Health System Eastfield (LHS Eastfield)", "Lakeside Health System Eastfield"),
    ],
)
def test_a_short_form_in_brackets_goes(written: str, name: str) -> None:
    text = (
        f"Sepsis Update 2031\n\nThis activity is provided by {written}.\nCredits: 1 contact hour\n"
    )
    assert provider(text) == name


def test_words_in_brackets_that_are_not_a_short_form_stay() -> None:
    text = (
        "Sepsis Update 2031\n\nThis activity is provided by Harbour Hospital (West Campus).\n"
        "Credits: 1 contact hour\n"
    )
    assert provider(text) == "Harbour Hospital (West Campus)"
