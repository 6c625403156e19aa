"""Faculty (R-PE-16): a person alone on a line over a biography opening with the same person
("Dr. Bo Li" / "Dr. Bo K. Li is Emeritus Professor of …") is a faculty card, even after a
disclosure section that would end a faculty list. Invented text only."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = (
    "Motivational Interviewing Basics\n\nA three-hour introduction to the method.\n\n"
    "Commercial Support Disclosure\nNo commercial support was received for this course.\n"
)


def faculty(body: str) -> list[str]:
    out: list[str] = parse_rules(_HEAD + body + "\n", "t").record["faculty"]
    return out


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "- Dr. Ana Roe\n\nDr. Ana K. Roe is Emeritus Professor of Psychology at Elm "
            "University.",
            ["Dr. Ana Roe"],
        ),
        ("Dr Bo Li\nDr Bo Li has taught the method for twenty years.", ["Dr Bo Li"]),
        ("Prof. Cy Ng\nProf. Cy T. Ng serves as director of the Harbor Clinic.", ["Prof. Cy Ng"]),
        (
            "Dr. Ilse Marr\n\nDr. Ilse Marr was a nurse before training as a therapist.",
            ["Dr. Ilse Marr"],
        ),
        ("Ms. Pia Lund\nMs. Pia Lund works with families in Northport.", ["Ms. Pia Lund"]),
    ],
)
def test_a_card_over_its_biography(body: str, want: list[str]) -> None:
    assert faculty(body) == want


@pytest.mark.parametrize(
    "body",
    [
        # near misses: a disclosure about a person with no card; a card over someone else's text
        "Dr. Ana Roe has no relevant financial relationships to disclose.",
        "Dr. Ana Roe\nThe planners have no relevant financial relationships.",
    ],
)
def test_still_a_disclosure(body: str) -> None:
    assert faculty(body) == []
