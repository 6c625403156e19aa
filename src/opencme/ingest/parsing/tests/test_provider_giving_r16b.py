"""Provider (R-PV-67): an organisation "giving" an activity ("X will be giving a course in Y"),
a retreat, an expo or a colloquium as activities, a body named for its members and their
country ("Dietitians of Northland") as an organisation, and a supporter's gift toward the
activity as no offering. Invented text (docs/corpus.md 'Provider')."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider, record


def _page(line: str) -> str:
    return "Sleep Dentistry 2027\n\n" + line + "\n"


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "The Harbor Academy of Sleep Dentistry (HASD) will be giving a continuing "
            "education course in oral sleep medicine in Northport.",
            "Harbor Academy of Sleep Dentistry",
        ),
        ("The Elm Dental Society gives a two-day course on implants.", "Elm Dental Society"),
        (
            "The Westfield Nurses Association gave a workshop on wound care.",
            "Westfield Nurses Association",
        ),
        (
            "The Northgate Obesity Network holds an annual retreat for dietitians.",
            "Northgate Obesity Network",
        ),
        (
            "The Birch Paramedic Association will host its expo in May.",
            "Birch Paramedic Association",
        ),
        (
            "The Harbor Institute of Pharmacy is holding a colloquium on safety.",
            "Harbor Institute of Pharmacy",
        ),
    ],
)
def test_an_organisation_giving_an_activity(line: str, org: str) -> None:
    assert provider(_page(line)) == org


@pytest.mark.parametrize(
    "line",
    [
        # near misses: a gift toward the activity, a person giving a talk
        "The Elm Foundation gave a grant to the course.",
        "The Harbor Trust will be giving funding for the workshop.",
        "Dr Ana Roe will be giving a lecture on sleep.",
    ],
)
def test_no_offering(line: str) -> None:
    assert provider(_page(line)) is None


@pytest.mark.parametrize(
    ("line", "org", "partner"),
    [
        (
            "The retreat is co-hosted by the Northgate Obesity Network and Dietitians of "
            "Northland.",
            "Northgate Obesity Network",
            "Dietitians of Northland",
        ),
        (
            "The course is co-hosted by the Elm Heart Society and Doctors of Westfield.",
            "Elm Heart Society",
            "Doctors of Westfield",
        ),
        (
            "The day is jointly presented by the Harbor College and Pharmacists of Eastmoor.",
            "Harbor College",
            "Pharmacists of Eastmoor",
        ),
    ],
)
def test_a_body_named_for_its_members(line: str, org: str, partner: str) -> None:
    rec = record(_page(line))
    assert (rec["provider"], rec["joint_providers"]) == (org, [partner])


def test_a_field_of_is_no_body() -> None:  # near miss: "Disorders of X" names no members
    rec = record(
        _page("The course is co-hosted by the Elm Sleep Society and Disorders of Breathing.")
    )
    assert rec["joint_providers"] != ["Disorders of Breathing"]
