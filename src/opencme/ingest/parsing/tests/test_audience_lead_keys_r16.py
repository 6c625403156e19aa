"""Audience headings written as a lead phrase or a question (round 16; R-AU-1; docs/corpus.md
"Audience"), on invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules(text, "t").record["audience"]
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Suitable for: GPs, practice nurses and pharmacists",
            ["gps", "practice nurses", "pharmacists"],
        ),
        ("Ideal for: dentists and dental hygienists", ["dentists", "dental hygienists"]),
        ("Open to: nurses, midwives and paramedics", ["nurses", "midwives", "paramedics"]),
        ("Aimed at: speech pathologists", ["speech pathologists"]),
        ("Relevant to: audiologists and pebble surgeons", ["audiologists", "pebble surgeons"]),
        ("Best suited to: rural generalists", ["rural generalists"]),
        (
            "Who is this course for?\nPhysiotherapists and occupational therapists working in "
            "aged care.",
            ["physiotherapists", "occupational therapists"],
        ),
        ("Who will benefit?\nDietitians and nutritionists.", ["dietitians", "nutritionists"]),
        (
            "Who will benefit from this workshop?\n\nPractice nurses and pharmacists",
            ["practice nurses", "pharmacists"],
        ),
        ("Who should do this course?\nNew graduate nurses.", ["new graduate nurses"]),
    ],
)
def test_a_heading_written_as_a_lead_phrase_or_a_question(text: str, want: list[str]) -> None:
    assert aud("Pebble Course\n" + text + "\n") == want


@pytest.mark.parametrize(
    "text",
    [
        "Who will benefit?\nPatients with chronic pain and their families.",  # the care's
        "Who can attend the clinic?\nChildren and adolescents aged 5 to 18.",  # not the course
        "Open to: Monday to Friday, 9 am to 5 pm",  # no people
        "Relevant to: Standard 3.2 of the Pebble Standards",  # no people
        "Designed to: improve outcomes",  # no lead phrase of people
    ],
)
def test_near_misses_give_no_audience(text: str) -> None:
    assert aud("Pebble Course\n" + text + "\n") == []
