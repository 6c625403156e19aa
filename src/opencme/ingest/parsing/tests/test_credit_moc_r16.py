"""MOC points in the words other sites use (session 16, R-MO-5; invented text). Each positive
assertion failed before its rule."""

from __future__ import annotations

from typing import Any

from opencme.ingest.parsing.parser import parse_rules


def moc(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = parse_rules("Harbour Valley Lipid Update\n" + text + "\n").record[
        "moc"
    ]
    return out


def test_keyed_list_items_of_a_boards_moc() -> None:
    text = (
        "Credits\n• AMA PRA Category 1 Credits™: 2.0\n"
        "• ABIM MOC Part II: 2.0 Medical Knowledge points"
    )
    assert moc(text) == [{"board": "ABIM", "points": 2.0, "credit_types": ["Medical Knowledge"]}]
    text = "Credit\nABIM MOC: 1.5 points\nABP MOC Part 2: 1.5 points"
    assert moc(text) == [
        {"board": "ABIM", "points": 1.5, "credit_types": []},
        {"board": "ABP", "points": 1.5, "credit_types": ["Part 2"]},
    ]
    assert moc("ABIM MOC points: 2.0") == [{"board": "ABIM", "points": 2.0, "credit_types": []}]
    assert moc("- ABS Maintenance of Certification – 3 points") == [
        {"board": "ABS", "points": 3.0, "credit_types": []}
    ]


def test_verbs_of_gaining_moc_points_with_the_board_after() -> None:
    text = (
        "Completing this activity allows participants to receive up to 2.5 Medical Knowledge MOC "
        "points in the American Board of Internal Medicine's (ABIM) Maintenance of Certification "
        "(MOC) program."
    )
    assert moc(text) == [{"board": "ABIM", "points": 2.5, "credit_types": ["Medical Knowledge"]}]
    text = (
        "Learners can be awarded 4 MOC points in the American Board of Otolaryngology - Head and "
        "Neck Surgery's (ABOHNS) Continuing Certification program."
    )
    assert moc(text) == [{"board": "ABOHNS", "points": 4.0, "credit_types": []}]
    text = (
        "Diplomates may claim a maximum of 6 MOC points in the American Board of Pediatrics' "
        "(ABP) program."
    )
    assert moc(text) == [{"board": "ABP", "points": 6.0, "credit_types": []}]


def test_a_part_in_parentheses_restates_the_named_type() -> None:
    text = (
        "Successful completion of this activity enables the learner to earn up to 3.0 Lifelong "
        "Learning (Part II) MOC points in the American Board of Pediatrics' (ABP) Maintenance of "
        "Certification (MOC) program."
    )
    assert moc(text) == [{"board": "ABP", "points": 3.0, "credit_types": ["Lifelong Learning"]}]


def test_a_type_between_the_board_and_moc() -> None:
    assert moc("Participants will earn 2 ABIM Medical Knowledge MOC points.") == [
        {"board": "ABIM", "points": 2.0, "credit_types": ["Medical Knowledge"]}
    ]


def test_requirements_are_no_moc_designation() -> None:
    # near misses: a board's requirement, not this activity's points
    assert (
        moc("Physicians who hold ABIM certification must complete 20 MOC points each year.") == []
    )
    assert moc(
        "Diplomates must earn 100 MOC points in the American Board of Internal Medicine's (ABIM) "
        "program every five years."
    ) == [{"board": "ABIM", "points": None, "credit_types": []}]
    assert moc("ABIM MOC: see the board's website for requirements") == []
