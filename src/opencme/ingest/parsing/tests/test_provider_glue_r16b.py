"""Provider (R-PV-70): an accreditation section's heading the text ran onto the statement's
subject ("Accreditation The X is accredited by …") and words garbled by a wrong encoding
before the name ("ºÚÁϳ X School of Pharmacy") are not part of the name. Invented text
(docs/corpus.md 'Provider')."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.org_names import clean_org
from opencme.ingest.parsing.tests.readers import provider

_ACPE = "is accredited by the Accreditation Council for Pharmacy Education as a provider."


@pytest.mark.parametrize(
    ("heading", "org"),
    [
        ("Accreditation", "Elm School of Pharmacy"),
        ("Accreditation Statement", "Elm School of Pharmacy"),
        ("Accreditation and Credit Designation", "Elm School of Pharmacy"),
        ("Joint Accreditation Statement", "Elm School of Pharmacy"),
        ("Accredited Provider", "Elm School of Pharmacy"),
    ],
)
def test_a_heading_run_onto_the_subject(heading: str, org: str) -> None:
    text = f"Ethics Day 2027\n\nMission\n\nWe teach.\n\n{heading} Elm School of Pharmacy {_ACPE}\n"
    assert provider(text) == org


@pytest.mark.parametrize(
    ("run", "org"),
    [
        ("ÂºÃ¤Â¹Ã Elm School of Pharmacy", "Elm School of Pharmacy"),
        ("Ã³Â¹ Harbor College", "Harbor College"),
        # near misses: a name with letters of other languages stays whole
        ("Société Française de Cardiologie", "Société Française de Cardiologie"),
        ("Ärztekammer Nordrhein", "Ärztekammer Nordrhein"),
    ],
)
def test_a_garbled_word_before_the_name(run: str, org: str) -> None:
    assert clean_org(run) == org


def test_a_name_starting_like_a_heading_word_stays() -> None:  # near miss
    text = f"Ethics Day 2027\n\nAccreditation Council Academy of Pharmacy {_ACPE}\n"
    assert provider(text) != "Council Academy of Pharmacy"
