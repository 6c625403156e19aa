"""Faculty (R-PE-11): a news item's or a course page's subject doing what a teacher does in the
future ("Ana Roe will explain and demonstrate the method", "In this workshop, Bo Li will break
down the barriers", "Sen. Cy Ng will be the opening keynoter"), an elected office's title
dropped. Invented text only."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Spring Practice Symposium\n\nA two-day meeting for nurse practitioners.\n\n"


def faculty(body: str) -> list[str]:
    out: list[str] = parse_rules(_HEAD + body + "\n", "t").record["faculty"]
    return out


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "In this hands-on workshop, Mira Castell will break down the barriers between "
            "goals and play.",
            ["Mira Castell"],
        ),
        ("Oren Vale will explain and demonstrate the key parts of the method.", ["Oren Vale"]),
        ("During the session Pia Lund will discuss how sleep shapes recovery.", ["Pia Lund"]),
        ("Sen. Ilse Marr will be the opening keynoter at the event on Sunday.", ["Ilse Marr"]),
        ("Governor Tomas Reyl will be the keynote speaker at the gala dinner.", ["Tomas Reyl"]),
        ("Jo Tane will walk participants through the new reporting rules.", ["Jo Tane"]),
        ("Dr. Ana Roe will outline current evidence on wound care.", ["Dr. Ana Roe"]),
        ("Rep. Cy Ng will be our guest speaker this year.", ["Cy Ng"]),
    ],
)
def test_a_teachers_act_in_the_future_names_the_teacher(body: str, want: list[str]) -> None:
    assert faculty(body) == want


@pytest.mark.parametrize(
    "body",
    [
        # near misses: no person as the subject, or an act that is no teaching
        "Participants will discuss the cases in small groups.",
        "The Harbor Nurses Association will explain the new rules to members.",
        "Mira Castell will be the contact for registration questions.",
        "Oren Vale will discuss with the committee whether to run it again.",
    ],
)
def test_no_teacher(body: str) -> None:
    assert faculty(body) == []
