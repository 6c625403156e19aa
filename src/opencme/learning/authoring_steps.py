"""The step builder's writes: add, change, move and remove a step, choose its prerequisites.

Each is one transaction with the acting user and an audit event (before and after). Each goes
through ``authoring.writable``: when learners are enrolled on the activity's newest revision the
steps are first copied to a new revision and the copy is changed, so those learners keep
theirs. Each returns the step as changed (in a new revision: the copy, with a new id)."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from opencme.activities.models import Activity
from opencme.core import audit
from opencme.core.errors import Problem, ValidationFailed
from opencme.learning import pipelines
from opencme.learning.authoring import Writable, change, record_move, swap, writable
from opencme.learning.authoring_checks import prerequisite_problems, step_problems
from opencme.learning.models import Step, StepKind

# the fields a step's edit may change, by kind (title and instructions: every kind)
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    StepKind.QUIZ: ("pass_mark", "attempts_allowed"),
    StepKind.FOLLOW_UP: ("delay_days",),
    StepKind.CONTENT: (
        "content_kind",
        "content_url",
        "content_text",
        "content_file",
        "captions_file",
        "content_seconds",
        "min_watched_percent",
        "min_minutes",
    ),
}
DEFAULTS: dict[str, dict[str, Any]] = {
    StepKind.QUIZ: {"pass_mark": 70},
    StepKind.FOLLOW_UP: {"delay_days": 90},
}


def snapshot(step: Step) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": step.kind, "title": step.title}
    out["instructions"] = step.instructions
    for name in KIND_FIELDS.get(step.kind, ()):
        value = getattr(step, name)
        out[name] = value.name if hasattr(value, "name") else value
    out["prerequisites"] = sorted(p.title for p in step.prerequisites.all())
    return out


def step_to_change(w: Writable, step: Step) -> Step:
    found = w.steps.get(step.pk)
    if found is None:
        raise ValidationFailed(
            [Problem("step", "this step belongs to an earlier revision; open the current steps")]
        )
    return found


@transaction.atomic
def add_step(*, activity: Activity, kind: str, title: str, actor: Any) -> Step:
    """A new last step of ``kind``, waiting for the step before it (if any)."""
    if kind not in StepKind.values:
        raise ValidationFailed([Problem("kind", "Choose the kind of step.")])
    values = {"title": title.strip(), **DEFAULTS.get(kind, {})}
    problems = [p for p in step_problems(kind, values) if p.field == "title"]
    w = writable(activity=activity, actor=actor)
    steps = sorted(w.steps.values(), key=lambda s: (s.position, s.pk))
    if kind == StepKind.CLAIM and any(s.kind == StepKind.CLAIM for s in steps):
        problems.append(Problem("kind", "This activity already has a claim credit step."))
    if problems:
        raise ValidationFailed(problems)
    position = (steps[-1].position + 1) if steps else 1
    step = Step.objects.create(
        activity=activity, revision=w.revision, position=position, kind=kind, **values
    )
    if steps:
        step.prerequisites.add(steps[-1])
    audit.record(
        actor=actor,
        action="learning.step.added",
        obj=step,
        before=None,
        after={**snapshot(step), "revision": w.revision},
    )
    return step


@transaction.atomic
def update_step(*, step: Step, changes: dict[str, Any], actor: Any) -> Step:
    """Change a step's title, instructions and its kind's fields (``KIND_FIELDS``)."""
    allowed = {"title", "instructions", *KIND_FIELDS.get(step.kind, ())}
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise ValidationFailed([Problem(name, "This step has no such field.") for name in unknown])
    values = {name: getattr(step, name) for name in allowed} | changes
    problems = step_problems(step.kind, values)
    if problems:
        raise ValidationFailed(problems)
    target = step_to_change(writable(activity=step.activity, actor=actor), step)
    return change(target, changes, snapshot=snapshot, actor=actor, action="learning.step.changed")


@transaction.atomic
def move_step(*, step: Step, up: bool, actor: Any) -> Step:
    """Move a step one place up or down (its prerequisites stay as they are)."""
    w = writable(activity=step.activity, actor=actor)
    target = step_to_change(w, step)
    steps = sorted(w.steps.values(), key=lambda s: (s.position, s.pk))
    places = swap(steps, target, up=up)
    if places is None:
        return target
    for position, each in enumerate(steps, start=1):
        if each.position != position:
            Step.objects.filter(pk=each.pk).update(position=position)
            each.position = position
    pipelines.bump(step.activity_id)  # update() sends no signal
    record_move(actor=actor, action="learning.step.moved", obj=target, at=places[0], to=places[1])
    return target


@transaction.atomic
def remove_step(*, step: Step, actor: Any) -> None:
    """Remove a step; the steps that waited for it wait for its prerequisites instead, so the
    order of the others holds."""
    w = writable(activity=step.activity, actor=actor)
    target = step_to_change(w, step)
    before = snapshot(target)
    waited_for = list(target.prerequisites.all())
    for later in list(target.unlocks.all()):
        later.prerequisites.remove(target)
        later.prerequisites.add(*[p for p in waited_for if p.pk != later.pk])
    audit.record(actor=actor, action="learning.step.removed", obj=target, before=before)
    target.delete()


@transaction.atomic
def set_prerequisites(*, step: Step, prerequisite_ids: list[int], actor: Any) -> Step:
    """The steps ``step`` waits for (ids of steps of the same revision as shown)."""
    w = writable(activity=step.activity, actor=actor)
    target = step_to_change(w, step)
    chosen = []
    for pk in prerequisite_ids:
        found = w.steps.get(pk)
        if found is None:
            raise ValidationFailed(
                [Problem("prerequisites", "Choose among the steps of this activity.")]
            )
        chosen.append(found)
    titles = {s.pk: s.title for s in w.steps.values()}
    waits_for = {s.pk: [p.pk for p in s.prerequisites.all()] for s in w.steps.values()}
    problems = prerequisite_problems(
        step_id=target.pk,
        kind=target.kind,
        chosen=[s.pk for s in chosen],
        waits_for=waits_for,
        titles=titles,
        others=len(w.steps) - 1,
    )
    if problems:
        raise ValidationFailed(problems)
    before = sorted(p.title for p in target.prerequisites.all())
    target.prerequisites.set(chosen)
    audit.record(
        actor=actor,
        action="learning.step.prerequisites_changed",
        obj=target,
        before={"prerequisites": before},
        after={"prerequisites": sorted(s.title for s in chosen)},
    )
    return target
