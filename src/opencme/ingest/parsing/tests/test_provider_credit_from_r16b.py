"""Provider (R-PV-69): the organisation a credit comes "from" ("eligible for AMA PRA Category 1
Credit™ from the Elm Clinic Center for Medical Education (myCME) website", "earn 3 contact hours
from the Harbor College of Pharmacy"), when nothing else names a provider; an accreditor is
none. Invented text (docs/corpus.md 'Provider')."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider


def _page(line: str) -> str:
    return "How to Claim Reviewer Credit\n\n" + line + "\n"


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "Reviewers of a manuscript for the journal are eligible for AMA PRA Category 1 "
            "Credit™ from the Elm Clinic Center for Medical Education (myCME) website.",
            "Elm Clinic Center for Medical Education",
        ),
        (
            "Learners earn 3 contact hours from the Harbor College of Pharmacy.",
            "Harbor College of Pharmacy",
        ),
        (
            "Attendees receive CPD points from the Northgate Dental Association.",
            "Northgate Dental Association",
        ),
        (
            "Claim your credits from the Westfield Nursing Society online.",
            "Westfield Nursing Society",
        ),
        (
            "You may claim 1.5 CEUs from the Birch Institute of Therapy upon completion.",
            "Birch Institute of Therapy",
        ),
    ],
)
def test_the_organisation_a_credit_comes_from(line: str, org: str) -> None:
    assert provider(_page(line)) == org


@pytest.mark.parametrize(
    "line",
    [
        # near misses: an accreditor, credit from other providers, a person
        "Physicians may claim AMA PRA Category 1 Credit™ from the American Medical Association.",
        "Credits from ACCME-accredited providers count toward the requirement.",
        "Learners earn 2 hours from Dr Ana Roe's lecture.",
    ],
)
def test_no_provider(line: str) -> None:
    assert provider(_page(line)) is None
