"""Provider: the owner a page names in the words other sites use (R-PV-55..58): "an educational
activity of X", "A X event", "a X-sponsored webinar", a heading "X presents", a footer's
copyright line. Invented text (docs/corpus.md 'Provider')."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider


def _page(line: str) -> str:
    return "Heart Update 2026\n\n" + line + "\n"


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "An educational activity of the Riverside Nursing Association.",
            "Riverside Nursing Association",
        ),
        (
            "This is an educational activity of the Harbor Pharmacists Guild.",
            "Harbor Pharmacists Guild",
        ),
        (
            "A free online course from the Eastfield Institute of Dermatology.",
            "Eastfield Institute of Dermatology",
        ),
        (
            "This is a CME initiative of the Westmark Academy of Family Physicians.",
            "Westmark Academy of Family Physicians",
        ),
        (
            "This is a free webinar series of Lakeview University Hospital.",
            "Lakeview University Hospital",
        ),
        ("It is a certified webinar from the Kestrel Health Network.", "Kestrel Health Network"),
    ],
)
def test_an_activity_of_an_organisation(line: str, org: str) -> None:
    # R-PV-55: an indefinite activity noun "of"/"from" its owner
    assert provider(_page(line)) == org


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "This Kestrel Health Network-sponsored webinar covers heart failure.",
            "Kestrel Health Network",
        ),
        ("A Southbay Nurses Council event for practice nurses.", "Southbay Nurses Council"),
        ("An Erewhon Pain Society-hosted evening event on opioids.", "Erewhon Pain Society"),
        (
            "This Northgate College of Nursing organised event is free.",
            "Northgate College of Nursing",
        ),
        (
            "A Pine Valley Medical Foundation-led course on sepsis.",
            "Pine Valley Medical Foundation",
        ),
    ],
)
def test_an_organisation_owning_an_event(line: str, org: str) -> None:
    # R-PV-56: "A X event", "a X-sponsored/-hosted/-led <activity>"
    assert provider(_page(line)) == org


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Health Network presents\nAdvances in Stroke Care",
        "The Pine Valley Medical Foundation proudly presents:\nWinter Heart School",
        "Erewhon Pain Society presents\n\nOpioid Stewardship Day",
    ],
)
def test_a_heading_naming_the_organisation_that_presents(text: str) -> None:
    # R-PV-57
    assert provider(_page(text)) in (
        "Kestrel Health Network",
        "Pine Valley Medical Foundation",
        "Erewhon Pain Society",
    )


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("© 2025 Northgate Cardiology Society", "Northgate Cardiology Society"),
        ("Riverside Nursing Association – All rights reserved", "Riverside Nursing Association"),
        ("Copyright © 2019-2024 Lakeview University Hospital", "Lakeview University Hospital"),
        ("Harbor Pharmacists Guild © 2025", "Harbor Pharmacists Guild"),
        ("(c) 2023 Kestrel Learning Group | Privacy | Terms", "Kestrel Learning Group"),
    ],
)
def test_the_holder_of_a_footer_copyright_line(line: str, org: str) -> None:
    # R-PV-58: the notice's other shapes (docs/corpus.md 'Provider')
    assert provider(_page(line)) == org


@pytest.mark.parametrize(
    "line",
    [
        # an activity noun of something else, a unit of an organisation, a person
        "A course of antibiotics from the Northgate Pharmacy is given.",
        "The Kestrel Learning Center is a program of the Southbay Health Foundation.",
        "An update from Dr Ann Lee, Northgate Cardiology Society.",
        # a place or a partner's event, a company's sponsored symposium
        "Physicians attend a UK event in May.",
        "We met at the Northgate Cardiology Society event last year.",
        "A Pfizer-sponsored symposium follows the course.",
        # a person presenting; material's copyright
        "Jane Roe presents\nA case of chest pain",
        "Images © 2025 Acme Photo Agency",
        "Copyright 2011 Northgate Press. Unauthorized reproduction of this article is prohibited.",
        "© 2025 all content",
    ],
)
def test_near_misses_of_an_owner(line: str) -> None:
    assert provider(_page(line)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Erewhon Pain Society Presents: Winter Pain School 2026",
        "Erewhon Pain Society presents – Winter Pain School",
        "The Erewhon Pain Society is proud to be hosting the Winter Pain School.",
        "The Erewhon Pain Society is honoured to be welcoming delegates to its conference.",
        "Erewhon Pain Society brings you a new webinar series on opioids.",
        "Erewhon Pain Society brought its masterclass to Hobart last year.",
    ],
)
def test_presents_with_its_title_the_progressive_and_bring(line: str) -> None:
    # R-PV-57 with a title after a colon or dash; R-PV-7's "bring"; "proud to be hosting"
    assert provider(_page(line)) == "Erewhon Pain Society"


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe Presents: A Case of Chest Pain",
        "Please bring your laptop to the workshop.",
        "Jane Roe is proud to be hosting the panel.",
    ],
)
def test_near_misses_of_presents_and_bring(line: str) -> None:
    assert provider(_page(line)) is None
