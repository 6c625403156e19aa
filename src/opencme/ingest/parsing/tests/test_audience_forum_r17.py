"""An activity described as a community, forum or opportunity for people to learn (round 17;
R-AU-2; docs/corpus.md "Audience"), on invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import audience

aud = audience


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Pebble Reading Group is a community for orthodontists to learn, argue, and teach.",
            ["orthodontists"],
        ),
        (
            "Lantern Days are valuable opportunities for midwives to network and share practice.",
            ["midwives"],
        ),
        (
            "Quill Rounds provides a calm, open forum for chaplains and social workers to"
            " discuss hard cases.",
            ["chaplains", "social workers"],
        ),
        (
            "The Harbour congress offers a chance for podiatrists to hear from leading"
            " researchers.",
            ["podiatrists"],
        ),
        (
            "Our journal club has become a welcoming space for pharmacy technicians to stay"
            " current.",
            ["pharmacy technicians"],
        ),
    ],
)
def test_forum_for_people(text: str, want: list[str]) -> None:
    assert aud(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # an objective on one part of the activity
        "4.  To give an opportunity for registrars to present cases and improve skills.",
        # whoever comes, patients
        "The Pebble evening is an opportunity for delegates to network with exhibitors.",
        "The Quill clinic is a safe place for patients to learn about diabetes.",
        # no verb of learning after the people
        "The Harbour room is a venue for surgeons only.",
    ],
)
def test_forum_near_misses(text: str) -> None:
    assert aud(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The website is a community for nurses to learn and share.",
        "Our new app offers a space for pharmacists to connect.",
    ],
)
def test_a_subject_that_is_no_activity_names_no_audience(text: str) -> None:
    assert aud(text) == []
