"""The question editor's pages: add a question to a step, change it, move it, remove it. Thin,
as ``step_views``: 404 for anyone not staff of the activity's provider; writes are POST only."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from opencme.core.errors import ValidationFailed
from opencme.learning import authoring_questions
from opencme.learning.models import Question, Step
from opencme.workspace.editing import activity_or_404, post_only, provider_or_404
from opencme.workspace.forms_steps import QuestionForm, put_problems, question_initial
from opencme.workspace.step_pages import (
    page_base,
    question_or_404,
    step_or_404,
    to_step,
)
from opencme.workspace.step_views import REVISED


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


@login_required
def activity_step_question_new(
    request: HttpRequest, slug: str, activity_id: int, step_id: int
) -> HttpResponse:
    provider = provider_or_404(request, slug)
    activity = activity_or_404(provider, activity_id)
    step = step_or_404(activity, step_id)
    form = QuestionForm(
        request.POST or None,
        step=step,
        earlier=_earlier(step),
        initial={"type": "single", "required": True},
    )
    if request.method == "POST" and form.is_valid():
        try:
            made = authoring_questions.add_question(
                step=step, values=_values(form), actor=request.user
            )
        except ValidationFailed as exc:
            put_problems(form, exc)
        else:
            if made.step.revision != step.revision:
                messages.info(request, REVISED)
            messages.success(request, "Added the question.")
            return to_step(provider, made.step, "questions")
    context = page_base(request, provider, activity)
    context |= {"step": step, "form": form, "question": None}
    status = 422 if form.is_bound and form.errors else 200
    return render(request, "workspace/steps_question.html", context, status=status)


@login_required
def activity_step_question(
    request: HttpRequest, slug: str, activity_id: int, step_id: int, question_id: int
) -> HttpResponse:
    provider = provider_or_404(request, slug)
    activity = activity_or_404(provider, activity_id)
    step = step_or_404(activity, step_id)
    question = question_or_404(step, question_id)
    form = QuestionForm(
        request.POST or None,
        step=step,
        earlier=_earlier(step),
        initial=question_initial(question),
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved = authoring_questions.update_question(
                question=question, values=_values(form), actor=request.user
            )
        except ValidationFailed as exc:
            put_problems(form, exc)
        else:
            if saved.step.revision != step.revision:
                messages.info(request, REVISED)
            messages.success(request, "Saved the question.")
            return to_step(provider, saved.step, "questions")
    context = page_base(request, provider, activity)
    context |= {"step": step, "form": form, "question": question}
    status = 422 if form.is_bound and form.errors else 200
    return render(request, "workspace/steps_question.html", context, status=status)


@login_required
def activity_step_question_remove(
    request: HttpRequest, slug: str, activity_id: int, step_id: int, question_id: int
) -> HttpResponse:
    provider = provider_or_404(request, slug)
    activity = activity_or_404(provider, activity_id)
    step = step_or_404(activity, step_id)
    question = question_or_404(step, question_id)
    if refused := post_only(request):
        return refused
    kept = authoring_questions.remove_question(question=question, actor=request.user)
    if kept.revision != step.revision:
        messages.info(request, REVISED)
    messages.success(request, "Removed the question.")
    return to_step(provider, kept, "questions")


@login_required
def activity_step_question_move(
    request: HttpRequest, slug: str, activity_id: int, step_id: int, question_id: int
) -> HttpResponse:
    provider = provider_or_404(request, slug)
    activity = activity_or_404(provider, activity_id)
    step = step_or_404(activity, step_id)
    question = question_or_404(step, question_id)
    if refused := post_only(request):
        return refused
    moved = authoring_questions.move_question(
        question=question, up=request.POST.get("direction") == "up", actor=request.user
    )
    if moved.step.revision != step.revision:
        messages.info(request, REVISED)
    return to_step(provider, moved.step, f"question-{moved.pk}")
