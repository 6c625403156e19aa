"""A place keyed as a way of taking part at a distance (R-DL-5; invented text)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def fmt_delivery(text: str) -> tuple[object, object]:
    r = parse_rules(text).record
    return r["format"], r["delivery"]


WHEN = "Airway Skills Course\nTuesday, March 9, 2027, 9:00 AM - 4:00 PM\n"


@pytest.mark.parametrize(
    "line",
    [
        "Location: Online",
        "Venue: Online via MS Teams",
        "Location: Webinar",
        "Venue: Virtual classroom",
        "Location: Live stream only",
        "Where: Remote (link sent on booking)",
        "Venue: Internet",
    ],
)
def test_a_place_keyed_as_remote_is_online_and_internet_live(line: str) -> None:
    assert fmt_delivery(WHEN + line + "\n") == ("internet_live", "online")


@pytest.mark.parametrize(
    "line",
    [
        "Venue: Online Hall, Eastfield Campus",  # a building of that name
        "Venue: Virtual Reality Lab, Northfield Hospital",
    ],
)
def test_a_venue_whose_name_starts_with_a_remote_word_is_a_venue(line: str) -> None:
    assert fmt_delivery(WHEN + line + "\n")[1] == "in_person"


def test_a_place_keyed_both_ways_is_hybrid() -> None:
    assert fmt_delivery(WHEN + "Location: Online and in person at the Civic Centre\n") == (
        "live",
        "hybrid",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Online | 3 June 2027 | 7pm - 8pm",
        "3 June 2027 • 7:00 PM • Virtual",
        "Webinar | Thursday 3 June 2027 | 7pm BST",
        "3 June 2027 – Online via Zoom – 7pm",
        "Thursday 3 June 2027 | 7pm AEST | Live stream",
    ],
)
def test_a_remote_item_on_the_line_of_the_date_is_online(line: str) -> None:
    assert fmt_delivery("Gout Update\n" + line + "\n") == ("internet_live", "online")


def test_a_venue_item_on_the_line_of_the_date_is_no_remote_place() -> None:
    assert fmt_delivery("Gout Update\nOnline Hall – 3 June 2027 – 7pm\n")[1] != "online"
    assert fmt_delivery("Gout Update\nMarch 2027 | Online registration\n")[1] != "online"
