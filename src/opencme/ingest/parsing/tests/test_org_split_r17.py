"""A name whose "of"/"for" complement is joined by "and" and placed "in the"/"at the" its
institution is one name; a second organisation after "and" still splits (org_names.split_orgs,
docs/corpus.md 'Provider'). Invented names."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.org_names import split_orgs


@pytest.mark.parametrize(
    "run",
    [
        "Centre for Bone Biology and Joint Research in the Elm Institute",
        "Institute for Lung Health and Sleep Medicine at the Northgate Hospital",
        "Unit for Pain Studies and Palliative Care within the Harbor University Hospital",
        "Centre for Wound Healing and Tissue Repair in the Kestrel Medical School",
        "Programme of Rural Nursing and Midwifery Practice at the University of Erewhon",
    ],
)
def test_a_located_complement_keeps_one_name(run: str) -> None:
    assert split_orgs(run) == [run]


@pytest.mark.parametrize(
    ("run", "parts"),
    [
        (
            "Centre for Sleep Research and the Northgate Heart Foundation",
            ["Centre for Sleep Research", "the Northgate Heart Foundation"],
        ),
        (
            "Institute of Nursing and Elm Hospital in the City of Northgate",
            ["Institute of Nursing", "Elm Hospital in the City of Northgate"],
        ),
        (
            "School of Public Health and Northgate Medical Society at the Elm Centre",
            ["School of Public Health", "Northgate Medical Society at the Elm Centre"],
        ),
    ],
)
def test_a_second_organisation_still_splits(run: str, parts: list[str]) -> None:
    assert split_orgs(run) == parts
