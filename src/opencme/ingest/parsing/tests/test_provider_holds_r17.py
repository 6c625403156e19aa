"""The organisation that holds its own event, named with the institution it is part of after
"at", "in" or "within" (R-PV-68, docs/corpus.md 'Provider'). Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider


def _page(line: str) -> str:
    return "Heart Failure Update\n\n" + line + "\n"


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "The Elm Sleep Centre at the Northgate School of Medicine held its first sleep "
            "symposium on 3 May.",
            "Elm Sleep Centre",
        ),
        (
            "Last spring, the Harbor Stroke Institute within Westfield General Hospital hosted its "
            "annual stroke day for nurses.",
            "Harbor Stroke Institute",
        ),
        (
            "The Kestrel Pain Clinic within Northgate University Hospital will hold its 5th "
            "annual pain update in June.",
            "Kestrel Pain Clinic",
        ),
        (
            "The Department of Surgery within the Elm Valley Health System is hosting its "
            "inaugural trauma course.",
            "Department of Surgery",
        ),
        (
            "The Wound Care Centre at the Erewhon District Hospital – Northgate organised its "
            "second masterclass for community nurses.",
            "Wound Care Centre",
        ),
    ],
)
def test_a_unit_at_its_institution_holds_its_event(line: str, org: str) -> None:
    assert provider(_page(line)) == org


def test_a_names_own_at_stays_whole() -> None:
    # a name's own "at" takes no article: one name
    line = "The University of Erewhon at Northgate held its first nursing research day."
    assert provider(_page(line)) == "University of Erewhon at Northgate"


def test_no_owner_without_an_organisation_holding_its_event() -> None:
    # people's own event ("their"), no organisation's
    line = "Staff at the Harbor Cancer Centre held their annual picnic in the garden."
    assert provider(_page(line)) is None
