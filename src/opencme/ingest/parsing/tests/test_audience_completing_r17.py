"""The people an objectives' lead-in says will be able to do something (round 17; R-AU-2;
docs/corpus.md "Audience"), on invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import audience

aud = audience


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On successful completion of this practice-based module, dietitians should be"
            " able to:\n1. Describe the rules.\n",
            ["dietitians"],
        ),
        (
            "Podiatrists who participate in this activity should be able to grade wounds.\n",
            ["podiatrists"],
        ),
        (
            "At the conclusion of this activity, nurses and midwives will be able to list signs.\n",
            ["nurses", "midwives"],
        ),
        (
            "Dental hygienists completing the Pebble module will be able to explain fluoride.\n",
            ["dental hygienists"],
        ),
        (
            "After attending this workshop, occupational therapists should be able to plan"
            " seating.\n",
            ["occupational therapists"],
        ),
        (
            "Following completion of the webinar, speech pathologists can be able to screen.\n",
            ["speech pathologists"],
        ),
    ],
)
def test_objectives_lead_in_names_the_audience(text: str, want: list[str]) -> None:
    assert aud(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # whoever takes it, or one of them
        "Upon completion of this course, participants will be able to list signs.\n",
        "Upon completion of this course, the pharmacist will be able to list signs.\n",
        # an accreditor's credit sentence
        "Social workers finishing the module receive 3 continuing education credits.\n",
        "Any other health workers completing the module will receive a certificate.\n",
        # a verb of something else than learning
        "Nurses who attend this course must bring their badge.\n",
    ],
)
def test_near_misses_name_no_audience(text: str) -> None:
    assert aud(text) == []
