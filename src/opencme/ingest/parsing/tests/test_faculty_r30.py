"""R-PE-25: a team's cards stored as text, each name alone on its line over a short caption
naming a post or a trade (invented text; the positive case failed before)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def faculty(text: str) -> list[str]:
    return parse_rules(text).record["faculty"]


def test_names_over_their_captions_are_faculty() -> None:
    text = (
        "Wrist Fracture Course\n\nAnna Berg\nAccredited Hand Therapist\n\nTom O'Neil\n"
        "Senior Occupational Therapist\n\nThis course teaches the care of wrist fractures.\n"
    )
    assert faculty(text) == ["Anna Berg", "Tom O'Neil"]


def test_one_name_over_a_trade_is_no_team() -> None:
    text = (
        "Wrist Fracture Course\n\nHand Therapy Week\nAccredited Hand Therapist\n\n"
        "This two-day course teaches the care of wrist fractures.\n"
    )
    assert faculty(text) == []


def test_a_caption_that_is_a_sentence_is_no_card() -> None:
    text = (
        "Wrist Fracture Course\n\nAnna Berg\nShe is a therapist.\n\nTom Day\n"
        "He is a therapist.\n\nThis course teaches the care of wrist fractures.\n"
    )
    assert faculty(text) == []
