"""The gated pipeline as a chain of step objects, and answer checking: pure, no database.

Each step kind says whether it applies, whether it is complete and why it is locked; a step
is open when it applies, is not complete and nothing locks it. The services build
:class:`Journey` facts from the database and ask these objects; nothing here queries.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from opencme.core.errors import Problem

LOCKED, OPEN, DONE = "locked", "open", "done"


@dataclass(frozen=True)
class StepFacts:
    id: int
    kind: str
    title: str
    prerequisites: tuple[int, ...] = ()
    pass_mark: int | None = None
    attempts_allowed: int | None = None
    delay_days: int | None = None


@dataclass(frozen=True)
class ProgressFacts:
    completed: bool = False
    attempts: int = 0
    score: int | None = None


@dataclass(frozen=True)
class Journey:
    steps: Sequence[StepFacts]
    progress: Mapping[int, ProgressFacts] = field(default_factory=dict)
    today: dt.date = dt.date.min
    completed_on: dt.date | None = None

    def step(self, step_id: int) -> StepFacts:
        return next(s for s in self.steps if s.id == step_id)

    def done(self, step_id: int) -> bool:
        return step_object(self.step(step_id)).is_complete(self, self.step(step_id))


class StepKindRule:
    """The default step: complete when its progress says so, locked until its prerequisites are."""

    def is_applicable(self, journey: Journey, step: StepFacts) -> bool:
        return True

    def is_complete(self, journey: Journey, step: StepFacts) -> bool:
        return journey.progress.get(step.id, ProgressFacts()).completed

    def locked_reason(self, journey: Journey, step: StepFacts) -> str | None:
        waiting = [journey.step(p).title for p in step.prerequisites if not journey.done(p)]
        if waiting:
            return "Complete " + ", ".join(f"“{t}”" for t in waiting) + " first."
        return None

    def is_open(self, journey: Journey, step: StepFacts) -> bool:
        return (
            self.is_applicable(journey, step)
            and not self.is_complete(journey, step)
            and self.locked_reason(journey, step) is None
        )


class QuizRule(StepKindRule):
    def locked_reason(self, journey: Journey, step: StepFacts) -> str | None:
        reason = super().locked_reason(journey, step)
        if reason:
            return reason
        progress = journey.progress.get(step.id, ProgressFacts())
        if step.attempts_allowed is not None and progress.attempts >= step.attempts_allowed:
            return f"No attempts left ({step.attempts_allowed} allowed); contact the provider."
        return None


class FollowUpRule(StepKindRule):
    """Opens ``delay_days`` after the activity was completed; until then it says when."""

    def locked_reason(self, journey: Journey, step: StepFacts) -> str | None:
        reason = super().locked_reason(journey, step)
        if reason:
            return reason
        if journey.completed_on is None:
            return "Opens after you complete the activity."
        opens = journey.completed_on + dt.timedelta(days=step.delay_days or 0)
        if journey.today < opens:
            when = f"{opens:%b} {opens.day}, {opens.year}"
            return f"Opens on {when} ({step.delay_days} days after completion)."
        return None


RULES: dict[str, StepKindRule] = {"quiz": QuizRule(), "follow_up": FollowUpRule()}
DEFAULT_RULE = StepKindRule()


def step_object(step: StepFacts) -> StepKindRule:
    return RULES.get(step.kind, DEFAULT_RULE)


def step_state(journey: Journey, step: StepFacts) -> tuple[str, str | None]:
    """(state, why it is locked) of one step: ``locked``, ``open`` or ``done``."""
    rule = step_object(step)
    if rule.is_complete(journey, step):
        return DONE, None
    reason = rule.locked_reason(journey, step)
    return (LOCKED, reason) if reason else (OPEN, None)


def completion_steps(journey: Journey) -> list[StepFacts]:
    """The steps that make up completing the activity: all but follow-ups."""
    return [s for s in journey.steps if s.kind != "follow_up"]


def is_completed(journey: Journey) -> bool:
    return all(step_object(s).is_complete(journey, s) for s in completion_steps(journey))


def may_claim(journey: Journey) -> tuple[bool, str | None]:
    """Whether credit may be claimed now: the claim step is open or done, or without a claim
    step, every other completion step is done."""
    claim_steps = [s for s in journey.steps if s.kind == "claim"]
    if claim_steps:
        state, reason = step_state(journey, claim_steps[0])
        return (state != LOCKED, reason)
    waiting = [s.title for s in completion_steps(journey) if not journey.done(s.id)]
    if waiting:
        return False, "Complete " + ", ".join(f"“{t}”" for t in waiting) + " first."
    return True, None


# --- answers -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionFacts:
    id: int
    type: str
    text: str
    choices: tuple[str, ...] = ()
    correct: tuple[str, ...] = ()
    required: bool = True


def check_answers(
    questions: Sequence[QuestionFacts], answers: Mapping[str, Any]
) -> tuple[dict[int, Any], list[Problem]]:
    """Clean answers keyed by question id, or one problem per bad answer (``answers.<id>``)."""
    problems: list[Problem] = []
    clean: dict[int, Any] = {}
    known = {str(q.id) for q in questions}
    for key in answers:
        if str(key) not in known:
            problems.append(Problem(f"answers.{key}", "is not a question of this step"))
    for q in questions:
        where = f"answers.{q.id}"
        raw = answers.get(str(q.id), answers.get(q.id))  # type: ignore[call-overload]
        if raw in (None, "", []):
            if q.required:
                problems.append(Problem(where, "an answer is required"))
            continue
        if q.type == "text":
            if not isinstance(raw, str) or len(raw) > 10_000:
                problems.append(Problem(where, "must be text of at most 10,000 characters"))
                continue
            clean[q.id] = raw.strip()
        elif q.type == "single":
            if raw not in q.choices:
                problems.append(Problem(where, f"must be one of: {', '.join(q.choices)}"))
                continue
            clean[q.id] = raw
        elif q.type == "multiple":
            values = raw if isinstance(raw, list) else [raw]
            bad = [v for v in values if v not in q.choices]
            if bad:
                problems.append(Problem(where, f"must be chosen from: {', '.join(q.choices)}"))
                continue
            clean[q.id] = sorted(set(values), key=q.choices.index)
        elif q.type == "scale":
            try:
                value = int(raw)
            except (TypeError, ValueError):
                value = 0
            if not 1 <= value <= 5:
                problems.append(Problem(where, "must be a whole number from 1 to 5"))
                continue
            clean[q.id] = value
    return clean, problems


def grade(questions: Sequence[QuestionFacts], answers: Mapping[int, Any]) -> int:
    """Percent of graded questions answered correctly (questions with a correct answer set)."""
    graded = [q for q in questions if q.correct]
    if not graded:
        return 100
    right = 0
    for q in graded:
        given = answers.get(q.id)
        given_set = set(given) if isinstance(given, list) else {given}
        right += given_set == set(q.correct)
    return round(100 * right / len(graded))


# --- content: the time rule ----------------------------------------------------------------------
# What a content step's learner watched and spent, as the server counts it from the player's
# reports. A client's own "percent" is never taken: coverage is worked out from merged ranges
# and the video's length the provider stated.

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
