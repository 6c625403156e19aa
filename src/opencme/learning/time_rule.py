"""A content step's time rule: what its learner watched and spent, as the server counts it
from the player's reports. Pure, no database.

A client's own "percent" is never taken: coverage is worked out from merged ranges and the
video's length the provider stated.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

Span = tuple[float, float]

# The fastest playback counted: a video's native controls offer up to 2x. Ranges reported
# beyond what the time since opening allows at this speed are cut off.
MAX_PLAYBACK_RATE = 2.0
# The page reports every 10 s while shown; a longer gap (a hidden tab, a sleeping laptop)
# counts this much. The time from the page being shown to its first report counts in full up
# to MAX_FIRST_GAP_SECONDS (without a script the only report is "I have viewed it").
MAX_REPORT_GAP_SECONDS = 30
MAX_FIRST_GAP_SECONDS = 8 * 60 * 60
MAX_SPANS = 1000


def merge_spans(spans: Iterable[Sequence[float]], *, duration: float | None = None) -> list[Span]:
    """The same seconds as ``spans``, sorted and without overlaps (touching spans joined), each
    clipped to ``[0, duration]``; empty and backward spans dropped."""
    top = math.inf if duration is None else float(duration)
    clipped = sorted(
        (max(0.0, float(s)), min(top, float(e))) for s, e in spans if min(top, e) > max(0.0, s)
    )
    merged: list[Span] = []
    for start, end in clipped:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def covered_seconds(spans: Iterable[Sequence[float]]) -> float:
    return sum(e - s for s, e in merge_spans(spans))


def add_watched(
    watched: Sequence[Sequence[float]],
    reported: Sequence[Sequence[float]],
    *,
    duration: float | None,
    allowed_seconds: float,
) -> list[Span]:
    """``watched`` with ``reported`` added, covering at most ``allowed_seconds`` in all (what the
    time since the step was opened allows); the new seconds beyond that are cut off, earliest
    in the video kept first."""
    merged = merge_spans(watched, duration=duration)
    budget = allowed_seconds - covered_seconds(merged)
    for start, end in merge_spans(reported, duration=duration):
        for gap_start, gap_end in _uncovered(start, end, merged):
            if budget <= 0:
                return merged
            take = min(gap_end - gap_start, budget)
            merged = merge_spans([*merged, (gap_start, gap_start + take)])
            budget -= take
    return merged


def _uncovered(start: float, end: float, merged: Sequence[Span]) -> list[Span]:
    pieces, at = [], start
    for s, e in merged:
        if e <= at or s >= end:
            continue
        if s > at:
            pieces.append((at, s))
        at = max(at, e)
    if at < end:
        pieces.append((at, end))
    return pieces


def watched_percent(spans: Sequence[Sequence[float]], duration: float | None) -> int:
    """Whole percent of the video covered by ``spans``, rounded down (89.9% is 89%)."""
    if not duration or duration <= 0:
        return 0
    share = covered_seconds(merge_spans(spans, duration=duration)) / duration
    return min(100, math.floor(share * 100 + 1e-6))


def seconds_counted(gap_seconds: float, *, first: bool) -> int:
    """The part of the time between two reports that counts as time spent on the step."""
    cap = MAX_FIRST_GAP_SECONDS if first else MAX_REPORT_GAP_SECONDS
    return int(max(0.0, min(gap_seconds, cap)))


def content_rule_unmet(
    *,
    min_watched_percent: int | None,
    min_minutes: int | None,
    duration: float | None,
    watched: Sequence[Sequence[float]],
    seconds_spent: int,
) -> str | None:
    """Why a content step cannot be marked viewed yet, or None once the provider's rule is met
    (each part it sets: at least ``min_watched_percent`` of the video, at least ``min_minutes``
    on the step)."""
    missing = []
    if min_watched_percent:
        percent = watched_percent(watched, duration)
        if percent < min_watched_percent:
            missing.append(
                f"watch at least {min_watched_percent}% of the video (so far {percent}%)"
            )
    if min_minutes and seconds_spent < min_minutes * 60:
        missing.append(
            f"spend at least {_minutes(min_minutes)} on this step "
            f"(so far {_minutes(seconds_spent // 60)})"
        )
    if not missing:
        return None
    return "Not yet: " + " and ".join(missing) + "."


def _minutes(count: int) -> str:
    return f"{count} minute" + ("" if count == 1 else "s")
