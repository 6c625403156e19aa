"""R-MI-2 (invented text): a compound length after a verb of lasting or taking; a programme's
or a part's length is not the activity's; two sittings of one day add up."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import parse_listing


def _minutes(text: str) -> object:
    return parse_listing(text).record["estimated_minutes"]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("- Event lasts 1 hour 30 minutes", 90),
        ("The webinar runs for 2 hours and 15 minutes.", 135),
        ("Each evening class meets for 1 hour, 45 minutes.", 105),
        ("The module takes about 1 hour 20 mins.", 80),
        ("The session will last 2 hrs 10 min in all.", 130),
    ],
)
def test_a_compound_length_after_lasting_or_taking(sentence: str, want: int) -> None:
    assert _minutes("Pain Update Webinar\n\n" + sentence + "\n") == want


_PROGRAMME = (
    "Coastal Paramedic Expo 2026 Program\n\n"
    "8:30 am - 12:30 pm\nAirway Workshop\n\n"
    "1:00 pm - 3:00 pm\nWound Closure\n\n"
    "3:30 pm - 5:00 pm\nECG Basics\n{prose}\n"
)


@pytest.mark.parametrize(
    "prose",
    [
        "In this thrilling 2-hour course you will read rhythm strips.",
        "A 90 minute workshop on splints.",
        "The session lasts 45 minutes.",
        "This 3 hour training covers triage.",
        "A 1-hour lecture on sepsis.",
    ],
)
def test_a_length_on_a_programme_of_sessions_is_a_parts(prose: str) -> None:
    assert _minutes(_PROGRAMME.format(prose=prose)) is None


def test_a_schedule_table_flattened_to_one_line_is_a_programme() -> None:
    text = (
        "Diabetes Day\nDAY 1 TIME Duration TOPIC 7:30AM 8:00AM 30 min REGISTRATION 8:00AM "
        "9:00AM 60 min INSULINS 9:00AM 9:45AM 45 min CARE PROGRAM Dr Lee\n"
    )
    assert _minutes(text) is None


def test_one_session_and_a_stated_length_is_the_activitys() -> None:
    text = "ECG Basics\n\n1:00 pm - 3:00 pm\nIn this 2-hour course you will read rhythm strips.\n"
    assert _minutes(text) == 120


@pytest.mark.parametrize(
    "sentence",
    [
        "Sponsors may host a ninety-minute symposium during the Annual Meeting.",
        "We offer a 30-minute session within the congress for members.",
        "A 1-hour lecture as part of the course covers ethics.",
        "There is a 45-minute workshop held during the conference.",
        "Book a 2-hour satellite symposium during this meeting.",
    ],
)
def test_a_part_held_during_the_activity_is_no_length(sentence: str) -> None:
    assert _minutes("Psychiatry Institute 2026\n\n" + sentence + "\n") is None


def test_a_length_at_a_place_is_the_activitys() -> None:
    text = "Suturing Skills\n\nA 2-hour course at the Harbour Hotel for nurses.\n"
    assert _minutes(text) == 120


@pytest.mark.parametrize(
    ("times", "want"),
    [
        ("(11:00 am-1:30 pm & 2:45-5:15 pm Eastern)", 300),
        ("9:00 am - 12:00 pm and 1:00 pm - 4:00 pm", 360),
        ("10:00-11:30 am + 1:00-2:30 pm", 180),
        ("9 am to 12 pm & 1 pm to 3 pm", 300),
        ("08:30-10:00 and 10:30-12:00", 180),
    ],
)
def test_two_sittings_of_one_day_add_up(times: str, want: int) -> None:
    text = (
        "Group Therapy Skills\nLive Virtual Workshop\nSaturday, 14 March 2026\n"
        + times
        + "\nJoin us live on Zoom.\n"
    )
    assert _minutes(text) == want


def test_a_choice_of_sittings_is_one_length() -> None:
    text = (
        "Group Therapy Skills\nLive Virtual Workshop\nSaturday, 14 March 2026\n"
        "9:00-10:00 am or 2:00-3:00 pm\nJoin us live on Zoom.\n"
    )
    assert _minutes(text) == 60
