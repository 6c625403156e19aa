"""An activity made "with X in mind", one that "will appeal to" X, an umbrella giving way to
the people a colon lists after it, and people welcomed after a lead sentence (round 17;
R-AU-2, R-AU-3; docs/corpus.md "Audience"), on invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import audience

aud = audience


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Pebble Skills is a 3-day course designed with speech therapists and school"
            " counsellors in mind and carries 12 points.",
            ["speech therapists", "school counsellors"],
        ),
        (
            "This course was developed with rural physicians in mind.",
            ["rural physicians"],
        ),
        (
            "The Lantern programme has been created specifically with the needs of practice"
            " nurses in mind.",
            ["practice nurses"],
        ),
        (
            "The Quill Primer is a short course. It has been written with pharmacy technicians"
            " in mind.",
            ["pharmacy technicians"],
        ),
        (
            "Our masterclass is built with orthodontists and dental hygienists in mind.",
            ["orthodontists", "dental hygienists"],
        ),
        (
            "The webinar series was tailored with paramedics in mind, covering airway care.",
            ["paramedics"],
        ),
    ],
)
def test_made_with_people_in_mind(text: str, want: list[str]) -> None:
    assert aud(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # made with a thing in mind, not people
        "This course was designed with patient safety in mind.",
        # no activity named: a building made with its users in mind
        "The new clinic was built with local families in mind.",
        "Keep your learning goals in mind when you choose modules.",
    ],
)
def test_in_mind_near_misses(text: str) -> None:
    assert aud(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "We believe the congress will appeal to optometrists of all settings: hospital"
            " optometrists, community optometrists and newly registered optometrists.",
            ["hospital optometrists", "community optometrists", "newly registered optometrists"],
        ),
        (
            "The summit appeals to clinic managers and practice owners.",
            ["clinic managers", "practice owners"],
        ),
        (
            "This workshop is suitable for therapists of every kind: art therapists and play"
            " therapists.",
            ["art therapists", "play therapists"],
        ),
        (
            "The seminar will appeal especially to podiatrists.",
            ["podiatrists"],
        ),
        (
            "The lecture series is designed for allied health staff: physiotherapists,"
            " dietitians, and speech pathologists.",
            ["physiotherapists", "dietitians", "speech pathologists"],
        ),
    ],
)
def test_appeal_and_colon_lists(text: str, want: list[str]) -> None:
    assert aud(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the colon lists no people: the umbrella stays
        "The Pebble module is designed for nurses: it covers wound care and dressings.",
        # one person after the colon is no list
        "The Quill module is intended for hospital doctors: registrars.",
    ],
)
def test_colon_near_misses_keep_the_umbrella(text: str) -> None:
    assert aud(text) in (["nurses"], ["hospital doctors"])


def test_people_welcomed_after_a_lead_sentence() -> None:
    text = (
        "The Pebble workshop is designed for occupational therapists. Other staff such"
        " as teachers and school counsellors are welcome to come along, though credit is not"
        " assured."
    )
    assert aud(text) == ["occupational therapists", "teachers", "school counsellors"]


def test_appeal_to_no_people_names_no_audience() -> None:
    assert aud("The new series will appeal to a broad public curious about science.") == []
