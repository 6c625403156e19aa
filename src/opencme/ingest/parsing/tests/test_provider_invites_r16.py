"""Provider: the organisation inviting the reader to its activity, the keys other sites write
before the provider or the organiser, and more organisation nouns (R-PV-59, R-PV-60, org_names
EXTRA_ORG_WORDS). Invented text (docs/corpus.md 'Provider')."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider, record


def _page(line: str) -> str:
    return "Heart Update 2026\n\n" + line + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "The Erewhon Pain Society invites you to attend its annual conference in May.",
        "The Erewhon Pain Society welcomes you to its spring workshop.",
        "Erewhon Pain Society cordially invites members to a webinar on opioids.",
        "Join the Erewhon Pain Society for its annual conference.",
        "Join Erewhon Pain Society at the Autumn Symposium in Hobart.",
        "Welcome to the Erewhon Pain Society Annual Scientific Meeting 2026.",
    ],
)
def test_an_organisation_inviting_the_reader_to_its_activity(line: str) -> None:
    # R-PV-59
    assert provider(_page(line)) == "Erewhon Pain Society"


@pytest.mark.parametrize(
    "line",
    [
        "Join Dr Jane Roe for a webinar on opioids.",
        "Join us for our annual conference.",
        "Jane Roe invites you to her lecture on pain.",
        "The Erewhon Pain Society welcomes new members.",
        "Welcome to the Annual Scientific Meeting 2026.",
    ],
)
def test_near_misses_of_an_invitation(line: str) -> None:
    assert provider(_page(line)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Course provider: Erewhon Pain Society",
        "Accredited provider: Erewhon Pain Society",
        "CPD provider – Erewhon Pain Society",
        "Event organiser: Erewhon Pain Society",
        "Organising committee: Erewhon Pain Society",
        "Host organisation: the Erewhon Pain Society",
        "Convenor: Erewhon Pain Society",
    ],
)
def test_keys_naming_the_provider_or_the_organiser(line: str) -> None:
    # R-PV-60
    assert provider(_page(line)) == "Erewhon Pain Society"


@pytest.mark.parametrize(
    "line",
    [
        "Host: Dr Jane Roe, MD",
        "Convenor: Jane Roe",
        "Course provider: see below",
        "Event organiser: TBC",
    ],
)
def test_near_misses_of_the_keys(line: str) -> None:
    assert provider(_page(line)) is None


def test_an_accredited_provider_stated_elsewhere_comes_before_an_organisers_key() -> None:
    text = _page(
        "Event organiser: Erewhon Pain Society\n\nThe Northgate Medical Association designates "
        "this live activity for a maximum of 2 AMA PRA Category 1 Credits."
    )
    assert provider(text) == "Northgate Medical Association"


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "The webinar is hosted by the Southbay Primary Care Consortium.",
            "Southbay Primary Care Consortium",
        ),
        (
            "This course is run by Northgate Clinical Skills Limited.",
            "Northgate Clinical Skills Limited",
        ),
        ("Lakeview Hospice is delighted to host a palliative care study day.", "Lakeview Hospice"),
        ("This study day is organised by the Northgate Infirmary.", "Northgate Infirmary"),
        ("Offered by Kestrel Training Pty.", "Kestrel Training Pty"),
        ("The workshop is presented by the Erewhon Health Authority.", "Erewhon Health Authority"),
    ],
)
def test_more_organisation_nouns(line: str, org: str) -> None:
    # org_names.EXTRA_ORG_WORDS: an authority, a consortium, a hospice, a company's legal form
    assert provider(_page(line)) == org


@pytest.mark.parametrize(
    "line",
    [
        "This program has been reviewed by the Erewhon Consortium on Experiential Programs.",
        "The Erewhon Consortium of Addiction Programs and Professionals: Provider # 12-345",
    ],
)
def test_a_name_ending_in_an_activity_noun_is_a_body_not_its_activity(line: str) -> None:
    # R-PV-7: "Consortium on/of ... Programs" names a body; its programs are no activity owned
    assert provider(_page(line)) is None


@pytest.mark.parametrize(
    "line",
    [
        "On behalf of the Erewhon Pain Society, it is my pleasure to invite you to our annual "
        "conference.",
        "On behalf of Erewhon Pain Society, we warmly welcome you to the spring workshop.",
        "On behalf of the Erewhon Pain Society, I invite all members to this year's symposium.",
    ],
)
def test_a_welcome_letter_on_behalf_of_an_organisation(line: str) -> None:
    # R-PV-59
    assert provider(_page(line)) == "Erewhon Pain Society"


@pytest.mark.parametrize(
    "line",
    [
        "On behalf of the Organising Committee, we welcome you to the annual conference.",
        "The Organising Committee invites you to the annual conference.",
        "Welcome to the Scientific Committee Annual Meeting.",
        "A Local Organizing Committee event for delegates.",
        "On behalf of the Erewhon Pain Society, thank you for your support.",
    ],
)
def test_a_body_named_by_its_role_alone_is_no_provider(line: str) -> None:
    # org_names.GENERIC_BODY: "the Organising Committee" is part of whoever holds the event
    assert provider(_page(line)) is None


def test_a_joint_initiative_of_two_organisations() -> None:
    rec = record(
        _page("A joint initiative of the Erewhon Pain Society and Kestrel Health Network.")
    )
    assert rec["provider"] == "Erewhon Pain Society"
    assert rec["joint_providers"] == ["Kestrel Health Network"]
