"""Faculty (R-PE-12): the people an agent phrase's sentence lists, each after its own
appositive ("joined by A, MD, MS, a resident at X, and B, MD, MPH, …"), every agent phrase of a
line read ("The day begins with Dr A … The panel includes Ms B, Dr C"), and "joined by" as a
co-presenter's phrase. Invented text only."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Surgery Grand Rounds\n\nA quarterly series for the school.\n\n"


def faculty(body: str) -> list[str]:
    out: list[str] = parse_rules(_HEAD + body + "\n", "t").record["faculty"]
    return out


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "For the first session, Roe will be joined by Mira Castell, M.D., M.S., general "
            "surgery resident at Elm University, and Oren Vale, M.D., MPH, assistant professor "
            "of surgery at Harbor College for a discussion.",
            ["Mira Castell, M.D., M.S.", "Oren Vale, M.D., MPH"],
        ),
        (
            "The talk is presented by Pia Lund, RN, nurse manager at Birch Hospital, and Jo "
            "Tane, PharmD, clinical pharmacist at Elm Clinic.",
            ["Pia Lund, RN", "Jo Tane, PharmD"],
        ),
        (
            "Speakers include Ilse Marr, PhD, of Westfield University, Tomas Reyl, MD, of Elm "
            "Hospital, and Cy Ng, DNP, of Harbor College.",
            ["Ilse Marr, PhD", "Tomas Reyl, MD", "Cy Ng, DNP"],
        ),
        (
            "The course opens with Dr. Ana Roe who describes the disease. The event ends with "
            "a panel of experts including Ms. Bea Holt, Dr. Ian Ruud and Ms. Kia Moss.",
            ["Dr. Ana Roe", "Ms. Bea Holt", "Dr. Ian Ruud", "Ms. Kia Moss"],
        ),
        (
            "Dr. Lee will be joined by Dr. Mara Quinn and Dr. Tod Ames for the case review.",
            ["Dr. Mara Quinn", "Dr. Tod Ames"],
        ),
    ],
)
def test_people_listed_in_an_agents_sentence(body: str, want: list[str]) -> None:
    assert faculty(body) == want


@pytest.mark.parametrize(
    "body",
    [
        # near misses: places and institutions after the commas, a meeting joined by learners
        "The talk is presented by Pia Lund, RN, of Birch Hospital, Northport, Ohio, and Elm "
        "University.",
        "The meeting was joined by over 200 nurses, Harbor College students and staff.",
    ],
)
def test_no_more_people(body: str) -> None:
    assert faculty(body) in ([], ["Pia Lund, RN"])
