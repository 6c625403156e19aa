"""R-PV-80: a provider cue whose agent opens with a lower-case word names people, no
organisation (invented text; the positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def provider(text: str) -> str | None:
    return parse_rules("Harbour Wound Care Day\n\n" + text + "\n").record["provider"]


def test_experts_from_places_are_no_provider() -> None:
    text = (
        "The day comprises lectures presented by experts from Ruritania and the NWC countries "
        "to support local programmes."
    )
    assert provider(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("This webinar is provided by the Harbour Wound Society.", "Harbour Wound Society"),
        ("The course is sponsored by 3M Harbour Care.", "3M Harbour Care"),
    ],
)
def test_organisations_after_a_cue_are_read_as_before(text: str, want: str) -> None:
    assert provider(text) == want
