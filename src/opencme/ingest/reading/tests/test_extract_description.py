"""The tagger's description passes over a paragraph that is never the description
(descriptions.never_description: a statement, the audience statement, the objectives).

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.reading.extract import EXTRACTED, extract
from opencme.ingest.reading.segment import Segment

_DESC = (
    "Leg ulcers heal slowly in older adults; this course shows district nurses how to choose "
    "a dressing and when to refer."
)


def _marg(p: float) -> dict[str, float]:
    return {lab: (p if lab == "description" else 0.0) for lab in EXTRACTED}


def test_the_tagger_description_skips_a_statement_paragraph() -> None:
    for other in (
        "This activity has been approved for 2 credits by the Lakeside Nursing Council.",
        "This activity is intended for district nurses and practice nurses.",
        "Participants will be able to choose a dressing for a venous leg ulcer.",
    ):
        segs = [
            Segment(lines=(0,), text=other, raw=""),
            Segment(lines=(2,), text=_DESC, raw=""),
        ]
        tags = ["description", "description"]
        found = extract(segs, tags, [_marg(0.9), _marg(0.7)])
        assert found["description"].value == _DESC, other
    # a statement alone gives no description
    segs = [Segment(lines=(0,), text="This activity has been approved for 2 credits.", raw="")]
    assert "description" not in extract(segs, ["description"], [_marg(0.9)])
