"""The people a report or an announcement says attend or attended the activity (round 17;
R-AU-2; docs/corpus.md "Audience"), on invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import audience

aud = audience


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Pebble Forum meets in Harbourtown. Close to 250 respiratory therapists"
            " are expected to attend the forum, giving them time to network.",
            ["respiratory therapists"],
        ),
        (
            "The Pebble Symposium was held on campus. Cardiologists, geneticists, nurse"
            " practitioners and other clinical staff from around the state convened to"
            " discuss new guidelines.",
            [
                "cardiologists",
                "geneticists",
                "nurse practitioners",
                "other clinical staff from around the state",
            ],
        ),
        (
            "The Lantern Centre hosts the meeting. Some 4,500 occupational therapists (OTs) and"
            " OT students from across the country are convening to attend workshops.",
            ["occupational therapists", "ot students"],
        ),
        (
            "The Quill Day ran over two days. This year, over 200 midwives and lactation"
            " consultants attended the sessions on perinatal care.",
            ["midwives", "lactation consultants"],
        ),
        (
            "The winter meeting was a success. Podiatrists and orthotists took part in the"
            " hands-on sessions on gait.",
            ["podiatrists", "orthotists"],
        ),
        (
            "The Harbour Summit returned for a fifth year. The summit brought together"
            " paramedics, emergency physicians and flight nurses from around the state.",
            ["paramedics", "emergency physicians", "flight nurses"],
        ),
        (
            "The autumn congress grew again. The congress attracted more than 400 dietitians.",
            ["dietitians"],
        ),
        (
            "Pebble Week is held in May. Audiologists can participate in the Pebble congress"
            " for the first time.",
            ["audiologists"],
        ),
    ],
)
def test_attendees_are_the_audience(text: str, want: list[str]) -> None:
    assert aud(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause's verb: the sentence says what attendees must do
        "Physicians who attend the Pebble course must sign in at the desk.",
        # a subordinate clause
        "If nurses attend both days, a certificate is issued.",
        # "attend to": caring for, not attending
        "The Pebble ward is busy. Nurses attend to patients around the clock.",
        # members: a price tier
        "Members can attend the Pebble workshop free of charge.",
        # a named person or whoever comes
        "The Quill meeting is on Friday. Health Minister the Hon. Ana Roe will attend.",
        "The Quill meeting is on Friday. Over 300 delegates attended the opening.",
        "The Quill meeting is on Friday. Speakers and exhibitors will gather in the hall.",
    ],
)
def test_near_misses_name_no_attendees(text: str) -> None:
    assert aud(text) == []


def test_a_day_for_people_is_for_them() -> None:
    text = "The Pebble regional day is specifically for local delegates and other members."
    assert aud(text) == ["local delegates", "other members"]
