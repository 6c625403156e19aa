"""Credit read in more of the words pages use (invented text). Each case failed before its rule.

- R-CR-24/R-CR-85: continuing professional development written in full, with or without its
  acronym, is R-CR-24's "CPD" in hours, whatever profession the page names.
- R-CR-96: a count of something else in the subject of "is equivalent to" ("one day") converts
  no amount.
- R-CR-123: state boards named in one plural ("the Oregon and Washington Boards of Dentistry")
  or listed after the first ("the X Board of Nursing and the Y Board of Registered Nursing")
  each approved the activity, with the amount approved.
"""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def rule_credits(text: str) -> list[tuple[object, ...]]:
    record = parse_rules("Harbour Wound Day\n" + text + "\n").record
    return [(c["type"], c.get("label"), c["amount"], c["unit"]) for c in record["credits"]]


_CPD5 = ("OTHER", "CPD", 5.0, "hour")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The day is equivalent to 5 continuing professional development (CPD) hours.", [_CPD5]),
        (
            "This workshop spans one day and is equivalent to 5 continuing "
            "professional development (CPD) hours.",
            [_CPD5],
        ),
        ("Nurses attending earn 5 continuing professional development hours.", [_CPD5]),
        (
            "The certificate carries 60 hours of Continuing Professional Development (CPD).",
            [("OTHER", "CPD", 60.0, "hour")],
        ),
    ],
)
def test_cpd_written_in_full(text: str, want: list[tuple[object, ...]]) -> None:
    assert rule_credits(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "1 hour of learning is equivalent to 1 CME credit.",
        "Each CEU is equal to 10 contact hours.",
        "60 minutes is equivalent to 1 CE credit.",
    ],
)
def test_conversions_stay_refused(text: str) -> None:
    assert rule_credits(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "This course is approved for 14 hours by the Oregon and Washington Boards of "
            "Dentistry.",
            [
                ("OTHER", "Oregon Board of Dentistry", 14.0, "hour"),
                ("OTHER", "Washington Board of Dentistry", 14.0, "hour"),
            ],
        ),
        (
            "This course has been approved by the Oregon, Idaho and Washington Boards of "
            "Dentistry for 14 hours.",
            [
                ("OTHER", "Oregon Board of Dentistry", 14.0, "hour"),
                ("OTHER", "Idaho Board of Dentistry", 14.0, "hour"),
                ("OTHER", "Washington Board of Dentistry", 14.0, "hour"),
            ],
        ),
        (
            "This module is approved for 2.5 contact hours by the Vermont and Maine State "
            "Boards of Nursing.",
            [
                ("OTHER", "Vermont State Board of Nursing", 2.5, "contact_hour"),
                ("OTHER", "Maine State Board of Nursing", 2.5, "contact_hour"),
            ],
        ),
        (
            "This module is approved for 2.5 contact hours by the Idaho Board of Nursing and "
            "the Nevada Board of Registered Nursing.",
            [
                ("OTHER", "Idaho Board of Nursing", 2.5, "contact_hour"),
                ("OTHER", "Nevada Board of Registered Nursing", 2.5, "contact_hour"),
            ],
        ),
    ],
)
def test_several_state_boards(text: str, want: list[tuple[object, ...]]) -> None:
    assert rule_credits(text) == want


def test_a_providers_boards_approve_no_activity() -> None:
    assert (
        rule_credits("Our provider was approved by the Oregon and Washington Boards of Dentistry.")
        == []
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # R-CR-124: credits, units and clock hours "of continuing education"
        (
            "Dental hygienists receive 3 credits of continuing education credit on completion.",
            [("OTHER", "continuing education credit", 3.0, "credit")],
        ),
        (
            "Counsellors receive 2 units of continuing education upon completion.",
            [("OTHER", "continuing education", 2.0, "credit")],
        ),
        (
            "This workshop provides 6 clock hours of continuing education for counselors.",
            [("OTHER", "continuing education", 6.0, "hour")],
        ),
        (
            "Physicians may claim 6 credits of continuing medical education.",
            [("CME", None, 6.0, "credit")],
        ),
        # R-CR-125: an amount written in words and then in figures
        (
            "The seminar awards four (4) Continuing Education (CE) credits in supervision.",
            [("OTHER", "Continuing Education (CE) credits", 4.0, "credit")],
        ),
        (
            "The course includes one (1) clinical case and offers Twenty-Five (25) CE hours.",
            [("OTHER", "CE hours", 25.0, "hour")],
        ),
    ],
)
def test_more_wordings_of_unnamed_credit(text: str, want: list[tuple[object, ...]]) -> None:
    assert rule_credits(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Dentists must complete 50 credits of continuing education every two years.",
        "Licensees need 30 credits of continuing education per renewal period.",
        # a requirement's amount written twice stays a requirement
        "Supervisors must have completed a course of at least forty-five (45) contact hours.",
    ],
)
def test_requirements_stay_refused(text: str) -> None:
    assert rule_credits(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # R-CR-17: "accredited by <approver> for N" as "approved by <approver> for N"
        ("This course is accredited by NBCC for 6 CE hours.", [("OTHER", "NBCC", 6.0, "hour")]),
        # CAPCE, data/accreditors.json: its name or its acronym is its credit's label
        (
            "This course is accredited by CAPCE for 24 CE hours.",
            [("OTHER", "CAPCE", 24.0, "hour")],
        ),
        (
            "This course has been approved by the Commission on Accreditation for Prehospital "
            "Continuing Education for 24 hours of continuing education.",
            [("OTHER", "CAPCE", 24.0, "hour")],
        ),
    ],
)
def test_approvers_accrediting_an_amount(text: str, want: list[tuple[object, ...]]) -> None:
    assert rule_credits(text) == want


def test_credits_key_on_a_page_naming_continuing_medical_education() -> None:
    """R-CR-75: "Continuing Medical Education" in words makes a page a CME activity's."""
    text = "Continuing Medical Education\nCredits: 1\nThis course is open to physicians."
    assert rule_credits(text) == [("CME", None, 1.0, "credit")]
    # no continuing education named: an academic course's credits stay unread
    assert rule_credits("University Catalogue\nCredits: 3\nA semester of anatomy.") == []


def test_ceus_with_an_apostrophe_keep_it() -> None:
    """docs/corpus.md: unnamed credit's label is its words as written ("CEU’s")."""
    text = "Physical therapists earn 12 CEU’s for this course."
    assert rule_credits(text) == [("OTHER", "CEU’s", 12.0, "credit")]


def test_a_cpd_units_key_and_its_value_below() -> None:
    """R-LY-5: a value set below its key with the colon opening it; R-CR-126: a "CPD Units" key
    of unnamed credit, the value's unit word its unit."""
    text = "For optometrists\n\nExpiry Date\n: 30/06/2031\nCPD Units\n: 2.00 Points\nRating\n: none"
    assert rule_credits(text) == [("OTHER", "CPD Units", 2.0, "point")]
    record = parse_rules("Harbour Wound Day\n" + text + "\n").record
    assert record["expires"] == "2031-06-30"
