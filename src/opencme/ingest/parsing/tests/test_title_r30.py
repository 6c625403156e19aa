"""R-TI-34, R-TI-35, R-TI-2: a key naming the activity's title or name ("Title of Offering",
"Course Name"); a letter's salutation, an aside wholly in brackets and a date with its weekday in
brackets never the title (invented text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def title(text: str) -> str | None:
    return parse_rules(text).record["title"]


@pytest.mark.parametrize(
    "key",
    [
        "Title of Offering",
        "Course Name",
        "Name of Course",
        "Event Name",
        "Title of the Activity",
        "Program Name",
        "Workshop Title",
    ],
)
def test_a_key_naming_the_activitys_title(key: str) -> None:
    text = (
        f"Developed by: Ann Lee, RN\n{key}: Caring for Wounds in Older Adults\nContact Hours: 2\n"
    )
    assert title(text) == "Caring for Wounds in Older Adults"


def test_a_sessions_title_key_names_a_part_not_the_activity() -> None:
    text = "Session Title: Caring for Wounds in Older Adults\nContact Hours: 2\n"
    assert title(text) != "Caring for Wounds in Older Adults"


def test_a_salutation_is_no_title() -> None:
    text = (
        "Dear conference attendee,\n\nAlso this year the conference has been awarded CME "
        "points. These points count in the national system and abroad.\n\nWhat are CME "
        "points?\n\nCME points measure the learning of doctors.\n"
    )
    assert title(text) is None


def test_a_date_with_its_weekday_in_brackets_and_an_aside_in_brackets_are_no_title() -> None:
    text = (
        "(Register by May 1 (Fri), 23:59 KST)\n\nSeptember 14(Sat), 2031\n\n"
        "Registration fee\n\nMembers: 100 USD\n"
    )
    assert title(text) is None


def test_a_name_beginning_with_a_bracket_stays() -> None:
    text = "(Re)Thinking Chronic Pain\n\nA course for nurses on chronic pain.\nContact Hours: 2\n"
    assert title(text) == "(Re)Thinking Chronic Pain"
