"""An activity's pipeline (steps, prerequisites, questions), read once per process and kept.

Every request of a learner's journey needs the pipeline to work out which steps are open. It
changes seldom (staff edit it before an activity opens), so each process keeps what it read,
with the activity's revision at that time; a request reads only the revision (one small query)
and reads the pipeline again when it has grown. Every change to a step, its prerequisites or
its questions grows the revision in the same transaction (the signals below; ``bump`` for bulk
writes, which send no signals), so no request ever works from a pipeline older than what it
can see.

An activity's steps have revisions (``Step.revision``): an enrollment goes through the
revision that was the newest when it was made (``Enrollment.revision``), so pipelines are kept
per activity and revision; ``revision=None`` asks for the newest.

The kept steps are shared by the threads of a process and must be treated as read-only.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from django.db import connection
from django.db.models import Max, Prefetch
from django.db.models.signals import m2m_changed, post_delete, post_save

from opencme.learning import rules
from opencme.learning.models import Question, Step

KEEP = 512  # pipelines kept per process, the most recently used
FACTS = "journey_facts"  # the attribute a kept step carries its rules' facts in

_kept: OrderedDict[tuple[int, int | None], tuple[int, list[Step]]] = OrderedDict()
_lock = threading.Lock()


def bump(activity_id: int) -> None:
    """Grow the revision of ``activity_id``'s pipeline (inside the caller's transaction)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO learning_pipelinerevision (activity_id, revision) VALUES (%s, 1) "
            "ON CONFLICT (activity_id) DO UPDATE "
            "SET revision = learning_pipelinerevision.revision + 1",
            [activity_id],
        )


def current_revision(activity_id: int) -> int:
    """The pipeline's revision (0: never changed). Asked by every journey request, so written
    out as one statement rather than put together by the ORM each time."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT revision FROM learning_pipelinerevision WHERE activity_id = %s", [activity_id]
        )
        row = cursor.fetchone()
    return int(row[0]) if row else 0


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


def newest_revision(activity_id: int) -> int:
    """The newest revision of the activity's steps (1 before it has any)."""
    found = Step.objects.filter(activity_id=activity_id).aggregate(newest=Max("revision"))
    return int(found["newest"] or 1)


def read_steps(activity_id: int, revision: int | None = None) -> list[Step]:
    """The steps of ``revision`` (None: the newest), prerequisites and questions prefetched,
    each with its rules' facts (every journey request works them out for every step; these
    steps are kept and never change)."""
    if revision is None:
        revision = newest_revision(activity_id)
    steps = list(
        Step.objects.filter(activity_id=activity_id, revision=revision)
        .prefetch_related(
            "prerequisites",
            Prefetch("questions", queryset=Question.objects.order_by("position", "id")),
        )
        .order_by("position", "id")
    )
    for step in steps:
        setattr(step, FACTS, step_facts(step))
    return steps


def pipeline(activity_id: int, revision: int | None = None) -> list[Step]:
    """The steps of ``activity_id``'s ``revision`` (None: the newest, what staff edit and new
    enrollments take) in order, prerequisites and questions prefetched."""
    changes = current_revision(activity_id)
    key = (activity_id, revision)
    with _lock:
        kept = _kept.get(key)
        if kept is not None and kept[0] == changes:
            _kept.move_to_end(key)
            return kept[1]
    steps = read_steps(activity_id, revision)
    with _lock:
        _kept[key] = (changes, steps)
        _kept.move_to_end(key)
        while len(_kept) > KEEP:
            _kept.popitem(last=False)
    return steps


def forget() -> None:
    """Drop every kept pipeline (tests: a rolled-back database may reuse an activity's id and
    revision for another pipeline)."""
    with _lock:
        _kept.clear()


def _step_changed(sender: Any, instance: Step, **kwargs: Any) -> None:
    bump(instance.activity_id)


def _question_changed(sender: Any, instance: Question, **kwargs: Any) -> None:
    activity_id = Step.objects.filter(pk=instance.step_id).values_list("activity_id", flat=True)
    for found in activity_id:
        bump(found)


def _prerequisites_changed(sender: Any, instance: Any, action: str, **kwargs: Any) -> None:
    if not action.startswith("post_"):
        return
    if isinstance(instance, Step):
        bump(instance.activity_id)
    else:  # changed from the other side: the steps are named by primary key
        for found in set(
            Step.objects.filter(pk__in=kwargs.get("pk_set") or ()).values_list(
                "activity_id", flat=True
            )
        ):
            bump(found)


def connect() -> None:
    post_save.connect(_step_changed, sender=Step, dispatch_uid="pipeline-step-saved")
    post_delete.connect(_step_changed, sender=Step, dispatch_uid="pipeline-step-deleted")
    post_save.connect(_question_changed, sender=Question, dispatch_uid="pipeline-question-saved")
    post_delete.connect(
        _question_changed, sender=Question, dispatch_uid="pipeline-question-deleted"
    )
    m2m_changed.connect(
        _prerequisites_changed,
        sender=Step.prerequisites.through,
        dispatch_uid="pipeline-prerequisites",
    )
