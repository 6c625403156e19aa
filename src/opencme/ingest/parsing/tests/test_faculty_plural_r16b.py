"""Faculty (R-PE-13): a plural title before two or more names ("Professors A, B and a team of
…", "Profs. A and B") names each without a title of their own, as "Drs. A and B" does
(docs/corpus.md 'Faculty'). Invented text only."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Vestibular Course\n\nA six-day course in vestibular rehabilitation.\n\n"


def faculty(body: str) -> list[str]:
    out: list[str] = parse_rules(_HEAD + body + "\n\nLearn more\n", "t").record["faculty"]
    return out


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Professors Mira Castell, Oren Vale and a team of clinicians",
            ["Mira Castell", "Oren Vale"],
        ),
        ("Professors Mira Castell and Oren Vale", ["Mira Castell", "Oren Vale"]),
        ("Profs. Pia Lund and Jo Tane", ["Pia Lund", "Jo Tane"]),
        ("Profs Ilse Marr, Cy Ng and Bo Li", ["Ilse Marr", "Cy Ng", "Bo Li"]),
        ("Presented by Professors Ana Roe and Tod Ames.", ["Ana Roe", "Tod Ames"]),
    ],
)
def test_a_plural_title_names_each(line: str, want: list[str]) -> None:
    assert faculty(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # near misses: a singular title stays; professors as a noun name no one
        ("Prof. Ana Roe", ["Prof. Ana Roe"]),
        ("Professors and Lecturers of Elm University", []),
    ],
)
def test_near_misses(line: str, want: list[str]) -> None:
    assert faculty(line) == want
