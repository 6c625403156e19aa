"""The question editor's writes: add, change, move and remove a step's question, and mark a
post-test question as the pair of a pre-test one (``Question.pre_question``, for outcomes).

As the step builder's writes (``learning.authoring_steps``): one transaction, the acting user,
an audit event; a new revision first when learners are enrolled on the newest one."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from opencme.core import audit
from opencme.core.errors import Problem, ValidationFailed
from opencme.learning.authoring import Writable, change, record_move, swap, writable
from opencme.learning.authoring_checks import question_problems
from opencme.learning.authoring_steps import step_to_change
from opencme.learning.models import Question, Step, StepKind

ASKING_KINDS = (
    StepKind.REFLECTION,
    StepKind.QUIZ,
    StepKind.SURVEY,
    StepKind.EVALUATION,
    StepKind.FOLLOW_UP,
)


def snapshot(question: Question) -> dict[str, Any]:
    return {
        "type": question.type,
        "text": question.text,
        "choices": list(question.choices),
        "correct": list(question.correct),
        "required": question.required,
        "pre_question": question.pre_question_id,
    }


def _clean(values: dict[str, Any], step: Step) -> dict[str, Any]:
    kind = str(values.get("type") or "")
    choices = [str(c).strip() for c in values.get("choices") or [] if str(c).strip()]
    correct = [str(c).strip() for c in values.get("correct") or [] if str(c).strip()]
    graded = step.kind == StepKind.QUIZ
    if not graded:
        correct = []
    problems = question_problems(
        type=kind,
        text=str(values.get("text") or ""),
        choices=choices,
        correct=correct,
        graded=graded,
    )
    if problems:
        raise ValidationFailed(problems)
    return {
        "type": kind,
        "text": str(values["text"]).strip(),
        "choices": choices,
        "correct": correct,
        "required": bool(values.get("required", True)),
    }


def _pair(w: Writable, step: Step, pre_question_id: int | None) -> Question | None:
    """The pre-test question a question of ``step`` pairs with: a question of an earlier step
    of the same revision (ids as the page showed them)."""
    if not pre_question_id:
        return None
    pk = w.questions.get(pre_question_id, pre_question_id)
    found = Question.objects.filter(pk=pk, step__activity_id=step.activity_id).first()
    if found is None or found.step.revision != w.revision or found.step_id == step.pk:
        raise ValidationFailed(
            [Problem("pre_question", "Choose a question of an earlier step of this activity.")]
        )
    if found.step.position >= step.position:
        raise ValidationFailed(
            [Problem("pre_question", "A post-test question pairs with one asked before it.")]
        )
    return found


def _question(w: Writable, question: Question) -> Question:
    return Question.objects.get(pk=w.questions.get(question.pk, question.pk))


@transaction.atomic
def add_question(*, step: Step, values: dict[str, Any], actor: Any) -> Question:
    """A new last question of ``step`` (``values``: type, text, choices, correct, required,
    pre_question)."""
    if step.kind not in ASKING_KINDS:
        raise ValidationFailed([Problem("type", "This kind of step asks no questions.")])
    clean = _clean(values, step)
    w = writable(activity=step.activity, actor=actor)
    target = step_to_change(w, step)
    pair = _pair(w, target, values.get("pre_question"))
    last = target.questions.order_by("-position").first()
    question = Question.objects.create(
        step=target,
        position=(last.position + 1) if last else 0,
        pre_question=pair,
        **clean,
    )
    audit.record(
        actor=actor, action="learning.question.added", obj=question, after=snapshot(question)
    )
    return question


@transaction.atomic
def update_question(*, question: Question, values: dict[str, Any], actor: Any) -> Question:
    """Change a question's type, text, choices, correct answers, required flag and pair."""
    step = question.step
    clean = _clean(values, step)
    w = writable(activity=step.activity, actor=actor)
    target = _question(w, question)
    pair = _pair(w, target.step, values.get("pre_question"))
    return change(
        target,
        clean | {"pre_question": pair},
        snapshot=snapshot,
        actor=actor,
        action="learning.question.changed",
    )


@transaction.atomic
def remove_question(*, question: Question, actor: Any) -> Step:
    """Remove a question; returns its step (in a new revision: the copy)."""
    w = writable(activity=question.step.activity, actor=actor)
    target = _question(w, question)
    audit.record(
        actor=actor, action="learning.question.removed", obj=target, before=snapshot(target)
    )
    step = target.step
    target.delete()
    return step


@transaction.atomic
def move_question(*, question: Question, up: bool, actor: Any) -> Question:
    """Move a question one place up or down within its step."""
    w = writable(activity=question.step.activity, actor=actor)
    target = _question(w, question)
    questions = list(target.step.questions.order_by("position", "id"))
    places = swap(questions, target, up=up)
    if places is None:
        return target
    for position, each in enumerate(questions):
        if each.position != position:
            each.position = position
            each.save(update_fields=["position"])
    record_move(
        actor=actor, action="learning.question.moved", obj=target, at=places[0], to=places[1]
    )
    return target
