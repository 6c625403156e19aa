"""Segmentation undoes glued layouts and keeps source line numbers."""

from __future__ import annotations

from opencme.ingest.reading.segment import segment


def test_segment_splits_a_glued_run_at_pipes_and_known_keys() -> None:
    segs = segment("Heart Failure Update | Release Date: 2026-01-15 Expires: 2027-01-15")
    assert [s.text for s in segs] == ["Heart Failure Update", "2026-01-15", "2027-01-15"]
    assert [s.key for s in segs] == [None, "start_date", "expires"]
    assert all(s.lines == (1,) for s in segs)


def test_segment_a_title_with_a_colon_is_not_a_key_value_line() -> None:
    (seg,) = segment("Opioids: Safer Prescribing in Primary Care")
    assert seg.key is None
    assert seg.text == "Opioids: Safer Prescribing in Primary Care"


def test_segment_attaches_the_value_below_a_lone_key() -> None:
    segs = segment("Credits\n1.5 AMA PRA Category 1 Credits\n\nFee: $25")
    assert segs[0].key == "credits"
    assert segs[0].text == "1.5 AMA PRA Category 1 Credits"
    assert segs[0].lines == (1, 2)
    assert segs[1].key == "cost"


def test_segment_lone_bullet_marks_the_next_line_and_headings_mark_what_follows() -> None:
    text = "Learning Objectives\n•\nDescribe the staging of heart failure\n•\nList two drugs"
    segs = segment(text)
    assert segs[0].heading
    assert segs[0].heading_key == "objectives"
    assert [(s.text, s.bullet, s.under, s.lines) for s in segs[1:]] == [
        ("Describe the staging of heart failure", True, "objectives", (3,)),
        ("List two drugs", True, "objectives", (5,)),
    ]


def test_segment_joins_a_line_wrapped_mid_sentence_and_keeps_both_line_numbers() -> None:
    text = "The physician learner will read the selected literature and\nreflect on what was read."
    (seg,) = segment(text)
    assert seg.text.endswith("literature and reflect on what was read.")
    assert seg.lines == (1, 2)
