"""Provider (R-PV-68): the organisation that holds its own event ("X will hold its 16th Annual
Clinical Institute", "…, the X College organized its first CPD programme"), the organisation
"this event was developed by", the owner before an edition ("the X 28th Annual Y Conference");
a governing body's sitting is none. Invented text (docs/corpus.md 'Provider')."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider


def _page(line: str) -> str:
    return "Clinical Update 2027\n\n" + line + "\n"


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "The Harbor Psychiatric Nurses Association (HPNA) will hold its 16th Annual Clinical "
            "Institute on June 7 – 10, 2027 at the Elm Hotel.",
            "Harbor Psychiatric Nurses Association",
        ),
        (
            "In accordance with its charter, where the College is to promote learning, the "
            "Northgate College of Pharmacists organized its first CPD programme on 26 April.",
            "Northgate College of Pharmacists",
        ),
        (
            "The Elm Dental Society is hosting its inaugural Summer School in July.",
            "Elm Dental Society",
        ),
        (
            "The Westfield Midwives Alliance held its second Practice Day last week.",
            "Westfield Midwives Alliance",
        ),
        (
            "The Birch Heart Foundation will once again stage its annual Heart Week.",
            "Birch Heart Foundation",
        ),
        (
            "This 8.5 hour continuing education event was developed by the Harbor Board of "
            "Swallowing Disorders to provide timely information.",
            "Harbor Board of Swallowing Disorders",
        ),
        (
            "Join us for the Northgate Society of Hand Therapists 12th Annual Hand Conference.",
            "Northgate Society of Hand Therapists",
        ),
    ],
)
def test_an_organisation_holding_its_own_event(line: str, org: str) -> None:
    assert provider(_page(line)) == org


@pytest.mark.parametrize(
    "line",
    [
        # near misses: a governing body's sitting, a person holding a post, no "its"
        "The Elm Society's House of Delegates will conduct its 24th Annual Meeting.",
        "Dr Ana Roe will hold her first clinic on Monday.",
        "The Harbor Trust Board of Trustees held its annual meeting.",
    ],
)
def test_no_owner(line: str) -> None:
    assert provider(_page(line)) is None
