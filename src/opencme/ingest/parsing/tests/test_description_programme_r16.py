"""R-DE-9: a part's abstract inside a programme (two part headings or more: a clock time or a
range, or a part's noun and its number) is not the activity's description while another
paragraph qualifies (invented text)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import parse_listing

INTRO = (
    "Pressure injuries remain common in aged care, and most can be prevented with simple "
    "changes to positioning, skin care and nutrition that every nurse can make."
)
ABSTRACT_1 = (
    "This session will explore the staging of pressure injuries with photographs from "
    "practice and a short quiz for the audience at the end."
)
ABSTRACT_2 = (
    "This talk reviews the evidence for support surfaces and repositioning schedules in "
    "residential care, with time for questions from the floor."
)


def _description(text: str) -> str | None:
    return parse_listing(text).record["description"]


@pytest.mark.parametrize(
    ("head_1", "head_2"),
    [
        ("09:00 – 10:30 Staging pressure injuries", "11:00 – 12:00 Support surfaces"),
        ("9.15am Staging pressure injuries", "10.45am Support surfaces"),
        ("Session 1: Staging pressure injuries", "Session 2: Support surfaces"),
        ("Workshop A – Staging pressure injuries", "Workshop B – Support surfaces"),
        ("Day 1", "Day 2"),
        ("2 pm to 3 pm: Staging", "3.30 pm to 4.30 pm: Support surfaces"),
    ],
)
def test_a_parts_abstract_gives_way_to_the_page_paragraph(head_1: str, head_2: str) -> None:
    text = (
        f"Pressure Injury Prevention Day\n\n{INTRO}\n\nProgramme\n\n{head_1}\n{ABSTRACT_1}\n\n"
        f"{head_2}\n{ABSTRACT_2}\n"
    )
    assert _description(text) == INTRO


def test_one_part_heading_makes_no_programme() -> None:
    """A near miss: a single session's page ("Session 1: …" once) keeps its abstract."""
    text = f"Pressure Injury Prevention\n\n{INTRO}\n\nSession 1: Staging\n{ABSTRACT_1}\n"
    assert _description(text) == ABSTRACT_1


def test_a_programme_alone_still_gives_its_first_abstract() -> None:
    """A near miss: with no other paragraph, the first part's abstract is read as before."""
    text = (
        "Pressure Injury Prevention Day\n\nDay 1: Staging\n"
        f"{ABSTRACT_1}\n\nDay 2: Support surfaces\n{ABSTRACT_2}\n"
    )
    assert _description(text) == ABSTRACT_1


def test_a_key_ends_the_programme() -> None:
    """Paragraphs under a known key after the programme are read again."""
    about = (
        "This study day brings together nurses and care workers to share practical ways of "
        "preventing pressure injuries in residential aged care."
    )
    text = (
        f"Pressure Injury Prevention Day\n\nSession 1: Staging\n{ABSTRACT_1}\n\n"
        f"Session 2: Support surfaces\n{ABSTRACT_2}\n\nDescription: {about}\n"
    )
    assert _description(text) == about
