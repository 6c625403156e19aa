"""Faculty (R-PE-14): a role key's value listing people each with an affiliation, split by ";"
("Article Author: A, Elm Institute; and B, Harbor College"), and a speaker noun whose
"include(d)" comes further on ("The invited speakers and resource persons at the first course
organised by X included Prof A, …"). Invented text only."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Gut Health Course\n\nA one-hour course on the gut microbiome.\n\n"


def faculty(body: str) -> list[str]:
    out: list[str] = parse_rules(_HEAD + body + "\n", "t").record["faculty"]
    return out


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Article Author:  Mira Castell, Elm Institute, University of Northport; and Oren "
            "Vale, Harbor Medical Institute, University of Northport",
            ["Mira Castell", "Oren Vale"],
        ),
        ("Presenters: Pia Lund, Birch Hospital; Jo Tane, Elm Clinic", ["Pia Lund", "Jo Tane"]),
        (
            "Speakers: Ilse Marr, Westfield University; Cy Ng, Harbor College; and Bo Li, Elm "
            "Hospital",
            ["Ilse Marr", "Cy Ng", "Bo Li"],
        ),
        (
            "The invited expert speakers and resource persons at the first-ever course organised "
            "by the Elm College included Prof Ana Roe, Advisor, Birch University; Prof Tod Ames, "
            "Principal, Harbor College.",
            ["Prof Ana Roe", "Prof Tod Ames"],
        ),
        (
            "Faculty members teaching on the two-day programme run by the Northport Nursing "
            "School this spring include Dr Kia Moss, Elm Hospital; Dr Ian Ruud, Birch Clinic.",
            ["Dr Kia Moss", "Dr Ian Ruud"],
        ),
    ],
)
def test_people_of_a_list(body: str, want: list[str]) -> None:
    assert faculty(body) == want


@pytest.mark.parametrize(
    "body",
    [
        # near misses: an affiliation after ";" names no one; speakers far from "include"
        "Author: Mira Castell, Elm Institute; University of Northport",
        "Speakers are chosen by the committee for their expertise in gut health, and the "
        "programme of the day includes the new guidelines.",
    ],
)
def test_no_more_people(body: str) -> None:
    assert faculty(body) in ([], ["Mira Castell"])
