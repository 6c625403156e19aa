"""Provider: lines that name an organisation before an activity noun without offering the
activity (provider_guards.py): a line in capitals, a credential's programme, a person's post's
unit. Invented text (docs/corpus.md 'Provider')."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider


def _page(line: str) -> str:
    return "Heart Update 2026\n\nA review of heart failure care for nurses.\n\n" + line + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "GAIN A QUICK LOOK INTO THE COURSE",
        "TAKE A SHORT TOUR OF THE WORKSHOP",
        "A BRIEF TASTE OF THE SEMINAR",
        "WATCH A FREE PREVIEW OF THE WEBINAR",
        "GET A FIRST GLIMPSE OF THE CONFERENCE",
    ],
)
def test_a_line_in_capitals_names_no_owner(line: str) -> None:
    assert provider(_page(line)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Completing it earns credit toward the Northgate Board of Surgery's Continuous "
        "Certification program.",
        "It counts toward the Eastmoor Board of Pediatrics' Maintenance of Certification program.",
        "Points count toward the Westfield Medical Council's Revalidation programme.",
        "Hours may be claimed in the Harbor Board of Nursing's Licensure program.",
        "It meets the Lakeside Board of Anesthesiology's MOC program requirements.",
    ],
)
def test_a_credentials_programme_names_no_owner(line: str) -> None:
    assert provider(_page(line)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Ana Roe is a Program Director for the Elm Valley IM Residency Program.",
        "Bo Li is Chair of the Northgate Heart Society Annual Conference.",
        "Dr Pell is the course director at the Harbor Institute Ultrasound Course.",
        "Mele Tupou, Dean of the Westfield Nursing School summer program, will speak.",
        "Jo Lam is a lecturer with the Riverside Eye Clinic training program.",
    ],
)
def test_a_posts_unit_names_no_owner(line: str) -> None:
    assert provider(_page(line)) is None


@pytest.mark.parametrize(
    ("line", "org"),
    [
        # near misses: the owner stays where the line is not in capitals, not a credential's
        # programme, not after a post
        ("Register for the Northgate Heart Society Annual Conference.", "Northgate Heart Society"),
        (
            "The Harbor Nurses Association offers a certification review course.",
            "Harbor Nurses Association",
        ),
        ("Join the ELM Heart Society's annual conference.", "ELM Heart Society"),
    ],
)
def test_the_owner_stays_otherwise(line: str, org: str) -> None:
    assert provider(_page(line)) == org
