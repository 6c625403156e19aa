"""Reads of pipelines and enrollments, with their query plans."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from opencme.core import clock
from opencme.core.errors import NotFound
from opencme.learning import pipelines, rules
from opencme.learning.models import Enrollment, Question, Step, StepProgress


@dataclass
class StepView:
    step: Step
    state: str
    locked_reason: str | None
    progress: StepProgress | None
    questions: list[Question]


def steps_for_activity(activity_id: int) -> list[Step]:
    """The activity's newest steps in order (kept per process: ``learning.pipelines``;
    read-only): what staff edit and new enrollments take."""
    return pipelines.pipeline(activity_id)


def steps_for_enrollment(enrollment: Enrollment) -> list[Step]:
    """The steps of the revision ``enrollment`` goes through, in order (kept; read-only)."""
    return pipelines.pipeline(enrollment.activity_id, enrollment.revision)


def step_facts(step: Step) -> rules.StepFacts:
    """The rules' facts of ``step``: kept with it when it belongs to a kept pipeline (worked out
    once when the pipeline was read), else worked out now."""
    kept = getattr(step, pipelines.FACTS, None)
    return kept if kept is not None else pipelines.step_facts(step)


def question_facts(question: Question) -> rules.QuestionFacts:
    return rules.QuestionFacts(
        id=question.pk,
        type=question.type,
        text=question.text,
        choices=tuple(question.choices),
        correct=tuple(question.correct),
        required=question.required,
    )


def journey_of(
    enrollment: Enrollment, steps: list[Step], progress: dict[int, StepProgress]
) -> rules.Journey:
    """The journey facts of an enrollment from its steps and progress rows (no query)."""
    return rules.Journey(
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


# Written out: every step and claim reads its enrollment's progress rows, and the ORM took
# about 0.3 ms to put this statement together.
PROGRESS_SQL = f"SELECT * FROM {StepProgress._meta.db_table} WHERE enrollment_id = %s"  # noqa: S608


def journey_for(
    enrollment: Enrollment, steps: list[Step] | None = None
) -> tuple[rules.Journey, list[Step], dict[int, StepProgress]]:
    """The journey facts of an enrollment, with its steps and progress rows (the pipeline from
    ``steps_for_enrollment`` unless given, then one query)."""
    steps = steps if steps is not None else steps_for_enrollment(enrollment)
    rows = StepProgress.objects.raw(PROGRESS_SQL, [enrollment.pk])
    progress = {p.step_id: p for p in rows}
    return journey_of(enrollment, steps, progress), steps, progress


def enrollment_steps(enrollment: Enrollment) -> list[StepView]:
    """Every step of the enrollment with its state."""
    return enrollment_state(enrollment)[0]


def enrollment_state(
    enrollment: Enrollment,
    steps: list[Step] | None = None,
    progress: dict[int, StepProgress] | None = None,
) -> tuple[list[StepView], rules.Journey]:
    """Every step with its state, and the journey they were worked out from (from ``steps``
    and ``progress`` when the caller has them up to date, without a query)."""
    if steps is None or progress is None:
        journey, steps, progress = journey_for(enrollment)
    else:
        journey = journey_of(enrollment, steps, progress)
    views = []
    for step, facts in zip(steps, journey.steps, strict=True):
        state, reason = rules.step_state(journey, facts)
        views.append(
            StepView(step, state, reason, progress.get(step.pk), list(step.questions.all()))
        )
    return views, journey


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
