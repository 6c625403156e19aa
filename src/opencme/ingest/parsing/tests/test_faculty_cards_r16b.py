"""Faculty (R-PE-10): a person's card stored as text, the name alone then the name glued to its
caption ("Ana Roe" / "Ana RoeSocial Worker, BSW"); and a post after a comma is no post-nominal
("Ana Roe, ELM president", "Bo Li, StR in geriatrics"). Invented text only."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Play Therapy Course\n\nA course in play-based work with children.\n\n"


def faculty(body: str) -> list[str]:
    out: list[str] = parse_rules(_HEAD + body, "t").record["faculty"]
    return out


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Mira Castell\nMira CastellSocial Worker in Private Practice, BSW MSW\n"
            "Dr. Tomas Reyl\nDr. Tomas ReylOwner of Elm Play Centre, 20 years experience\n",
            ["Mira Castell", "Dr. Tomas Reyl"],
        ),
        ("Pia Lund\nPia LundBA (Psych), MSW Clinical, 15 years experience\n", ["Pia Lund"]),
        ("Oren Vale\nOren ValeConsultant Psychologist, Harbor Clinic\n", ["Oren Vale"]),
        ("Ilse Marr, PhD\nIlse Marr, PhDProfessor of Social Work\n", ["Ilse Marr, PhD"]),
        ("Jo Tane\nJo TaneFounder and Lead Trainer, Kids First\n", ["Jo Tane"]),
    ],
)
def test_a_card_gives_its_name_not_its_caption(body: str, want: list[str]) -> None:
    assert faculty(body) == want


@pytest.mark.parametrize(
    "body",
    [
        # near misses: a heading repeated over its text, a name-like line glued to a sentence
        "Course Outline\nCourse OutlineModule one covers attachment.\n",
        "Harbor Bay\nHarbor BayWelcome to our centre.\n",
    ],
)
def test_no_card_no_person(body: str) -> None:
    assert faculty(body) == []


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Professor Ana Roe, ELM president\n", ["Professor Ana Roe"]),
        (
            "Dr Bo Li, StR in geriatric medicine at Elm University, spoke on delirium.\n",
            ["Dr Bo Li"],
        ),
        ("Dr Cy Ng, NHS consultant in acute medicine\n", ["Dr Cy Ng"]),
        ("Professor Mele Tupou, RCN vice president for education\n", ["Professor Mele Tupou"]),
        ("Dr Ina Vos, ICU lead at Harbor Hospital\n", ["Dr Ina Vos"]),
        # near misses: post-nominals of the shape stay before a name or at the line's end
        ("Speaker: Ana Roe, FACP, ABIM\n", ["Ana Roe, FACP, ABIM"]),
        ("Dr Bo Li, FRCPC and Dr Cy Ng, FRCPC\n", ["Dr Bo Li, FRCPC", "Dr Cy Ng, FRCPC"]),
    ],
)
def test_a_post_after_a_comma_is_no_post_nominal(body: str, want: list[str]) -> None:
    assert faculty(body) == want
