"""More people a later sentence of an audience statement welcomes (R-AU-1; docs/corpus.md
"Audience"), on invented text: the statement's first list, then the people welcomed after it."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Pebble Course\nTarget audience\nThis activity has been developed for tern surgeons."


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules(text, "t").record["audience"]
    return out


@pytest.mark.parametrize(
    ("sentence", "more"),
    [
        (
            "All other health care providers interested in pebbles are welcome for advanced "
            "study, especially practice nurses and pharmacists.",
            ["practice nurses", "pharmacists"],
        ),
        ("Dental hygienists are also welcome.", ["dental hygienists"]),
        ("Practice managers are warmly invited to attend.", ["practice managers"]),
        (
            "Other allied health professionals are welcome, including physiotherapists and "
            "dietitians.",
            ["physiotherapists", "dietitians"],
        ),
        (
            "Medical students and residents are encouraged to register.",
            ["medical students", "residents"],
        ),
    ],
)
def test_a_later_sentence_welcomes_more_people(sentence: str, more: list[str]) -> None:
    text = f"{_HEAD} {sentence}\n"
    assert aud(text) == ["tern surgeons", *more]


@pytest.mark.parametrize(
    "sentence",
    [
        "Questions from the floor are welcome.",
        "Exhibitors are also welcome to book a table.",
    ],
)
def test_near_misses_add_no_one(sentence: str) -> None:
    text = f"{_HEAD} {sentence}\n"
    assert aud(text) == ["tern surgeons"]
