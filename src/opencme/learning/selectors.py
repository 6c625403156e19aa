"""Reads of pipelines and enrollments, with their query plans."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch, QuerySet

from opencme.core import clock
from opencme.core.errors import NotFound
from opencme.learning import rules
from opencme.learning.models import Enrollment, Question, Step, StepProgress


@dataclass
class StepView:
    step: Step
    state: str
    locked_reason: str | None
    progress: StepProgress | None
    questions: list[Question]


def steps_for_activity(activity_id: int) -> list[Step]:
    return list(
        Step.objects.filter(activity_id=activity_id)
        .prefetch_related(
            "prerequisites",
            Prefetch("questions", queryset=Question.objects.order_by("position", "id")),
        )
        .order_by("position", "id")
    )


def step_facts(step: Step) -> rules.StepFacts:
    return rules.StepFacts(
        id=step.pk,
        kind=step.kind,
        title=step.title,
        prerequisites=tuple(p.pk for p in step.prerequisites.all()),
        pass_mark=step.pass_mark,
        attempts_allowed=step.attempts_allowed,
        delay_days=step.delay_days,
    )


def question_facts(question: Question) -> rules.QuestionFacts:
    return rules.QuestionFacts(
        id=question.pk,
        type=question.type,
        text=question.text,
        choices=tuple(question.choices),
        correct=tuple(question.correct),
        required=question.required,
    )


def journey_for(
    enrollment: Enrollment, steps: list[Step] | None = None
) -> tuple[rules.Journey, list[Step], dict[int, StepProgress]]:
    """The journey facts of an enrollment, with its steps and progress rows (three queries)."""
    steps = steps if steps is not None else steps_for_activity(enrollment.activity_id)
    progress = {p.step_id: p for p in StepProgress.objects.filter(enrollment=enrollment)}
    journey = rules.Journey(
        steps=[step_facts(s) for s in steps],
        progress={
            sid: rules.ProgressFacts(
                completed=p.completed_at is not None, attempts=p.attempts, score=p.score
            )
            for sid, p in progress.items()
        },
        today=clock.today(),
        completed_on=enrollment.completed_at.date() if enrollment.completed_at else None,
    )
    return journey, steps, progress


def enrollment_steps(enrollment: Enrollment) -> list[StepView]:
    journey, steps, progress = journey_for(enrollment)
    views = []
    for step, facts in zip(steps, journey.steps, strict=True):
        state, reason = rules.step_state(journey, facts)
        views.append(
            StepView(step, state, reason, progress.get(step.pk), list(step.questions.all()))
        )
    return views


def enrollment_get_for_learner(*, enrollment_id: int, user: Any) -> Enrollment:
    """The learner's own enrollment; anyone else's is reported as not found."""
    enrollment = (
        Enrollment.objects.select_related("activity", "activity__provider")
        .filter(pk=enrollment_id, learner_id=getattr(user, "pk", None))
        .first()
    )
    if enrollment is None:
        raise NotFound("no enrollment of yours has this id", field="enrollment_id")
    return enrollment


def enrollment_list_for_learner(user: Any) -> QuerySet[Enrollment]:
    return Enrollment.objects.filter(learner_id=user.pk).select_related(
        "activity", "activity__provider"
    )


def enrollment_for(*, activity_id: int, user: Any) -> Enrollment | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return Enrollment.objects.filter(activity_id=activity_id, learner_id=user.pk).first()
