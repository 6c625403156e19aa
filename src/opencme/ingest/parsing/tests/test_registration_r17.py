"""R-RG-3: prose saying who may take part beyond "limited to" (registration_prose.py)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Coastal Wound Care Update\n\nA half-day update on wound care for community teams.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "These talks are free and open to the public.",
        "The module is open for public enrolment.",
        "The session is open to all but only members earn CPD points.",
        "The seminar series remains open to everyone, free of charge.",
        "Our lectures are freely open to the general public.",
        "Registration is open to anyone.",
        "The workshop will be open to members of the public.",
    ],
)
def test_open_to_anyone_is_open(sentence: str) -> None:
    assert record(_HEAD + sentence + "\n")["registration"] == "open"


@pytest.mark.parametrize(
    "sentence",
    [
        "Noon Rounds are open to the faculty and trainees of Harbour Medicine.",
        "The monthly Rounds are available to all in the Department of Nursing.",
        "The course is open only to employees of Coastal Health.",
        "This programme is available to faculty, fellows and trainees at Riverbend Hospital.",
        "Please note that only CWCA and HNA members will be approved to join the meeting.",
        "Only Riverbend Clinic staff may attend.",
        "The workshop is open to members of the Coastal Wound Society.",
    ],
)
def test_taking_part_kept_to_an_institution_or_its_members_is_limited(sentence: str) -> None:
    assert record(_HEAD + sentence + "\n")["registration"] == "limited"


@pytest.mark.parametrize(
    "sentence",
    [
        # an audience, not an openness
        "The course is open to all registered nurses working in community care.",
        "The summit is open to nurses in Tasmania and Victoria.",
        # other programmes, counted
        "Three evening events will be open to the public alongside the congress.",
        # a place, not the activity
        "The museum is open to the public on weekends.",
        # members earning credit, not taking part
        "Only CWCA members can earn the credits listed below.",
    ],
)
def test_near_misses_say_nothing(sentence: str) -> None:
    assert record(_HEAD + sentence + "\n")["registration"] is None
