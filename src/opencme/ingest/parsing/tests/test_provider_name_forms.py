"""A provider's name as the page writes it (docs/corpus.md "Provider"): a company's "Inc." keeps
its full stop where a sentence goes on after it, an "(ACRONYM®)" after the name goes, and an
organisation's possessive is its owner (R-PV-7)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider, record

_HEAD = "Heart Failure Update 2031\n\nA one-day course on heart failure for nurses.\n\n"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # the company's suffix and its mark in parentheses, then "and is accredited"
        (
            "This CME/CE activity is provided by Harbour Education, Inc. (HARBOUR®) and is "
            "accredited for a multi-disciplinary audience.",
            "Harbour Education, Inc.",
        ),
        # "Inc." before the next sentence keeps its full stop
        (
            "This course was developed, written, and produced by Northgate Media, Inc. Jane "
            "Elm served as editor.",
            "Northgate Media, Inc.",
        ),
        # "Ltd" at a sentence's end: the full stop is the sentence's
        (
            "Completing it provides 1 hour of CPD, delivered by Avalon Learning Ltd.",
            "Avalon Learning Ltd",
        ),
        # an organisation's possessive before its unit: the organisation
        (
            "Hosted by Eastfield Regional Medical Center’s trauma center, the event brings "
            "together nurses and paramedics.",
            "Eastfield Regional Medical Center",
        ),
        (
            "This section is provided by HSNA's Bereavement Professionals and Social Worker "
            "Sections.",
            "HSNA",
        ),
    ],
)
def test_provider_name_forms(line: str, want: str) -> None:
    assert provider(_HEAD + line + "\n") == want


def test_a_spelled_out_acronym_drops_its_possessive() -> None:
    text = (
        _HEAD
        + "To be accepted to NETC’s Basic Training program, you must be licensed.\n\n"
        + "Please review the six program requirements for Northgate Education and Training "
        + "Center’s Basic Training in Heart Failure Care:\n"
    )
    assert provider(text) == "Northgate Education and Training Center"


def test_a_partners_event_named_with_a_possessive_is_no_joint_provider() -> None:
    text = (
        _HEAD
        + "Provided by Harbour Heart Society.\n\n"
        + "NOTE: This activity was presented on November 22, 2030, in conjunction with ASHC's "
        + "Annual Meeting and Exhibition.\n"
    )
    assert record(text)["joint_providers"] == []


@pytest.mark.parametrize(
    "name",
    [
        "St. Luke’s Roosevelt Hospital Center",
        "Boston Children’s Hospital",
        "King’s College London",
        # a named body of its own after the possessive
        "Eastfield Fire Department’s Training Academy",
    ],
)
def test_a_possessive_inside_a_name_stays(name: str) -> None:
    assert provider(_HEAD + f"This activity is provided by {name}.\n") == name


def test_a_date_ends_the_names_of_a_run() -> None:
    text = (
        "Managing Diabetes Practice Based Program 27 Contact Hours Presented by Harbour State "
        "Council of Pharmacists October 18 19, 2031 St. Elm University, Bartlett Center, "
        "Eastfield, NY Practice Based Program\n"
    )
    got = record(text)
    assert got["joint_providers"] == []
    assert got["provider"] == "Harbour State Council of Pharmacists"
