"""A dental study club and a meeting held once or twice a week, month or quarter are a
regularly scheduled series (round 17; R-FO-8; docs/corpus.md "Format"), on invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def fmt(text: str) -> object:
    return parse_rules(text, "t").record["format"]


@pytest.mark.parametrize(
    "text",
    [
        "Pebble Study Club Policy\n\nThe Study Club is a group for dentists to learn through"
        " case-based sessions.\n",
        "Harbour Implant Study Club\n\nJoin our study-club for restorative dentists.\n",
        "Quill Case Review\n\nThe case review meets once per month in the library.\n",
        "Lantern Ethics Group\n\nThe ethics group is held twice a month on Tuesdays.\n",
        "Elm Radiology Review\n\nThe review meets once each quarter with the whole team.\n",
        "Quill Virtual CPD\n\nOpen to members\n\n6+ hosted per month\n\nday and night\n",
        "Harbour Webinars\n\nSeveral webinars are held each month for practice nurses.\n",
        "Birch Talks\n\nThree talks are scheduled every week.\n".replace("Three", "3"),
    ],
)
def test_study_club_and_recurring_meetings_are_rss(text: str) -> None:
    assert fmt(text) == "rss"


@pytest.mark.parametrize(
    "text",
    [
        # a dose, not a meeting
        "Pebble Dosing Course\n\nTake the tablet once per day; this online course explains"
        " dosing.\n",
        # a club that is a society, paying once a year
        "Quill Golf Day\n\nMembers renew once a year.\n",
        # hours of study, not sessions held
        "Pebble Self-Study\n\nExpect to study 3 hours per week in this online course.\n",
    ],
)
def test_near_misses_are_no_series(text: str) -> None:
    assert fmt(text) != "rss"
