"""R-JP-1: a joint provider is written in the provider's one form, whichever cue found it
(invented text; the positive case failed before)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def joint(text: str) -> list[str]:
    return parse_rules("Harbour Plant Nutrition Day\n\n" + text + "\n").record["joint_providers"]


def test_a_collaborators_leading_the_goes() -> None:
    text = (
        "In support of improving patient care, this activity has been planned and implemented "
        "by Harbour Medical College and The Green Plate Project."
    )
    assert joint(text) == ["Green Plate Project"]
