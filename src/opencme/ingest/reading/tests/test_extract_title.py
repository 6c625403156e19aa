"""The tagger's title passes over lines that are never a title (titles.never_title).

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.reading.extract import EXTRACTED, extract
from opencme.ingest.reading.segment import Segment


def _marg(title: float) -> dict[str, float]:
    return {lab: (title if lab == "title" else 0.0) for lab in EXTRACTED}


def test_the_tagger_title_skips_a_credit_statement_for_the_next_best_line() -> None:
    segs = [
        Segment(lines=(0,), text="Approved for 1.5 Category A CE credits", raw=""),
        Segment(lines=(1,), text="Estimated time to complete the activity: 45 minutes", raw=""),
        Segment(lines=(2,), text="Leg Ulcer Dressings in Primary Care", raw=""),
    ]
    marg = [_marg(0.9), _marg(0.8), _marg(0.6)]
    found = extract(segs, ["title", "title", "title"], marg)
    assert found["title"].value == "Leg Ulcer Dressings in Primary Care"
    assert found["title"].lines == [2]


def test_the_tagger_title_skips_a_section_heading_and_keeps_a_real_title() -> None:
    segs = [
        Segment(lines=(0,), text="Purpose and Objectives", raw=""),
        Segment(lines=(1,), text="Wound Care: 2 Cases (1.5 CE Hours)", raw=""),
    ]
    found = extract(segs, ["title", "other"], [_marg(0.7), _marg(0.5)])
    assert found["title"].value == "Wound Care: 2 Cases"
