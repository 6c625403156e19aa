"""Credit lists in other sites' layouts (session 16; invented text): table rows joined by bars
with the amount before the name and dot leaders (R-CR-102), and a profession's paragraph whose
one approver is named a sentence before its unnamed credit (R-CR-103). Each positive assertion
failed before its rule."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules("Lakeshore Sepsis Forum\n" + text + "\n").record[
        "credits"
    ]
    return out


_THREE = [
    {"type": "AMA_PRA_1", "amount": 2.0, "unit": "credit"},
    {"type": "ANCC", "amount": 2.0, "unit": "contact_hour"},
    {"type": "ACPE", "amount": 2.0, "unit": "contact_hour"},
]


def test_bar_rows_with_the_amount_before_the_name() -> None:
    text = (
        "Credit Designation\n"
        "Physicians | 2.0 | AMA PRA Category 1 Credits™\n"
        "Nurses | 2.0 | ANCC contact hours\n"
        "Pharmacists | 2.0 | ACPE contact hours"
    )
    assert credits(text) == _THREE
    text = "| 2.0 | AMA PRA Category 1 Credits™ |\n| 2.0 | ANCC contact hours |"
    assert credits(text) == _THREE[:2]


def test_dot_leaders_between_the_name_and_the_amount() -> None:
    text = (
        "CREDITS AVAILABLE\n"
        "AMA PRA Category 1 Credit™ ......... 2.0\n"
        "ANCC Contact Hours ......... 2.0\n"
        "ACPE Knowledge-based Contact Hours …… 2.0"
    )
    assert credits(text) == _THREE


def test_near_misses_of_rows() -> None:
    # a year in a row is no amount; an ellipsis before a year neither
    got = credits("Physicians | 2031 | AMA PRA Category 1 Credits™")
    assert all(c["amount"] is None for c in got)
    got = credits("Renewal of AMA PRA Category 1 Credits... 2031 edition of the handbook")
    assert all(c["amount"] is None for c in got)


def test_a_professions_paragraph_names_its_approver_before_its_credit() -> None:
    text = (
        "Continuing Education\n"
        "Nurses: This activity is approved for 2.0 contact hours by the American Nurses "
        "Credentialing Center.\n"
        "Social Workers: As a Jointly Accredited Organization, Lakeshore Health is approved to "
        "offer social work continuing education by the Association of Social Work Boards (ASWB) "
        "Approved Continuing Education (ACE) program. Organizations, not individual courses, are "
        "approved under this program. Social workers completing this course receive 2.0 general "
        "continuing education credits.\n"
        "Psychologists: Lakeshore Health is approved by the American Psychological Association "
        "to sponsor continuing education for psychologists. Lakeshore Health maintains "
        "responsibility for this program and its content. This activity offers 2.0 CE credits."
    )
    assert credits(text) == [
        {"type": "ANCC", "amount": 2.0, "unit": "contact_hour"},
        {"type": "ASWB_ACE", "amount": 2.0, "unit": "credit"},
        {"type": "APA", "amount": 2.0, "unit": "credit"},
    ]
    text = (
        "Occupational therapists: Lakeshore Health is an AOTA Approved Provider of professional "
        "development. Participants will earn 1.5 CE hours for this session."
    )
    assert credits(text) == [{"type": "OTHER", "amount": 1.5, "unit": "hour", "label": "AOTA"}]


def test_near_misses_of_paragraphs() -> None:
    # a requirement of the profession, not this activity's credit
    assert (
        credits(
            "Social workers: Lakeshore Health is approved by the ASWB ACE program. Social workers "
            "must complete 30 continuing education credits every two years."
        )
        == []
    )
    # two approvers in one paragraph: whose credit it is stays open
    got = credits(
        "Counselors and social workers: Lakeshore Health is approved by the NBCC and by the "
        "Association of Social Work Boards. Participants receive 3 CE hours."
    )
    assert {"type": "OTHER", "amount": 3.0, "unit": "hour", "label": "NBCC"} not in got
    assert {"type": "ASWB_ACE", "amount": 3.0, "unit": "hour"} not in got
