"""R-PE-25, R-PE-26: a team's cards stored as text, each name alone on its line over a short
caption naming a post or a trade; a judge's "Hon." and a retired "(Ret.)"; a requirement's
nouns never a name (invented text; each positive case failed before)."""

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


def test_a_judges_honorific_and_retired_mark() -> None:
    text = (
        "Custody Evaluators Update\n\nInstructors: Hon. Ann Marie Lee (Ret.), Leo Park, Ph.D., "
        "Cy Roe, J.D.\n"
    )
    assert faculty(text) == ["Hon. Ann Marie Lee (Ret.)", "Leo Park, Ph.D.", "Cy Roe, J.D."]


def test_a_requirement_line_under_the_key_is_no_person() -> None:
    text = (
        "Custody Evaluators Update\n\nHosted by: Ann Lee, Ph.D.\nApproved for 8.0 Hours of CE\n"
        "Fulfills License Requirements\n\nProgram Description:\nThis annual update covers "
        "recent decisions.\n"
    )
    assert faculty(text) == ["Ann Lee, Ph.D."]
