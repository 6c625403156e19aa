"""Faculty (R-PE-15): under a role key, a bare name-shaped line with a paragraph right under it
that never names it is a session's title over its description, not a person ("By" /
"Simple Wound Closure" / "Participants will perform …"). Invented text only."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Paramedicine Expo 2027 Program\n\nPre-Conference Education\nSeptember 18, 2027\n"


def faculty(body: str) -> list[str]:
    out: list[str] = parse_rules(_HEAD + body + "\n", "t").record["faculty"]
    return out


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Simple Wound Closure", "Participants will perform wound closure for simple skin cuts."),
        ("Airway Basics", "A hands-on, skill-focused airway learning experience using models."),
        ("Resilient Crews", "Spend a day learning tools to help you live and work sustainably."),
        ("Night Shift Health", "This session looks at sleep, food and rest for shift workers."),
        ("Cardiac Arrest Care", "Learn the current steps of resuscitation in the field today."),
    ],
)
def test_a_title_over_its_text_is_no_person(title: str, text: str) -> None:
    body = f"8:30 am - 12:30 pm\nConvention Centre\nBy\n\n{title}\n\n{text}\n\nCost $85\n"
    assert faculty(body) == []


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # near misses: a person's line over a biography naming the person, or over a post
        (
            "Presenters\n\nMira Castell\n\nMira is a flight paramedic and educator based in the "
            "north of the country.\n",
            ["Mira Castell"],
        ),
        ("Presenters\n\nOren Vale\nClinical Educator, Harbor Ambulance\n", ["Oren Vale"]),
    ],
)
def test_a_person_stays(body: str, want: list[str]) -> None:
    assert faculty(body) == want
