"""The content step's time rule: merged watched spans, percent, the wall-time cap, minutes."""

from __future__ import annotations

import pytest

from opencme.learning import time_rule


def test_merge_spans_joins_overlapping_and_touching_and_sorts() -> None:
    assert time_rule.merge_spans([(5, 8), (0, 2), (1, 3), (3, 4)]) == [(0, 4), (5, 8)]


def test_merge_spans_clips_to_the_video_and_drops_empty_or_backward() -> None:
    spans = [(-3, 1), (2, 2), (6, 4), (9, 40)]
    assert time_rule.merge_spans(spans, duration=10) == [(0, 1), (9, 10)]


def test_watched_percent_counts_seconds_once_whatever_is_reported_twice() -> None:
    assert time_rule.watched_percent([(0, 2), (0, 2), (1, 2)], 4) == 50


def test_watched_percent_rounds_down_at_the_boundary() -> None:
    assert time_rule.watched_percent([(0, 3.59)], 4) == 89
    assert time_rule.watched_percent([(0, 3.6)], 4) == 90
    assert time_rule.watched_percent([(0, 400)], 4) == 100


def test_watched_percent_without_a_known_length_is_zero() -> None:
    assert time_rule.watched_percent([(0, 100)], None) == 0
    assert time_rule.watched_percent([(0, 100)], 0) == 0


def test_add_watched_is_capped_by_the_time_allowed() -> None:
    # Opened 2 s ago: a report of the whole 60 s video keeps only 2 s of it.
    assert time_rule.add_watched([], [(0, 60)], duration=60, allowed_seconds=2) == [(0, 2)]


def test_add_watched_counts_only_new_seconds_against_the_cap() -> None:
    watched = [(0, 10)]
    # 12 s allowed in all, 10 already watched: re-watching 0-10 costs nothing, 20-30 gets 2 s.
    added = time_rule.add_watched(watched, [(0, 10), (20, 30)], duration=60, allowed_seconds=12)
    assert added == [(0, 10), (20, 22)]


def test_add_watched_keeps_what_was_watched_when_nothing_more_is_allowed() -> None:
    assert time_rule.add_watched([(0, 5)], [(5, 9)], duration=60, allowed_seconds=5) == [(0, 5)]


def test_add_watched_merges_with_earlier_spans() -> None:
    added = time_rule.add_watched([(0, 3)], [(2, 6)], duration=10, allowed_seconds=100)
    assert added == [(0, 6)]


def test_seconds_counted_caps_gaps_between_reports() -> None:
    assert time_rule.seconds_counted(10.7, first=False) == 10
    assert time_rule.seconds_counted(600, first=False) == time_rule.MAX_REPORT_GAP_SECONDS
    assert time_rule.seconds_counted(600, first=True) == 600
    assert time_rule.seconds_counted(10**6, first=True) == time_rule.MAX_FIRST_GAP_SECONDS
    assert time_rule.seconds_counted(-5, first=False) == 0


@pytest.mark.parametrize(
    ("watched", "met"), [([(0, 3.5)], False), ([(0, 3.6)], True), ([(0, 2), (2, 4)], True)]
)
def test_rule_of_ninety_percent_at_its_boundary(watched, met) -> None:
    reason = time_rule.content_rule_unmet(
        min_watched_percent=90, min_minutes=None, duration=4, watched=watched, seconds_spent=0
    )
    assert (reason is None) is met
    if not met:
        assert reason == "Not yet: watch at least 90% of the video (so far 87%)."


@pytest.mark.parametrize(("seconds", "met"), [(599, False), (600, True)])
def test_rule_of_minimum_minutes_at_its_boundary(seconds, met) -> None:
    reason = time_rule.content_rule_unmet(
        min_watched_percent=None, min_minutes=10, duration=None, watched=[], seconds_spent=seconds
    )
    assert (reason is None) is met
    if not met:
        assert reason == "Not yet: spend at least 10 minutes on this step (so far 9 minutes)."


def test_rule_with_both_parts_needs_both() -> None:
    reason = time_rule.content_rule_unmet(
        min_watched_percent=90, min_minutes=1, duration=4, watched=[(0, 4)], seconds_spent=30
    )
    assert reason == "Not yet: spend at least 1 minute on this step (so far 0 minutes)."


def test_no_rule_is_always_met() -> None:
    assert (
        time_rule.content_rule_unmet(
            min_watched_percent=None, min_minutes=None, duration=None, watched=[], seconds_spent=0
        )
        is None
    )
