"""Joint providers (R-JP-5) and names (R-PV-71): the organisations after "organised / hosted /
put on by" when the cue names two or more and the first is the provider ("organised by A and
the B (a partnership with C)" → A; B joint); a one-word field ending an "of" complement
("Institute of Cardiovascular Medicine and Science") stays in the name. Invented text
(docs/corpus.md 'Provider')."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.org_names import split_orgs
from opencme.ingest.parsing.tests.readers import record


def _page(line: str) -> str:
    return "Heart Failure Course\n\nNews\n\n" + line + "\n"


@pytest.mark.parametrize(
    ("line", "org", "partner"),
    [
        (
            "The new course is organised by Elm Hospitals Trust and the Institute of Heart "
            "Medicine and Science (a partnership with Birch Hospital), with support from X.",
            "Elm Hospitals Trust",
            "Institute of Heart Medicine and Science",
        ),
        (
            "The workshop was hosted by the Harbor Nurses Association and the Westfield College "
            "of Nursing.",
            "Harbor Nurses Association",
            "Westfield College of Nursing",
        ),
        (
            "The symposium is put on by the Northgate Heart Society and Elm University.",
            "Northgate Heart Society",
            "Elm University",
        ),
        (
            "This training is run by the Birch Ambulance Trust and the Harbor Paramedic "
            "Association.",
            "Birch Ambulance Trust",
            "Harbor Paramedic Association",
        ),
        (
            "The course is organized by the Eastmoor School of Nursing and Midwifery and the "
            "Elm Health Trust.",
            "Eastmoor School of Nursing and Midwifery",
            "Elm Health Trust",
        ),
    ],
)
def test_organised_by_several(line: str, org: str, partner: str) -> None:
    rec = record(_page(line))
    assert (rec["provider"], rec["joint_providers"]) == (org, [partner])


def test_a_statement_names_another_provider() -> None:  # near miss: no partner of the cue's
    line = (
        "The course is organised by the Elm Heart Society and the Harbor Nurses Association.\n"
        "The Birch Medical Institute is accredited by the ACCME to provide continuing medical "
        "education for physicians."
    )
    rec = record(_page(line))
    assert rec["provider"] == "Birch Medical Institute"
    assert "Harbor Nurses Association" not in rec["joint_providers"]


@pytest.mark.parametrize(
    ("run", "want"),
    [
        ("Elm Institute of Medicine and Science", ["Elm Institute of Medicine and Science"]),
        ("Harbor School of Nursing and Midwifery", ["Harbor School of Nursing and Midwifery"]),
        # near miss: a name of its own after "and"
        ("Harbor College of Medicine and Elmwood", ["Harbor College of Medicine", "Elmwood"]),
    ],
)
def test_a_field_word_ends_the_complement(run: str, want: list[str]) -> None:
    assert split_orgs(run) == want
