"""A maker of healthcare products named as the agent of an activity is its commercial supporter,
never its provider (docs/corpus.md 'Provider'; ACCME's ineligible companies). Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record


def _who(line: str) -> tuple[str | None, list[str]]:
    r = record("Wound Care Update 2026\n\nA one-day course on wound care.\n\n" + line + "\n")
    return r["provider"], r["joint_providers"]


@pytest.mark.parametrize(
    "line",
    [
        "Sponsored by Elm Pharmaceuticals Ltd.",
        "This symposium is hosted by Kestrel Therapeutics, Inc.",
        "Presented by Harbor Biosciences.",
        "Sponsored by Northgate Pharma GmbH",
        "This webinar was brought to you by Westfield Medical Devices Corporation.",
    ],
)
def test_a_product_maker_is_no_provider(line: str) -> None:
    assert _who(line) == (None, [])


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("Sponsored by the Harbor Society of Pharmacists.", "Harbor Society of Pharmacists"),
        ("Presented by the Northgate College of Pharmacy.", "Northgate College of Pharmacy"),
        (
            "Hosted by the Elm Centre for Therapeutics Research.",
            "Elm Centre for Therapeutics Research",
        ),
    ],
)
def test_a_body_of_pharmacy_still_provides(line: str, org: str) -> None:
    assert _who(line)[0] == org
