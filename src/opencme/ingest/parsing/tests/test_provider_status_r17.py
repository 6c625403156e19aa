"""A statement giving a name a provider's standing makes it an organisation even when its name
ends in an activity noun ("Elm Health Training is a RACGP Accredited CPD Provider"; R-PV-1),
and a provider's key of more kinds ("Learning provider:", "Webinar provider –"; R-PV-60).
Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider


def _page(line: str) -> str:
    return "Wound Care Update 2026\n\nA one-day course on wound care for nurses.\n\n" + line + "\n"


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("Elm Health Training is a RACGP Accredited CPD Provider.", "Elm Health Training"),
        (
            "Kestrel Nursing Seminars is an approved provider of continuing nursing education.",
            "Kestrel Nursing Seminars",
        ),
        (
            "Harbor Wound Workshops is an accredited provider of CPD under the Nursing Council.",
            "Harbor Wound Workshops",
        ),
        (
            "Northgate Clinical Courses is the sole provider of this programme.",
            "Northgate Clinical Courses",
        ),
        ("Elm Valley Webinars is an ANCC Accredited Provider.", "Elm Valley Webinars"),
    ],
)
def test_a_providers_standing_makes_the_subject_an_organisation(line: str, org: str) -> None:
    assert provider(_page(line)) == org


@pytest.mark.parametrize(
    ("line", "not_org"),
    [
        (
            "The Elm Wound Conference 2026 is approved by the Nursing Council.",
            "Elm Wound Conference 2026",
        ),
        ("The Harbor Heart Symposium is accredited by the ACCME.", "Harbor Heart Symposium"),
    ],
)
def test_an_events_name_approved_is_no_provider(line: str, not_org: str) -> None:
    assert provider(_page(line)) != not_org


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("Learning provider: Elm Health Education", "Elm Health Education"),
        ("Workshop provider – Kestrel Wound Care Ltd", "Kestrel Wound Care Ltd"),
        ("Webinar provider: Harbor Nurses Network", "Harbor Nurses Network"),
        ("Teaching provider: Northgate University", "Northgate University"),
        ("Conference provider: Elm Events Society", "Elm Events Society"),
    ],
)
def test_a_providers_key_of_its_kind(line: str, org: str) -> None:
    assert provider(_page(line)) == org


@pytest.mark.parametrize(
    "line", ["Learning provider: TBC", "Internet provider: Elm Telecom", "Care provider: GP"]
)
def test_no_provider_after_a_key_of_another_kind_or_no_name(line: str) -> None:
    assert provider(_page(line)) is None
