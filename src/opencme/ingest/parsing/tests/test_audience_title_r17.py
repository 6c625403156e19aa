"""A title naming whom its activity is for by profession abbreviations or a list of
professions (round 17; R-AU-2; docs/corpus.md "Audience"), on invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.audience_title import title_professions
from opencme.ingest.parsing.tests.readers import audience

aud = audience


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Pebble Swallowing Training for SLTs - Level 2", ["slts"]),
        (
            "Lantern Crown Prep Intensive for OHTs and Dental Nurses",
            ["ohts", "dental nurses"],
        ),
        (
            "Airway Skills for Paramedics, EMTs and Flight Nurses",
            ["paramedics", "emts", "flight nurses"],
        ),
        (
            "Quill Law and Ethics for Associate Counselors (APCCs & ASWs) - 2031",
            ["associate counselors"],
        ),
        ("Harbour Prescribing Update for NPs & PAs", ["nps", "pas"]),
        ("Wound Care Essentials for RNs, LPNs, and CNAs", ["rns", "lpns", "cnas"]),
    ],
)
def test_title_lists_and_abbreviations(title: str, want: list[str]) -> None:
    assert title_professions(title) == want
    assert aud(title + "\n\nThe Pebble course runs online over six weeks.") == want


@pytest.mark.parametrize(
    "title",
    [
        "Sepsis Bundles for ICUs and EDs",  # places, no people
        "Ethics Refresher for CEUs",  # credits
        "Pebble Planning for Clinics",  # no profession
        "Training for SLTs starts in May.",  # a sentence, not a title
    ],
)
def test_title_near_misses(title: str) -> None:
    assert aud(title + "\n\nThe Pebble course runs online over six weeks.") == []
