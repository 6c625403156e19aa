"""The step builder's pages: an activity's steps (add, move, remove) and one step (its fields,
its material, its prerequisites and its questions). Thin: check access, parse, call one service
(``learning.authoring_steps``), render. Every view answers 404 to anyone not staff of the
activity's provider; writes are POST only and redirect (so they work without JavaScript)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from opencme.core.errors import ValidationFailed
from opencme.learning import authoring_steps
from opencme.learning.authoring import revision_steps
from opencme.learning.models import Question, StepKind
from opencme.workspace.editing import activity_or_404, post_only, provider_or_404
from opencme.workspace.forms_steps import (
    NewStepForm,
    PrerequisitesForm,
    StepForm,
    put_problems,
    step_initial,
)
from opencme.workspace.step_pages import (
    page_base,
    revisions,
    step_or_404,
    step_rows,
    to_step,
    to_steps,
)

REVISED = (
    "Learners are enrolled on the earlier steps, so this change made a new revision: they "
    "keep theirs, new learners take these."
)


def _revised(request: HttpRequest, before: int, after: int) -> None:
    if after != before:
        messages.info(request, REVISED)


@login_required
def activity_steps(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """The activity's steps in order with what unlocks each; POST adds a step."""
    provider = provider_or_404(request, slug)
    activity = activity_or_404(provider, activity_id)
    form = NewStepForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            before = revisions(activity)[0].number
            step = authoring_steps.add_step(
                activity=activity,
                kind=form.cleaned_data["kind"],
                title=form.cleaned_data["title"],
                actor=request.user,
            )
        except ValidationFailed as exc:
            put_problems(form, exc)
        else:
            _revised(request, before, step.revision)
            messages.success(request, f"Added “{step.title}”.")
            return to_step(provider, step)
    context = page_base(request, provider, activity) | {
        "rows": step_rows(activity),
        "revisions": revisions(activity),
        "form": form,
    }
    status = 422 if form.is_bound and form.errors else 200
    return render(request, "workspace/steps.html", context, status=status)


@login_required
def activity_step_move(
    request: HttpRequest, slug: str, activity_id: int, step_id: int
) -> HttpResponse:
    provider = provider_or_404(request, slug)
    activity = activity_or_404(provider, activity_id)
    step = step_or_404(activity, step_id)
    if refused := post_only(request):
        return refused
    before = step.revision
    moved = authoring_steps.move_step(
        step=step, up=request.POST.get("direction") == "up", actor=request.user
    )
    _revised(request, before, moved.revision)
    response = to_steps(provider, activity)
    response["Location"] += f"#step-{moved.pk}"
    return response


@login_required
def activity_step_remove(
    request: HttpRequest, slug: str, activity_id: int, step_id: int
) -> HttpResponse:
    """GET asks to confirm; POST removes the step."""
    provider = provider_or_404(request, slug)
    activity = activity_or_404(provider, activity_id)
    step = step_or_404(activity, step_id)
    if request.method == "POST":
        before = step.revision
        authoring_steps.remove_step(step=step, actor=request.user)
        _revised(request, before, revisions(activity)[0].number)
        messages.success(request, f"Removed “{step.title}”.")
        return to_steps(provider, activity)
    context = page_base(request, provider, activity) | {
        "step": step,
        "waiting": list(step.unlocks.all()),
        "questions": step.questions.count(),
    }
    return render(request, "workspace/steps_remove.html", context)


@login_required
def activity_step(request: HttpRequest, slug: str, activity_id: int, step_id: int) -> HttpResponse:
    """One step: its fields and material (POST saves them), its prerequisites, its questions."""
    provider = provider_or_404(request, slug)
    activity = activity_or_404(provider, activity_id)
    step = step_or_404(activity, step_id)
    form = StepForm(
        request.POST or None, request.FILES or None, step=step, initial=step_initial(step)
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved = authoring_steps.update_step(
                step=step, changes=form.changes(), actor=request.user
            )
        except ValidationFailed as exc:
            put_problems(form, exc)
        else:
            _revised(request, step.revision, saved.revision)
            messages.success(request, "Saved.")
            return to_step(provider, saved)
    status = 422 if form.is_bound and form.errors else 200
    return _step_page(request, provider, activity, step, form=form, status=status)


@login_required
def activity_step_prerequisites(
    request: HttpRequest, slug: str, activity_id: int, step_id: int
) -> HttpResponse:
    provider = provider_or_404(request, slug)
    activity = activity_or_404(provider, activity_id)
    step = step_or_404(activity, step_id)
    if refused := post_only(request):
        return refused
    others = [s for s in revision_steps(activity) if s.pk != step.pk]
    form = PrerequisitesForm(request.POST, others=others)
    if form.is_valid():
        try:
            saved = authoring_steps.set_prerequisites(
                step=step,
                prerequisite_ids=form.cleaned_data["prerequisites"],
                actor=request.user,
            )
        except ValidationFailed as exc:
            put_problems(form, exc)
        else:
            _revised(request, step.revision, saved.revision)
            messages.success(request, "Saved what unlocks this step.")
            return to_step(provider, saved, "prerequisites")
    return _step_page(request, provider, activity, step, prerequisites=form, status=422)


def _step_page(
    request: HttpRequest,
    provider: object,
    activity: object,
    step: object,
    *,
    form: StepForm | None = None,
    prerequisites: PrerequisitesForm | None = None,
    status: int = 200,
) -> HttpResponse:
    from opencme.learning.models import Step

    assert isinstance(step, Step)
    steps = revision_steps(step.activity)
    others = [s for s in steps if s.pk != step.pk]
    if prerequisites is None:
        chosen = [p.pk for p in step.prerequisites.all()]
        prerequisites = PrerequisitesForm(initial={"prerequisites": chosen}, others=others)
    if form is None:
        form = StepForm(step=step, initial=step_initial(step))
    rows = {r.step.pk: r for r in step_rows(step.activity)}
    questions = list(
        Question.objects.filter(step=step).select_related("pre_question").order_by("position")
    )
    context = page_base(request, provider, activity) | {  # type: ignore[arg-type]
        "step": step,
        "row": rows.get(step.pk),
        "form": form,
        "prerequisites": prerequisites,
        "questions": questions,
        "asks": step.kind
        in (
            StepKind.REFLECTION,
            StepKind.QUIZ,
            StepKind.SURVEY,
            StepKind.EVALUATION,
            StepKind.FOLLOW_UP,
        ),
        "content": step.kind == StepKind.CONTENT,
    }
    return render(request, "workspace/steps_step.html", context, status=status)
