"""Round 17 (development listings of batch 5): lines naming a person are never the title, a
quoted name after "titled:" is, invented wordings and near misses."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.title_byline import person_line


@pytest.mark.parametrize(
    "line",
    [
        # a byline alone on its line
        "by Orla Penhallow MRPharmS",
        "By Tamsin Quarrel",
        "Written by Dr Ivo Marchetti, PhD",
        "Posted by Hester Vane RN",
        "Reported by Prof. Ansel Trew",
        # a caption or a speaker's card: a name, a comma and a post
        "Orla Penhallow, Associate Professor in Midwifery and Practice Lead at Tern University",
        "Dr Ivo Marchetti, a regional social work adviser for Harbour Children's Services",
        "Tamsin Quarrel, RN, Director of Nursing, Lakeside Hospital",
        "Hester Vane, Senior Lecturer in Paramedicine",
        "Ansel Trew, founder of the Quay Street Clinic",
        "Mr Corin Dale, Consultant Orthopaedic Surgeon at Northgate",
    ],
)
def test_person_lines(line: str) -> None:
    assert person_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "By the Numbers: Statistics for Nurses",  # "by" and no person: a name
        "Wound Care, Lead Nurse Update",  # the words of a subject before the comma
        "Diabetes Management, Director's Cut Edition",  # no person's name
        "Harbour Forum 2031",
        "Knee Pain in Runners, Who Needs Imaging?",
    ],
)
def test_not_person_lines(line: str) -> None:
    assert not person_line(line)


def test_byline_is_not_the_title() -> None:
    text = (
        "by Orla Penhallow MRPharmS\n\n"
        "The harbour pharmacists' guild has fixed this year's conference for 3 May 2031 and "
        "recommends that all members attend.\n\n"
        "The conference, titled: “a fresh look at dispensing” has keynote speakers from the "
        "whole sector.\n"
    )
    assert parse_rules(text).record["title"] == "a fresh look at dispensing"


def test_caption_is_not_the_title() -> None:
    text = (
        "Nurses and midwives gathered at Tern University to discuss the new revalidation "
        "process and how to meet its requirements in practice.\n\n"
        "Hester Vane, Senior Lecturer in Midwifery and Revalidation Lead at Tern University\n"
    )
    assert parse_rules(text).record["title"] != (
        "Hester Vane, Senior Lecturer in Midwifery and Revalidation Lead at Tern University"
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The workshop, titled: “Caring for the Carer” runs all day.", "Caring for the Carer"),
        ("This year's seminar, entitled: “Gut Feelings” is free.", "Gut Feelings"),
        (
            "The course titled “Sleep and the Shift Worker” opens soon.",
            "Sleep and the Shift Worker",
        ),
    ],
)
def test_quoted_after_naming_verb(sentence: str, name: str) -> None:
    text = f"Welcome\n\n{sentence} It is run by the harbour nurses' guild for its members.\n"
    assert parse_rules(text).record["title"] == name
