"""Every write of the learner's journey: enrolling, completing steps, completion, follow-ups."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction

from opencme.accreditation.rules import claimable_until
from opencme.accreditation.selectors import rulebook_get
from opencme.accreditation.statements import long_date
from opencme.activities.models import Activity
from opencme.core import audit, clock, rows
from opencme.core.errors import NotFound, PermissionDenied, Problem, ValidationFailed
from opencme.learning import pipelines, rules, viewing
from opencme.learning.models import Answer, Enrollment, FollowUp, Step, StepKind, StepProgress
from opencme.learning.reads import (
    enrollment_of,
    enrollment_state_row,
    lock_enrollment,
)
from opencme.learning.selectors import journey_for, journey_of, question_facts

MAX_ATTESTED_MINUTES = 24 * 60
# A step's answers go in by one written-out statement (core.rows): bulk_create took 0.48 ms.
ANSWER_COLUMNS = ("enrollment", "step", "question", "attempt", "value", "answered_at")


def activity_open_until(activity: Activity) -> dt.date | None:
    return claimable_until(
        rulebook_get(), format=activity.format, end_date=activity.end_date, expires=activity.expires
    )


def refuse_if_closed(activity: Activity, *, field: str = "activity") -> None:
    """Refuse when the activity is not open for credit today: not yet released, or past the
    last day credit can be claimed (the finder's "Open for credit" means the same)."""
    today = clock.today()
    if activity.start_date is not None and today < activity.start_date:
        raise ValidationFailed(
            [
                Problem(
                    field,
                    f"this activity opens on {long_date(activity.start_date)}; come back then",
                )
            ]
        )
    until = activity_open_until(activity)
    if until is not None and today > until:
        raise ValidationFailed(
            [
                Problem(
                    field,
                    f"this activity expired on {long_date(until)}; credit can no longer be claimed",
                )
            ]
        )


def enroll_learner(*, activity: Activity, learner: Any) -> Enrollment:
    """Enroll ``learner`` (idempotent: an existing enrollment is returned).

    Only published hosted activities take enrollments; listed ones link out to their provider.
    Free activities start at once; paid ones wait for payment.
    """
    return enroll_or_get(activity=activity, learner=learner)[0]


def enroll_or_get(*, activity: Activity, learner: Any) -> tuple[Enrollment, bool]:
    """As :func:`enroll_learner`, and whether the enrollment was made now (then it has no
    progress and no claims yet)."""
    enrollment, created, _ = enroll_with_steps(activity=activity, learner=learner)
    return enrollment, created


def enroll_with_steps(
    *, activity: Activity, learner: Any
) -> tuple[Enrollment, bool, list[Step] | None]:
    """As :func:`enroll_or_get`, with the steps a new enrollment goes through (the newest
    revision's, kept: ``learning.pipelines``; None for an existing enrollment)."""
    if not getattr(learner, "is_authenticated", False):
        raise PermissionDenied("sign in to enroll", field="learner")
    if activity.kind != Activity.Kind.HOSTED or activity.status != Activity.Status.PUBLISHED:
        raise ValidationFailed(
            [Problem("activity", "this activity is not run on OpenCME; enroll with its provider")]
        )
    refuse_if_closed(activity)
    existing = rows.select(Enrollment, activity=activity.pk, learner=learner.pk)
    if existing:
        return existing[0], False, None
    try:
        with transaction.atomic():
            status = (
                Enrollment.Status.ACTIVE
                if activity.cost_free or not activity.cost_amount
                else Enrollment.Status.PENDING_PAYMENT
            )
            newest = pipelines.pipeline(activity.pk)  # kept: the revision it takes
            enrollment = Enrollment(
                activity=activity,
                learner=learner,
                status=status,
                enrolled_at=clock.now(),
                revision=newest[0].revision if newest else 1,
            )
            rows.add(enrollment)
            audit.record(
                actor=learner,
                action="learning.enrollment.created",
                obj=enrollment,
                after={"activity": activity.pk, "status": status},
            )
    except IntegrityError:  # a simultaneous request enrolled first
        return Enrollment.objects.get(activity=activity, learner=learner), False, None
    return enrollment, True, newest


@dataclass
class StepRecorded:
    """What completing a step left: its progress row, and the enrollment with its steps and
    every progress row as they are now (what the learner's view is made from)."""

    progress: StepProgress
    enrollment: Enrollment
    steps: list[Step]
    rows: dict[int, StepProgress]


def complete_step(
    *,
    enrollment: Enrollment,
    step_id: int,
    actor: Any,
    answers: dict[str, Any] | None = None,
    minutes: int | None = None,
    seconds_spent: int | None = None,
) -> StepProgress:
    """Complete one open step with what it asks for (see ``record_step``)."""
    return record_step(
        enrollment=enrollment,
        step_id=step_id,
        actor=actor,
        answers=answers,
        minutes=minutes,
        seconds_spent=seconds_spent,
    ).progress


@dataclass
class StepInput:
    """What the learner sent to complete a step."""

    step_id: int
    answers: dict[str, Any] | None = None
    minutes: int | None = None
    seconds_spent: int | None = None


@dataclass
class StepDecision:
    """A step's completion decided on the enrollment as read (``state``, then the rows):
    ``progress`` changed as it is to be saved, with the answers to keep."""

    state: list[tuple[Any, ...]]
    enrollment: Enrollment
    steps: list[Step]
    rows: dict[int, StepProgress]
    step: Step
    progress: StepProgress
    answers: dict[int, Any]
    completed: bool
    at: dt.datetime


def record_step(
    *,
    enrollment: Enrollment | int,
    step_id: int,
    actor: Any,
    answers: dict[str, Any] | None = None,
    minutes: int | None = None,
    seconds_spent: int | None = None,
) -> StepRecorded:
    """Complete one open step with what it asks for. A locked step is refused, saying why.

    Decided on the enrollment as read before the transaction (on SQLite every other writer
    waits while one is open); the transaction reads its state again and writes what was
    decided if nothing changed meanwhile, or else decides again under the lock."""
    given = StepInput(step_id, answers, minutes, seconds_spent)
    return write_step(decide_step(enrollment, actor, given), actor, given)


def decide_step(enrollment: Enrollment | int, actor: Any, given: StepInput) -> StepDecision:
    """``given``'s completion decided on the actor's enrollment as it is now, without a lock;
    refusals are raised."""
    pk = enrollment if isinstance(enrollment, int) else enrollment.pk
    state = enrollment_state_row(pk)  # first: what the rows read next show is at least this
    return _decide(state, enrollment_of(pk, actor), given)


@transaction.atomic
def write_step(decision: StepDecision, actor: Any, given: StepInput) -> StepRecorded:
    """Write ``decision`` if the enrollment's state is still the one it was made on; else
    decide again on the enrollment as locked now, and write that."""
    state = enrollment_state_row(decision.enrollment.pk, lock=True)
    if state != decision.state:
        locked = lock_enrollment(decision.enrollment.pk, actor)
        decision = _decide(state, locked, given)
    return _write(decision, actor)


def _decide(state: list[tuple[Any, ...]], enrollment: Enrollment, given: StepInput) -> StepDecision:
    if enrollment.status == Enrollment.Status.PENDING_PAYMENT:
        raise ValidationFailed([Problem("enrollment", "this enrollment is awaiting payment")])
    journey, steps, progress_rows = journey_for(enrollment)
    step = next((s for s in steps if s.pk == given.step_id), None)
    if step is None:
        raise NotFound("this activity has no such step", field="step_id")
    facts = journey.step(step.pk)
    state_now, reason = rules.step_state(journey, facts)
    if state_now == rules.LOCKED:
        raise ValidationFailed([Problem("step", reason or "this step is locked")])
    if state_now == rules.DONE and step.kind != StepKind.QUIZ:
        raise ValidationFailed([Problem("step", "this step is already complete")])
    if step.kind == StepKind.CLAIM:
        raise ValidationFailed(
            [Problem("step", "claim credit with the claim form (POST .../claims)")]
        )
    if step.kind != StepKind.FOLLOW_UP:
        refuse_if_closed(enrollment.activity)

    progress = progress_rows.get(step.pk) or StepProgress(enrollment=enrollment, step=step)
    recorded = None
    if step.kind == StepKind.CONTENT and viewing.has_rule(step):
        # the provider's rule, from what the server recorded (a client's seconds are not taken)
        recorded = viewing.check_rule(enrollment_id=enrollment.pk, step=step).seconds_spent
    questions = [question_facts(q) for q in step.questions.all()]
    clean, problems = rules.check_answers(questions, given.answers or {})
    minutes, seconds_spent = given.minutes, given.seconds_spent
    bad_minutes = (
        not isinstance(minutes, int)
        or isinstance(minutes, bool)
        or not 1 <= minutes <= MAX_ATTESTED_MINUTES
    )
    if step.kind == StepKind.ATTESTATION and bad_minutes:
        problems.append(
            Problem("minutes", f"attest your minutes of participation, 1 to {MAX_ATTESTED_MINUTES}")
        )
    if seconds_spent is not None and (not isinstance(seconds_spent, int) or seconds_spent < 0):
        problems.append(Problem("seconds_spent", "must be a whole number of seconds"))
    if problems:
        raise ValidationFailed(problems)

    now = clock.now()
    progress.attempts += 1
    completed = True
    if step.kind == StepKind.QUIZ:
        progress.score = rules.grade(questions, clean)
        completed = progress.score >= (step.pass_mark or 0)
    if step.kind == StepKind.ATTESTATION:
        progress.minutes = minutes
    if recorded is not None:
        progress.seconds_spent = recorded
    elif seconds_spent:
        progress.seconds_spent += seconds_spent
    if completed and progress.completed_at is None:
        progress.completed_at = now
    return StepDecision(
        state, enrollment, steps, progress_rows, step, progress, clean, completed, now
    )


def _write(decision: StepDecision, actor: Any) -> StepRecorded:
    enrollment, step, progress = decision.enrollment, decision.step, decision.progress
    _save_progress(progress)
    decision.rows[step.pk] = progress
    rows.insert(
        Answer,
        ANSWER_COLUMNS,
        [
            (enrollment.pk, step.pk, qid, progress.attempts, value, decision.at)
            for qid, value in decision.answers.items()
        ],
    )
    audit.record(
        actor=actor,
        action="learning.step.completed" if decision.completed else "learning.step.attempted",
        obj=progress,
        after={
            "step": step.pk,
            "kind": step.kind,
            "attempt": progress.attempts,
            "score": progress.score,
        },
    )
    complete_enrollment_if_done(
        enrollment=enrollment, actor=actor, steps=decision.steps, progress=decision.rows
    )
    return StepRecorded(progress, enrollment, decision.steps, decision.rows)


def _save_progress(progress: StepProgress) -> None:
    if progress.pk is None:
        rows.add(progress)  # the usual case: a step's first attempt
    else:
        progress.save()


def mark_claim_step_done(
    *, enrollment: Enrollment, steps: list[Step], progress: dict[int, StepProgress]
) -> None:
    """Called by the credits service inside its transaction once a claim exists, with the
    enrollment's steps and progress rows (``progress`` is brought up to date)."""
    step = next((s for s in steps if s.kind == StepKind.CLAIM), None)
    if step is None:
        return
    row = progress.get(step.pk) or StepProgress(enrollment=enrollment, step=step)
    if row.completed_at is None:
        row.completed_at = clock.now()
        row.attempts += 1
        _save_progress(row)
    progress[step.pk] = row


def complete_enrollment_if_done(
    *,
    enrollment: Enrollment,
    actor: Any,
    steps: list[Step] | None = None,
    progress: dict[int, StepProgress] | None = None,
) -> bool:
    """Mark the enrollment completed when every completion step is done; schedule follow-ups.

    ``steps`` and ``progress``, when the caller has them up to date, save reading them again."""
    if enrollment.status == Enrollment.Status.COMPLETED:
        return True
    if steps is None or progress is None:
        journey, steps, _ = journey_for(enrollment)
    else:
        journey = journey_of(enrollment, steps, progress)
    if not rules.is_completed(journey):
        return False
    enrollment.status = Enrollment.Status.COMPLETED
    enrollment.completed_at = clock.now()
    rows.update(enrollment, ("status", "completed_at"))
    today = clock.today()
    # One statement; a follow-up already scheduled for a step is kept as it is.
    rows.add_all(
        [
            FollowUp(
                enrollment=enrollment,
                step=step,
                due_on=today + dt.timedelta(days=step.delay_days or 0),
            )
            for step in steps
            if step.kind == StepKind.FOLLOW_UP
        ],
        ignore_conflicts=True,
    )
    audit.record(
        actor=actor,
        action="learning.enrollment.completed",
        obj=enrollment,
        after={"completed_on": today.isoformat()},
    )
    return True


@transaction.atomic
def create_pipeline(*, activity: Activity, steps: list[dict[str, Any]], actor: Any) -> list[Step]:
    """Give ``activity`` its steps in order; each waits for the previous unless ``after`` names
    earlier step indexes. ``steps`` items: kind, title, instructions, questions, step fields."""
    from opencme.learning.models import Question

    if Step.objects.filter(activity=activity).exists():
        raise ValidationFailed([Problem("steps", "this activity already has a pipeline")])
    kinds = set(StepKind.values)
    problems = [
        Problem(f"steps[{i}].kind", f"must be one of {', '.join(sorted(kinds))}")
        for i, spec in enumerate(steps)
        if spec.get("kind") not in kinds
    ]
    if problems:
        raise ValidationFailed(problems)
    made: list[Step] = []
    for position, spec in enumerate(steps, start=1):
        spec = dict(spec)
        questions = spec.pop("questions", [])
        after = spec.pop("after", None)
        step = Step.objects.create(activity=activity, position=position, **spec)
        waits_for = [made[i] for i in after] if after is not None else made[-1:]
        step.prerequisites.add(*waits_for)
        Question.objects.bulk_create(
            Question(
                step=step,
                position=i,
                type=q["type"],
                text=q["text"],
                choices=q.get("choices", []),
                correct=q.get("correct", []),
                required=q.get("required", True),
            )
            for i, q in enumerate(questions)
        )
        made.append(step)
    pipelines.bump(activity.pk)  # the questions went in by bulk_create, which sends no signal
    audit.record(
        actor=actor,
        action="learning.pipeline.created",
        obj=activity,
        after={"steps": [{"kind": s.kind, "title": s.title} for s in made]},
    )
    return made


@transaction.atomic
def enqueue_due_follow_ups(*, today: dt.date | None = None) -> int:
    """Queue the invitations due by ``today`` and the reminders a week after; each once."""
    from opencme.learning.tasks import REMINDER_AFTER_DAYS, send_follow_up

    today = today or clock.today()
    now = clock.now()
    queued = 0
    for follow_up in FollowUp.objects.select_for_update().filter(
        due_on__lte=today, queued_at__isnull=True
    ):
        send_follow_up.enqueue(follow_up.pk, "invite")
        follow_up.queued_at = now
        follow_up.save(update_fields=["queued_at"])
        queued += 1
    remind_before = today - dt.timedelta(days=REMINDER_AFTER_DAYS)
    for follow_up in FollowUp.objects.select_for_update().filter(
        due_on__lte=remind_before, sent_at__isnull=False, reminder_queued_at__isnull=True
    ):
        done = StepProgress.objects.filter(
            enrollment_id=follow_up.enrollment_id,
            step_id=follow_up.step_id,
            completed_at__isnull=False,
        ).exists()
        if not done:
            send_follow_up.enqueue(follow_up.pk, "reminder")
            queued += 1
        follow_up.reminder_queued_at = now
        follow_up.save(update_fields=["reminder_queued_at"])
    return queued
