"""People taking part said to be in the room are in person (R-DL-5; invented text)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

DAY = "Pain Course\nTuesday, March 9, 2027, 9:00 AM - 4:00 PM\n"


def delivery(text: str) -> object:
    return parse_rules(text).record["delivery"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Join us in the room for a day of cases.",
        "Delegates in the room will work in small groups.",
        "Attendees in the room can ask questions at the microphone.",
        "Participants physically in the room receive a printed workbook.",
        "Learners in the room practise on models.",
    ],
)
def test_people_taking_part_in_the_room_are_in_person(sentence: str) -> None:
    assert delivery(DAY + sentence + "\n") == "in_person"


@pytest.mark.parametrize(
    "sentence",
    [
        "The nurse in the room records vital signs.",
        "Learn to read the room when breaking bad news.",
    ],
)
def test_a_person_of_care_in_the_room_is_no_attendance(sentence: str) -> None:
    assert delivery(DAY + sentence + "\n") is None
