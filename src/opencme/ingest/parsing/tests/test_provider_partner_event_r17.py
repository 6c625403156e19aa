"""A partner's event the activity joins names no owner, with an article before the partner's
name too ("in conjunction with the X's Annual Meeting"; docs/corpus.md 'Provider', R-PV-7).
Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider


def _page(line: str) -> str:
    return "Wound Care Update 2026\n\nA one-day course on wound care for nurses.\n\n" + line + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "In conjunction with the Northgate Medical Society's Annual Meeting.",
        "Held in conjunction with the Elm Valley Nurses Association’s annual conference.",
        "This course runs alongside and in conjunction with the Harbor Heart Society's congress.",
        "Previously presented at the Kestrel Wound Society's spring symposium.",
        "A satellite session at the Westfield College of Nursing's annual meeting.",
    ],
)
def test_a_partners_event_names_no_owner(line: str) -> None:
    assert provider(_page(line)) is None


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "The Northgate Medical Society's Annual Meeting returns in May.",
            "Northgate Medical Society",
        ),
        (
            "Join us for Elm Valley Nurses Association’s annual conference.",
            "Elm Valley Nurses Association",
        ),
    ],
)
def test_the_owners_own_event_still_names_it(line: str, org: str) -> None:
    assert provider(_page(line)) == org
