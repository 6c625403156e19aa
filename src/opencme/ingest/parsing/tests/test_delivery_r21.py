"""Delivery and credit-name cases of session 21 (issue 18; invented text). Each assertion
failed before its change."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def delivery(text: str) -> str | None:
    out: str | None = parse_rules("Harbour Trauma Skills Course\n" + text + "\n").record["delivery"]
    return out


@pytest.mark.parametrize(
    "text",
    [
        "A four-hour classroom and hands-on lab course for first responders.",
        "Day one is classroom instruction; day two is spent on the range.",
        "Each spring the course is held at a venue by the harbour.",
        "Practise airway skills in the skills lab with an instructor.",
    ],
)
def test_words_of_attendance_in_a_room(text: str) -> None:
    # docs/corpus.md 'Delivery': a venue or words of attendance make it in_person
    assert delivery(text) == "in_person"


def test_an_audio_conference_is_taken_at_a_distance() -> None:
    # ACCME's glossary: remote participation "as is the case of teleconferences"
    assert delivery("Join the audio conference on 5 April 2031 at 1 pm.") == "online"


def test_hands_on_skills_name_what_is_learned_not_where() -> None:
    assert delivery("Learners gain practical hands-on skills for wound assessment.") is None


def test_a_professions_council_is_no_credit() -> None:
    text = "Harbour Pharmacy Update\nYou gain credit toward renewal set by the Pharmacy Council.\n"
    assert parse_rules(text).record["credits"] == []


@pytest.mark.parametrize(
    "text",
    [
        # "virtually" meaning "almost"
        "Interest in sleep medicine has virtually exploded in ten years.",
        # a page tool's name, not the activity's medium
        "Add each talk to your Online Program Planner before you travel.",
        # a test completed online says how credit is claimed, not how one learns
        "For credit, the final exam must be completed online.",
    ],
)
def test_online_words_that_say_nothing_of_delivery(text: str) -> None:
    assert delivery(text) is None


def test_an_activity_held_virtually_is_online() -> None:
    assert delivery("The spring meeting will be held virtually.") == "online"
