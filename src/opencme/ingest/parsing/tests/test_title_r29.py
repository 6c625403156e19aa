"""R-TI-6, R-TI-30..33: a headline's event named in two words, a line offering an amount of
credit, a news dateline alone on its line, registration opening for an event, a speaker after the
name (invented text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def title(text: str) -> str | None:
    return parse_rules(text).record["title"]


def test_a_headlines_event_of_two_words() -> None:
    text = (
        "Club News\n\nHarbour Rowing to host Physician Workshop\n\n"
        "All team physicians are invited to the Physician Workshop, a one-day training on "
        "May 4, 2031 in Lakeside.\n"
    )
    assert title(text) == "Physician Workshop"


def test_a_headline_verb_with_one_word_after_it_names_no_event() -> None:
    text = "Harbour Rowing to host Symposium\n\nAll team physicians are invited.\n"
    assert title(text) != "Symposium"


@pytest.mark.parametrize(
    "line",
    ["Earn .1 QRSA CEU (1.25 QRSB PDU/1 contact hour)", "Receive 0.1 CEU (1 contact hour)"],
)
def test_a_line_offering_an_amount_of_credit_is_no_title(line: str) -> None:
    text = (
        line + "\nAbstract\nMost older adults with diabetes have a foot wound. This article "
        "describes the prevalence of wounds.\nLearning Objectives\n1. Identify the elements "
        "of wound care\n"
    )
    assert title(text) is None


def test_a_dateline_alone_is_no_title() -> None:
    text = (
        "LAKESIDE (May 2, 2031)\n\n\n"
        "Officials announced plans to host the Harbour Wound Care Conference next year. "
        "The conference, scheduled for May 2-3, 2031, will be held in Lakeside.\n"
    )
    assert title(text) == "Harbour Wound Care Conference"


def test_a_headline_announcing_registration_gives_the_event() -> None:
    text = (
        "Registration Now Open for 2031 National Wound Care Conference\n\n"
        "The conference will be held in Lakeside on May 4, 2031.\n"
    )
    assert title(text) == "2031 National Wound Care Conference"


def test_registration_open_for_a_group_names_no_event() -> None:
    text = "Registration open for members\n\nThe conference will be held in Lakeside.\n"
    assert title(text) is None


def test_a_speaker_after_the_last_separator_goes() -> None:
    text = "Wound Dressing Basics – Dr. Jason Smith\n\nThis course teaches wound dressings.\n"
    assert title(text) == "Wound Dressing Basics"
