"""Provider names as other sites write them (R-PV-6, docs/corpus.md 'Provider'): a slash
joining two words of a name's field, and an acronym written first with the name it spells in
brackets. Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.org_names import spelled_out
from opencme.ingest.parsing.tests.readers import provider


def _page(line: str) -> str:
    return "Spring Update 2026\n\n" + line + "\n"


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "The Society of Head/Neck Nurses (SHNN) is accredited as a provider of nursing "
            "continuing professional development by the American Nurses Credentialing Center.",
            "Society of Head/Neck Nurses",
        ),
        (
            "The Northgate Academy of Obstetrics/Gynaecology designates this live activity for a "
            "maximum of 6 AMA PRA Category 1 Credits™.",
            "Northgate Academy of Obstetrics/Gynaecology",
        ),
        (
            "Harbor College of Allergy/Immunology is accredited by the ACCME to provide "
            "continuing medical education for physicians.",
            "Harbor College of Allergy/Immunology",
        ),
        (
            "Elm Valley Pain/Palliative Care Network is approved by the California Board of "
            "Registered Nursing, Provider Number 12345.",
            "Elm Valley Pain/Palliative Care Network",
        ),
        (
            "The Westfield Institute of Ear/Nose/Throat Surgery designates this enduring material "
            "for a maximum of 2 AMA PRA Category 1 Credits™.",
            "Westfield Institute of Ear/Nose/Throat Surgery",
        ),
    ],
)
def test_a_slash_inside_a_name_keeps_the_name_whole(line: str, org: str) -> None:
    assert provider(_page(line)) == org


@pytest.mark.parametrize(
    ("line", "org"),
    [
        # a slash before a brand or an abbreviation is no field of one name: the subject starts
        # after it, as before
        (
            "In support of improving patient care, Kestrel Group/MedLearnCE is jointly "
            "accredited by the ACCME, ACPE and ANCC to provide continuing education.",
            "Kestrel Group/MedLearnCE",
        ),
        (
            "CME/CE Credit The Northgate Heart Society designates this activity for a maximum "
            "of 1 AMA PRA Category 1 Credit™.",
            "CME/CE Credit The Northgate Heart Society",
        ),
    ],
)
def test_a_slash_before_a_brand_or_an_abbreviation_joins_no_name(line: str, org: str) -> None:
    assert provider(_page(line)) != org


@pytest.mark.parametrize(
    ("org", "name"),
    [
        ("NHSA (Northgate Heart Society of Avalon)", "Northgate Heart Society of Avalon"),
        ("SSPA (Southern Social Practitioners Alliance)", "Southern Social Practitioners Alliance"),
        ("KNC (The Kestrel Nursing Council)", "Kestrel Nursing Council"),
        ("HPG (Harbor Pharmacists Guild)", "Harbor Pharmacists Guild"),
        (
            "APHON (Association of Paediatric Haem/Onc Nurses)",
            "Association of Paediatric Haem/Onc Nurses",
        ),
    ],
)
def test_an_acronym_first_gives_the_name_it_spells(org: str, name: str) -> None:
    assert spelled_out(org, org) == name


@pytest.mark.parametrize(
    "org",
    [
        "NHSA (Northgate Heart Society)",  # the initials differ: no spelling of it
        "Elm Trust (Northland)",  # a place after a name
        "ACME (2024 edition)",
    ],
)
def test_brackets_that_spell_no_acronym_stay(org: str) -> None:
    assert spelled_out(org, org) == org


def test_an_acronym_first_under_an_organiser_key() -> None:
    page = _page("Organised by\n\nNHSA (Northgate Heart Society of Avalon)\n\n$120 (members)")
    assert provider(page) == "Northgate Heart Society of Avalon"


@pytest.mark.parametrize(
    "line",
    [
        "The Lead V Rhythm Reading course reviews cardiac anatomy and rhythm strips.",
        "The Level III Trauma Nursing workshop teaches primary and secondary surveys.",
        "The Part IV Wound Care webinar covers dressings and offloading.",
        "The Phase VI Pharmacology module reviews dosing in renal impairment.",
        "This Grade IX Skills course trains staff in airway management.",
    ],
)
def test_a_numbered_part_is_no_owner_of_the_course(line: str) -> None:
    assert provider(_page(line)) is None


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "The Royal Henry VIII Hospital course teaches airway management to nurses.",
            "Royal Henry VIII Hospital",
        ),
        ("The Society of IVF Nurses webinar covers embryo transfer.", "Society of IVF Nurses"),
    ],
)
def test_an_organisation_with_a_numeral_or_a_like_acronym_still_owns(line: str, org: str) -> None:
    assert provider(_page(line)) == org
