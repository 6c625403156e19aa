"""Audience classes in the words other sites use (round 16; docs/corpus.md "Audience"; rules.md
R-AU-2, R-AU-3), on invented text: an umbrella before a word singling some out, and lead
phrases of fitting or aiming an activity at people."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules(text, "t").record["audience"]
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Target audience: Health professionals, especially nurses and midwives.",
            ["nurses", "midwives"],
        ),
        (
            "Who should attend: Clinicians, in particular general practitioners and practice "
            "nurses.",
            ["general practitioners", "practice nurses"],
        ),
        (
            "Intended audience: Allied health staff, particularly physiotherapists and "
            "occupational therapists.",
            ["physiotherapists", "occupational therapists"],
        ),
        (
            "Audience: Healthcare workers, notably paramedics, pebble technicians and nurses.",
            ["paramedics", "pebble technicians", "nurses"],
        ),
        (
            "This course is designed for health professionals, especially nurses and midwives.",
            ["nurses", "midwives"],
        ),
        (
            "Target audience: Practitioners, in particular, dentists and dental hygienists.",
            ["dentists", "dental hygienists"],
        ),
    ],
)
def test_an_umbrella_gives_way_to_the_people_a_word_singles_out(text: str, want: list[str]) -> None:
    assert aud("Pebble Course\n" + text + "\n") == want


def test_a_word_singling_out_one_item_is_no_part_of_it() -> None:
    text = "Pebble Course\nTarget audience: Health professionals, especially nurses.\n"
    assert aud(text) == ["health professionals", "nurses"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "This workshop is suited to physiotherapists and exercise physiologists.",
            ["physiotherapists", "exercise physiologists"],
        ),
        (
            "The course is of interest to dietitians and diabetes educators.",
            ["dietitians", "diabetes educators"],
        ),
        (
            "This webinar will be of particular interest to community pharmacists and "
            "practice nurses.",
            ["community pharmacists", "practice nurses"],
        ),
        ("This course is meant for GPs and practice nurses.", ["gps", "practice nurses"]),
        ("The module is written for pharmacy technicians.", ["pharmacy technicians"]),
        (
            "The masterclass caters to dentists and dental therapists.",
            ["dentists", "dental therapists"],
        ),
        (
            "The workshop is tailored to the needs of rural nurses and midwives.",
            ["rural nurses", "midwives"],
        ),
        ("This seminar is directed at practice managers.", ["practice managers"]),
    ],
)
def test_lead_phrases_of_fitting_an_activity_to_people(text: str, want: list[str]) -> None:
    assert aud("Pebble Course\n" + text + "\n") == want


@pytest.mark.parametrize(
    "text",
    [
        "Please send questions directed to the speakers by email.",  # not about the activity
        "The new drug is of interest to researchers and clinicians.",  # a drug, no activity
        "This program is tailored to your schedule.",  # no people
        "The course is ideal for self-paced study.",  # no people
        "This course is aimed at improving patient outcomes.",  # a purpose, no people
    ],
)
def test_near_misses_give_no_audience(text: str) -> None:
    assert aud("Pebble Course\n" + text + "\n") == []


def test_a_dash_and_a_word_singling_one_out_split_the_umbrella_from_it() -> None:
    text = (
        "Pebble Course\nTarget audience: All health professionals – especially those working "
        "in primary care.\n"
    )
    assert aud(text) == ["all health professionals", "those working in primary care"]
    text = "Pebble Course\nTarget audience: Pebble clinicians – particularly nurses and midwives\n"
    assert aud(text) == ["nurses", "midwives"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Target audience: Healthcare professionals including, but not limited to, nurses, "
            "pharmacists and physicians.",
            ["nurses", "pharmacists", "physicians"],
        ),
        (
            "Target audience: Allied health professionals including but not limited to "
            "physiotherapists and dietitians.",
            ["physiotherapists", "dietitians"],
        ),
        (
            "Target audience: Health professionals, and in particular nurses and midwives.",
            ["nurses", "midwives"],
        ),
        (
            "Target audience: Staff such as, but not limited to, nurses and porters",
            ["nurses", "porters"],
        ),
    ],
)
def test_but_not_limited_to_and_a_joined_singling_word(text: str, want: list[str]) -> None:
    assert aud("Pebble Course\n" + text + "\n") == want
