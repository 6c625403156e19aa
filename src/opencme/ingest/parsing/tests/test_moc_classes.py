"""Classes of MOC wording the rule extractor missed (issue 18), one synthetic text each."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def rule_moc(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules(text).record["moc"]
    return out


def test_a_part_of_moc_beside_the_board_is_its_credit_type() -> None:
    assert rule_moc("Diplomates may earn up to 12 ABP MOC Part 2 points.") == [
        {"board": "ABP", "points": 12.0, "credit_types": ["Part 2"]}
    ]
    assert rule_moc("Maximum Credits\n2.00 / ABPN Part II MOC Point") == [
        {"board": "ABPN", "points": 2.0, "credit_types": ["Part II"]}
    ]


def test_earn_up_to_n_typed_moc_without_the_word_points() -> None:
    assert rule_moc(
        "Completion enables the participant to earn up to 3.5 Medical Knowledge MOC in the "
        "American Board of Internal Medicine's (ABIM) Maintenance of Certification program."
    ) == [{"board": "ABIM", "points": 3.5, "credit_types": ["Medical Knowledge"]}]


def test_points_towards_a_named_moc_requirement() -> None:
    assert rule_moc(
        "This module is approved through the ABIM pathway and is eligible for 10 points towards "
        "the Practice Assessment requirement of Maintenance of Certification (MOC)."
    ) == [{"board": "ABIM", "points": 10.0, "credit_types": ["Practice Assessment"]}]


def test_a_board_listed_with_moc_in_parentheses() -> None:
    assert rule_moc("Credit offered:\n1. Physicians (CME)\n2. ABIM (MOC)") == [
        {"board": "ABIM", "points": None, "credit_types": []}
    ]


def test_a_sentence_satisfying_a_boards_moc_requirements_names_its_types() -> None:
    # R-MO-4: the types in the order written, points null; the board by its full name
    assert rule_moc(
        "Completion enables the learner to satisfy the Lifelong Learning and/or Patient Safety "
        "requirements for the American Board of Ophthalmology's Maintenance of Certification."
    ) == [
        {
            "board": "ABO",
            "points": None,
            "credit_types": ["Lifelong Learning", "Patient Safety"],
        }
    ]
    # no MOC credit type named: nothing
    assert rule_moc("This meets the requirements of the American Board of Ophthalmology.") == []
