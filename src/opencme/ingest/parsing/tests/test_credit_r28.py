"""R-CR-128: the hours' CEU conversion in parentheses before a system's name, and a word of
kind, total or price between an amount and unnamed CE words (invented text; each positive case
failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def credits(text: str) -> list[dict[str, object]]:
    return parse_rules("Harbour Wound Care Update\n\n" + text + "\n").record["credits"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "This home study is approved for 14 hours (1.4 CEUs) of ACPE continuing "
            "education credit.",
            {"type": "ACPE", "amount": 14.0, "unit": "hour"},
        ),
        (
            "This knowledge-based activity is approved for 2 hours (0.2 CEU) of ACPE\n"
            "credit for pharmacists.",
            {"type": "ACPE", "amount": 2.0, "unit": "hour"},
        ),
    ],
)
def test_a_ceu_conversion_between_the_unit_and_the_name(text: str, want: dict[str, object]) -> None:
    assert credits(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Members may claim up to 9 free CE credits at the harbour meeting.",
            {"type": "OTHER", "amount": 9.0, "unit": "credit", "label": "CE credits"},
        ),
        (
            "Dentists attending both days earn 4 additional CE hours.",
            {"type": "OTHER", "amount": 4.0, "unit": "hour", "label": "CE hours"},
        ),
        (
            "Physicians earn 3 free CME credits.",
            {"type": "CME", "amount": 3.0, "unit": "credit"},
        ),
    ],
)
def test_a_word_of_price_or_kind_before_the_credit_words(
    text: str, want: dict[str, object]
) -> None:
    assert credits(text) == [want]


def test_a_conversion_alone_names_no_system() -> None:
    assert all(c["type"] == "OTHER" for c in credits("The course lasts 14 hours (1.4 CEUs)."))


def test_a_free_figure_of_no_credit_words_is_no_credit() -> None:
    assert credits("Lunch is 9 free minutes of networking.") == []
