"""Faculty (R-PE-17): a titled person as the subject of a verb of presenting in the present
tense, as a page narrates the order of its talks ("Dr. B follows with …", "Dr. C then presents
…", "Ms. D’s presentation on …"). Invented text only."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Swallowing Update 2027\n\nAbout this Course\nThis course is available now.\n\n"


def faculty(body: str) -> list[str]:
    out: list[str] = parse_rules(_HEAD + body + "\n", "t").record["faculty"]
    return out


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "The course opens on the exam. Dr. Ana Roe follows with a description of it.",
            ["Dr. Ana Roe"],
        ),
        ("After a break, Dr. Bo Li then presents current tele-therapy practice.", ["Dr. Bo Li"]),
        ("These talks are followed by Ms. Pia Lund’s presentation on children.", ["Ms. Pia Lund"]),
        ("At four, Prof. Cy Ng closes the day with a review of the evidence.", ["Prof. Cy Ng"]),
        ("Next, Mr Tod Ames discusses the role of the nurse.", ["Mr Tod Ames"]),
        ("In the last hour Dr. Ilse K. Marr also covers the new guidance.", ["Dr. Ilse K. Marr"]),
    ],
)
def test_a_titled_presenter_narrated(body: str, want: list[str]) -> None:
    assert faculty(body) == want


@pytest.mark.parametrize(
    "body",
    [
        # near misses: no title; a title with a verb that is no presenting
        "The course covers the bedside exam and current tele-therapy practice.",
        "Dr. Ana Roe reports no relevant financial relationships.",
        "Each year the content of the course is checked and Dr. Bo Li approves it.",
    ],
)
def test_no_presenter(body: str) -> None:
    assert faculty(body) == []
