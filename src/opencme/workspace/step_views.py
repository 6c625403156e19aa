"""The step builder's pages: an activity's steps (add, move, remove) and one step (its fields,
its material, its prerequisites and its questions). Thin: check access, parse, call one service
(``learning.authoring_steps``), render. Every view answers 404 to anyone not staff of the
activity's provider; writes are POST only and redirect (so they work without JavaScript)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from opencme.activities.models import Activity
from opencme.learning import authoring_steps
from opencme.learning.authoring import revision_steps
from opencme.learning.authoring_questions import ASKING_KINDS
from opencme.learning.models import Question, Step, StepKind
from opencme.providers.models import Provider
from opencme.workspace import editing
from opencme.workspace.forms_steps import (
    NewStepForm,
    PrerequisitesForm,
    StepForm,
    step_initial,
)
from opencme.workspace.step_pages import (
    load_step,
    page_base,
    revised,
    revisions,
    step_rows,
    to_changed_step,
    to_steps,
)


@login_required
def activity_steps(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """The activity's steps in order with what unlocks each; POST adds a step."""
    provider, activity = editing.load(request, slug, activity_id)
    form = NewStepForm(request.POST or None)
    before = revisions(activity)[0].number if request.method == "POST" else 0
    saved = editing.save(
        request,
        form,
        lambda: authoring_steps.add_step(
            activity=activity,
            kind=form.cleaned_data["kind"],
            title=form.cleaned_data["title"],
            actor=request.user,
        ),
    )
    if saved is not None:
        return to_changed_step(
            request, provider, before, saved.result, f"Added “{saved.result.title}”."
        )
    context = page_base(request, provider, activity) | {
        "rows": step_rows(activity),
        "revisions": revisions(activity),
        "form": form,
    }
    return render(request, "workspace/steps.html", context, status=editing.status_of(form))


@login_required
def activity_step_move(
    request: HttpRequest, slug: str, activity_id: int, step_id: int
) -> HttpResponse:
    provider, activity, step = load_step(request, slug, activity_id, step_id)
    if refused := editing.post_only(request):
        return refused
    moved = authoring_steps.move_step(
        step=step, up=request.POST.get("direction") == "up", actor=request.user
    )
    revised(request, step.revision, moved.revision)
    response = to_steps(provider, activity)
    response["Location"] += f"#step-{moved.pk}"
    return response


@login_required
def activity_step_remove(
    request: HttpRequest, slug: str, activity_id: int, step_id: int
) -> HttpResponse:
    """GET asks to confirm; POST removes the step."""
    provider, activity, step = load_step(request, slug, activity_id, step_id)
    if request.method == "POST":
        authoring_steps.remove_step(step=step, actor=request.user)
        revised(request, step.revision, revisions(activity)[0].number)
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
    provider, activity, step = load_step(request, slug, activity_id, step_id)
    form = StepForm(
        request.POST or None, request.FILES or None, step=step, initial=step_initial(step)
    )
    saved = editing.save(
        request,
        form,
        lambda: authoring_steps.update_step(step=step, changes=form.changes(), actor=request.user),
    )
    if saved is not None:
        return to_changed_step(request, provider, step.revision, saved.result, "Saved.")
    return _step_page(request, provider, activity, step, form=form, status=editing.status_of(form))


@login_required
def activity_step_prerequisites(
    request: HttpRequest, slug: str, activity_id: int, step_id: int
) -> HttpResponse:
    provider, activity, step = load_step(request, slug, activity_id, step_id)
    if refused := editing.post_only(request):
        return refused
    others = [s for s in revision_steps(activity) if s.pk != step.pk]
    form = PrerequisitesForm(request.POST, others=others)
    saved = editing.save(
        request,
        form,
        lambda: authoring_steps.set_prerequisites(
            step=step,
            prerequisite_ids=form.cleaned_data["prerequisites"],
            actor=request.user,
        ),
    )
    if saved is not None:
        done = "Saved what unlocks this step."
        return to_changed_step(
            request, provider, step.revision, saved.result, done, "prerequisites"
        )
    return _step_page(request, provider, activity, step, prerequisites=form, status=422)


def _step_page(
    request: HttpRequest,
    provider: Provider,
    activity: Activity,
    step: Step,
    *,
    form: StepForm | None = None,
    prerequisites: PrerequisitesForm | None = None,
    status: int = 200,
) -> HttpResponse:
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
    context = page_base(request, provider, activity) | {
        "step": step,
        "row": rows.get(step.pk),
        "form": form,
        "prerequisites": prerequisites,
        "questions": questions,
        "asks": step.kind in ASKING_KINDS,
        "content": step.kind == StepKind.CONTENT,
    }
    return render(request, "workspace/steps_step.html", context, status=status)
