"""Remote-only words, video links, a refused in-person part and keys of delivery (R-DL-5;
invented text)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

WHEN = "Wednesday, March 10, 2027, 7:30 AM - 8:30 AM\n"


def fmt_delivery(text: str) -> tuple[object, object]:
    r = parse_rules(text).record
    return r["format"], r["delivery"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The seminar is online-only.",
        "This is a virtual only event.",
        "Attend virtually only; there is no in-person component.",
        "Remote only: a joining link is emailed the day before.",
        "Clinicians join by video link from their own practices.",
    ],
)
def test_a_session_taken_part_in_only_remotely_is_internet_live(sentence: str) -> None:
    assert fmt_delivery("Asthma Seminar\n" + WHEN + sentence + "\n") == ("internet_live", "online")


def test_a_video_link_to_other_sites_beside_a_room_is_hybrid() -> None:
    text = (
        "Medicine Grand Rounds\n" + WHEN + "Main auditorium, with live video link to "
        "satellite sites.\n"
    )
    assert fmt_delivery(text) == ("rss", "hybrid")


@pytest.mark.parametrize(
    "line",
    [
        "Delivery: Self-paced online",
        "Delivery method: Online",
        "Mode of delivery: Virtual",
        "Attendance: Remote",
        "Course type: E-learning",
    ],
)
def test_a_key_of_delivery_valued_online_is_online(line: str) -> None:
    assert fmt_delivery("Asthma Basics\n" + line + "\n")[1] == "online"


@pytest.mark.parametrize(
    "line",
    [
        "Delivery: Face-to-face",
        "Delivery of care: hospital and community",
        "Online registration closes 1 March.",
    ],
)
def test_other_keys_and_values_are_not_online(line: str) -> None:
    assert fmt_delivery("Asthma Basics\n" + line + "\n")[1] != "online"
