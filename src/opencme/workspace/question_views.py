"""The question editor's pages: add a question to a step, change it, move it, remove it. Thin,
as ``step_views``: 404 for anyone not staff of the activity's provider; writes are POST only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from opencme.activities.models import Activity
from opencme.learning import authoring_questions
from opencme.learning.models import Question, Step
from opencme.providers.models import Provider
from opencme.workspace import editing
from opencme.workspace.forms_steps import QuestionForm, question_initial
from opencme.workspace.step_pages import (
    load_step,
    page_base,
    question_or_404,
    revised,
    to_changed_step,
    to_step,
)


def _earlier(step: Step) -> list[Question]:
    """The questions of the steps before ``step`` (a post-test question's possible pairs)."""
    return list(
        Question.objects.filter(
            step__activity_id=step.activity_id,
            step__revision=step.revision,
            step__position__lt=step.position,
        )
        .select_related("step")
        .order_by("step__position", "step_id", "position", "id")
    )


def _values(form: QuestionForm) -> dict[str, Any]:
    values = dict(form.cleaned_data)
    values.setdefault("correct", [])
    values.setdefault("pre_question", None)
    return values


def _question_page(
    request: HttpRequest,
    provider: Provider,
    activity: Activity,
    step: Step,
    *,
    question: Question | None,
    initial: dict[str, Any],
    write: Callable[[dict[str, Any]], Question],
    done: str,
) -> HttpResponse:
    """The question's form: POST saves it through ``write`` (given the form's values) and goes
    back to the step's questions; a refused one is shown again beside its fields."""
    form = QuestionForm(request.POST or None, step=step, earlier=_earlier(step), initial=initial)
    saved = editing.save(request, form, lambda: write(_values(form)))
    if saved is not None:
        return to_changed_step(
            request, provider, step.revision, saved.result.step, done, "questions"
        )
    context = page_base(request, provider, activity)
    context |= {"step": step, "form": form, "question": question}
    return render(request, "workspace/steps_question.html", context, status=editing.status_of(form))


@login_required
def activity_step_question_new(
    request: HttpRequest, slug: str, activity_id: int, step_id: int
) -> HttpResponse:
    provider, activity, step = load_step(request, slug, activity_id, step_id)
    return _question_page(
        request,
        provider,
        activity,
        step,
        question=None,
        initial={"type": "single", "required": True},
        write=lambda values: authoring_questions.add_question(
            step=step, values=values, actor=request.user
        ),
        done="Added the question.",
    )


@login_required
def activity_step_question(
    request: HttpRequest, slug: str, activity_id: int, step_id: int, question_id: int
) -> HttpResponse:
    provider, activity, step = load_step(request, slug, activity_id, step_id)
    question = question_or_404(step, question_id)
    return _question_page(
        request,
        provider,
        activity,
        step,
        question=question,
        initial=question_initial(question),
        write=lambda values: authoring_questions.update_question(
            question=question, values=values, actor=request.user
        ),
        done="Saved the question.",
    )


def _load_question(
    request: HttpRequest, slug: str, activity_id: int, step_id: int, question_id: int
) -> tuple[Provider, Step, Question]:
    provider, _, step = load_step(request, slug, activity_id, step_id)
    return provider, step, question_or_404(step, question_id)


@login_required
def activity_step_question_remove(
    request: HttpRequest, slug: str, activity_id: int, step_id: int, question_id: int
) -> HttpResponse:
    provider, step, question = _load_question(request, slug, activity_id, step_id, question_id)
    if refused := editing.post_only(request):
        return refused
    kept = authoring_questions.remove_question(question=question, actor=request.user)
    revised(request, step.revision, kept.revision)
    messages.success(request, "Removed the question.")
    return to_step(provider, kept, "questions")


@login_required
def activity_step_question_move(
    request: HttpRequest, slug: str, activity_id: int, step_id: int, question_id: int
) -> HttpResponse:
    provider, step, question = _load_question(request, slug, activity_id, step_id, question_id)
    if refused := editing.post_only(request):
        return refused
    moved = authoring_questions.move_question(
        question=question, up=request.POST.get("direction") == "up", actor=request.user
    )
    revised(request, step.revision, moved.step.revision)
    return to_step(provider, moved.step, f"question-{moved.pk}")
