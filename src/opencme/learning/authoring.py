"""Staff's writes to an activity's pipeline: copying it to another activity, and the step and
question builder's edits (``learning.authoring_steps``). Each is one transaction with the acting
user and an audit event."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from opencme.activities.models import Activity
from opencme.core import audit
from opencme.core.errors import Problem, ValidationFailed
from opencme.learning import pipelines
from opencme.learning.models import Question, Step

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


@transaction.atomic
def copy_pipeline(*, source: Activity, target: Activity, actor: Any) -> list[Step]:
    """Give ``target`` a copy of ``source``'s steps, prerequisites and questions (the clone of
    an activity). ``target`` must have no steps yet."""
    if Step.objects.filter(activity=target).exists():
        raise ValidationFailed([Problem("steps", "this activity already has steps")])
    steps = list(
        Step.objects.filter(activity=source)
        .prefetch_related("prerequisites")
        .order_by("position", "id")
    )
    made = copy_steps(steps, target=target, keep_origin=False)
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
