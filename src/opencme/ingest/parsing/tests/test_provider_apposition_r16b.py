"""Provider (R-PV-72): the organisation described as a provider in apposition ("X – as a CPD
Major Provider – will help you …", "X, as an accredited provider of continuing education,
offers …"). Invented text (docs/corpus.md 'Provider')."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider


def _page(line: str) -> str:
    return "GP Education Program\n\n" + line + "\n"


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "Together with the college, Elmscope - as a CPD Major Provider - will help you.",
            "Elmscope",
        ),
        (
            "The Harbor Heart Society, as an accredited provider of continuing education, "
            "offers monthly webinars.",
            "Harbor Heart Society",
        ),
        (
            "Northgate Health, as the CME provider, ensures the content is balanced.",
            "Northgate Health",
        ),
        (
            "Birch Hospitals – as a recognised education provider – runs the meetings.",
            "Birch Hospitals",
        ),
        (
            "Westfield Nurses Group, as an approved provider, keeps records for six years.",
            "Westfield Nurses Group",
        ),
    ],
)
def test_an_organisation_named_a_provider_in_apposition(line: str, org: str) -> None:
    assert provider(_page(line)) == org


@pytest.mark.parametrize(
    "line",
    [
        # near misses: a person as a provider, an accreditor, a provider of care
        "Dr Ana Roe, as a primary care provider, sees patients weekly.",
        "The ACCME, as the accreditor of providers, sets the standards.",
    ],
)
def test_no_provider(line: str) -> None:
    assert provider(_page(line)) is None
