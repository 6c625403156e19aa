"""Professions an activity grows (their knowledge, skills, capacity), keeps current, or
educates, inspires and motivates (round 17; R-AU-2; docs/corpus.md "Audience"), on invented
text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import audience

aud = audience


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Pebble disease is common. This home-study module will deepen"
            " pharmacists’ understanding of the basic steps of care.",
            ["pharmacists"],
        ),
        (
            "The Lantern webinar builds the capacity of rural nurses to manage heart failure.",
            ["rural nurses"],
        ),
        (
            "These sessions strengthen dietitians' confidence in tube feeding.",
            ["dietitians"],
        ),
        (
            "The two-day workshop aims to improve the clinical skills of physiotherapists and"
            " exercise physiologists.",
            ["physiotherapists", "exercise physiologists"],
        ),
        (
            "The annual Quill conference keeps area paramedics informed on new equipment.",
            ["area paramedics"],
        ),
        (
            "Our monthly lecture series keeps practice managers up to date with billing rules.",
            ["practice managers"],
        ),
        (
            "Glaucoma is common. This refresher brings orthoptists up-to-date on the latest"
            " treatment of glaucoma.",
            ["orthoptists"],
        ),
        (
            "The Quill refresher brings practice nurses up to speed on immunisation schedules.",
            ["practice nurses"],
        ),
        (
            "The aim of the Harbour conference is to equip, mentor and train student"
            " midwives who will shape the profession.",
            ["student midwives"],
        ),
        (
            "This course educates and upskills dental assistants in infection control.",
            ["dental assistants"],
        ),
    ],
)
def test_activity_grows_its_learners(text: str, want: list[str]) -> None:
    assert aud(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # patients, not learners
        "This program will improve patients' quality of life and their knowledge of diet.",
        # no activity as the subject: a drug or an organisation
        "The new inhaler builds the confidence of asthmatics in daily life.",
        # "keep" without people
        "The course keeps costs low and content up to date.",
        "The webinar brings the guidelines up to date.",
        # a thing's capacity
        "The training will expand the capacity of the clinic to see more cases.",
    ],
)
def test_grows_near_misses(text: str) -> None:
    assert aud(text) == []
