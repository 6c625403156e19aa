"""The organisation that assigns, allocates or awards an amount of credit to the activity is
its provider, as one that designates it (R-PV-1, docs/corpus.md 'Provider'). Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider


def _page(line: str) -> str:
    return "Spring Update 2026\n\n" + line + "\n"


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "Northgate Learning has assigned 2 hours of CPD credit to this unit.",
            "Northgate Learning",
        ),
        (
            "The Harbor Nursing Council allocates up to 6 CPD points to this course.",
            "Harbor Nursing Council",
        ),
        (
            "Elm Valley Pharmacy Academy has awarded 2.5 CE hours to the workshop.",
            "Elm Valley Pharmacy Academy",
        ),
        (
            "Kestrel Medical Education assigns 1 hour of continuing education credit to each "
            "webinar.",
            "Kestrel Medical Education",
        ),
        (
            "The Westfield College of Physicians has allocated 3 Category 1 credits to this "
            "activity.",
            "Westfield College of Physicians",
        ),
    ],
)
def test_the_organisation_giving_an_amount_of_credit_provides(line: str, org: str) -> None:
    assert provider(_page(line)) == org


@pytest.mark.parametrize(
    "line",
    [
        "The Northgate Hospital assigns a mentor to each new nurse.",  # no credit
        "Elm Health has assigned 4 staff to this unit.",  # an amount, no credit
        "Participants are assigned 2 hours of reading to this module.",  # no organisation
    ],
)
def test_no_provider_without_credit_given_by_an_organisation(line: str) -> None:
    assert provider(_page(line)) is None
