"""The gated pipeline as a chain of step objects, and answer checking: pure, no database.

Each step kind says whether it applies, whether it is complete and why it is locked; a step
is open when it applies, is not complete and nothing locks it. The services build
:class:`Journey` facts from the database and ask these objects; nothing here queries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from opencme.core.errors import Problem
from opencme.core.text import control_character_message

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
            if message := control_character_message(raw, multiline=True):
                problems.append(Problem(where, message))
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
            except (TypeError, ValueError, OverflowError):  # OverflowError: 1e999
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
