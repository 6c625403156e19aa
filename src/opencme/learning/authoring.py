"""Staff's writes to an activity's pipeline: copying it to another activity, and the step and
question builder's edits (``learning.authoring_steps``). Each is one transaction with the acting
user and an audit event."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models, transaction
from django.db.models import Count

from opencme.activities.models import Activity
from opencme.core import audit
from opencme.core.errors import Problem, ValidationFailed
from opencme.learning import pipelines
from opencme.learning.models import Enrollment, Question, Step

# the fields a copy of a step keeps (the material's stored files are shared: a file is never
# written over, a new upload gets a new name)
STEP_FIELDS = (
    "position",
    "kind",
    "title",
    "instructions",
    "content_url",
    "content_kind",
    "content_file",
    "captions_file",
    "content_text",
    "content_seconds",
    "min_watched_percent",
    "min_minutes",
    "pass_mark",
    "attempts_allowed",
    "delay_days",
)
QUESTION_FIELDS = ("position", "type", "text", "choices", "correct", "required")


def copy_steps(
    steps: list[Step], *, target: Activity, keep_origin: bool, **step_values: Any
) -> list[Step]:
    """Copy ``steps`` (with their prerequisites and questions) to ``target``; prerequisites and
    pre/post pairs point at the copies. ``keep_origin``: each copied question names the one it
    was copied from (a new revision of the same activity). ``step_values``: fields every copy
    takes (a revision). Inside the caller's transaction; no audit event."""
    made: dict[int, Step] = {}
    for step in steps:
        values = {name: getattr(step, name) for name in STEP_FIELDS}
        values.update(step_values)
        made[step.pk] = Step.objects.create(activity=target, **values)
    for step in steps:
        wanted = [made[p.pk] for p in step.prerequisites.all() if p.pk in made]
        if wanted:
            made[step.pk].prerequisites.add(*wanted)
    questions = list(
        Question.objects.filter(step__in=[s.pk for s in steps]).order_by("step", "position", "id")
    )
    copied: dict[int, Question] = {}
    for question in questions:
        copy = Question(step=made[question.step_id], origin=question if keep_origin else None)
        for name in QUESTION_FIELDS:
            setattr(copy, name, getattr(question, name))
        copy.save()
        copied[question.pk] = copy
    for question in questions:
        pair = copied.get(question.pre_question_id or 0)
        if pair is not None:
            copied[question.pk].pre_question = pair
            copied[question.pk].save(update_fields=["pre_question"])
    pipelines.bump(target.pk)
    return [made[s.pk] for s in steps]


def revision_steps(activity: Activity, revision: int | None = None) -> list[Step]:
    """The steps of ``activity``'s ``revision`` (None: the newest) in order, prerequisites
    prefetched, read now (not the kept pipeline: staff's pages and writes)."""
    if revision is None:
        revision = pipelines.newest_revision(activity.pk)
    return list(
        Step.objects.filter(activity=activity, revision=revision)
        .prefetch_related("prerequisites")
        .order_by("position", "id")
    )


def learners_by_revision(activity: Activity) -> dict[int, int]:
    """How many learners are enrolled on each revision of the activity's steps."""
    return dict(
        Enrollment.objects.filter(activity=activity)
        .values_list("revision")
        .annotate(n=Count("id"))
        .values_list("revision", "n")
    )


def change[T: models.Model](
    target: T,
    values: dict[str, Any],
    *,
    snapshot: Callable[[T], dict[str, Any]],
    actor: Any,
    action: str,
) -> T:
    """Set ``values`` on ``target`` (text stripped), save it and keep one audit event of what
    changed as ``snapshot`` shows it."""
    before = snapshot(target)
    for name, value in values.items():
        setattr(target, name, value.strip() if isinstance(value, str) else value)
    target.save()
    changed_before, changed_after = audit.changed(before, snapshot(target))
    audit.record(actor=actor, action=action, obj=target, before=changed_before, after=changed_after)
    return target


def swap[T: models.Model](rows: list[T], target: T, *, up: bool) -> tuple[int, int] | None:
    """Swap ``target`` with the row above or below it in ``rows``; its place before and after
    (``None`` at either end, where it stays)."""
    at = next(i for i, row in enumerate(rows) if row.pk == target.pk)
    to = at - 1 if up else at + 1
    if not 0 <= to < len(rows):
        return None
    rows[at], rows[to] = rows[to], rows[at]
    return at, to


def record_move(*, actor: Any, action: str, obj: models.Model, at: int, to: int) -> None:
    """The audit event of a move from place ``at`` to ``to`` (counted from 1 in the event)."""
    audit.record(
        actor=actor, action=action, obj=obj, before={"position": at + 1}, after={"position": to + 1}
    )


@dataclass
class Writable:
    """The revision an edit goes to: ``steps`` maps the pk of each step of the newest revision
    as the page showed it to the step to change (itself, or its copy in a new revision), and
    ``questions`` the same for questions."""

    revision: int
    steps: dict[int, Step]
    questions: dict[int, int]
    forked: bool


def writable(*, activity: Activity, actor: Any) -> Writable:
    """The steps an edit may change: the newest revision's own when no learner is enrolled on
    it; else a copy of them as a new revision (questions naming their ``origin``), so the
    learners in flight keep theirs. Inside the caller's transaction; the activity's row is
    locked so two edits do not both copy."""
    Activity.objects.select_for_update().filter(pk=activity.pk).first()
    newest = pipelines.newest_revision(activity.pk)
    steps = revision_steps(activity, newest)
    in_use = steps and Enrollment.objects.filter(activity=activity, revision=newest).exists()
    if not in_use:
        return Writable(newest, {s.pk: s for s in steps}, {}, False)
    made = copy_steps(steps, target=activity, keep_origin=True, revision=newest + 1)
    questions = dict(
        Question.objects.filter(step__in=made).values_list("origin_id", "pk").order_by()
    )
    audit.record(
        actor=actor,
        action="learning.pipeline.revised",
        obj=activity,
        before={"revision": newest},
        after={"revision": newest + 1, "steps": [s.title for s in made]},
        note="learners are enrolled on the revision before; they keep it",
    )
    return Writable(
        newest + 1, {old.pk: new for old, new in zip(steps, made, strict=True)}, questions, True
    )


@transaction.atomic
def copy_pipeline(*, source: Activity, target: Activity, actor: Any) -> list[Step]:
    """Give ``target`` a copy of ``source``'s steps, prerequisites and questions (the clone of
    an activity). ``target`` must have no steps yet."""
    if Step.objects.filter(activity=target).exists():
        raise ValidationFailed([Problem("steps", "this activity already has steps")])
    made = copy_steps(revision_steps(source), target=target, keep_origin=False)
    audit.record(
        actor=actor,
        action="learning.pipeline.copied",
        obj=target,
        before=None,
        after={
            "source": source.pk,
            "steps": [{"kind": s.kind, "title": s.title} for s in made],
        },
    )
    return made
