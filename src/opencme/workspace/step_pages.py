"""What the step and question builder's pages share: finding the provider, the activity, a
step and a question of it (404 for anyone not staff of the provider, and for another
provider's ids), and what the page heading and the revisions line say."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect

from opencme.activities.models import Activity
from opencme.learning import pipelines
from opencme.learning.authoring import learners_by_revision, revision_steps
from opencme.learning.authoring_checks import unlock_sentence
from opencme.learning.models import Question, Step
from opencme.providers.models import Provider
from opencme.workspace import editing

REVISED = (
    "Learners are enrolled on the earlier steps, so this change made a new revision: they "
    "keep theirs, new learners take these."
)


def step_or_404(activity: Activity, step_id: int) -> Step:
    """A step of the activity's newest revision (an earlier revision's steps are not edited)."""
    found = (
        Step.objects.select_related("activity")
        .filter(activity=activity, pk=step_id, revision=pipelines.newest_revision(activity.pk))
        .first()
    )
    if found is None:
        raise Http404("no step of this activity has this id")
    return found


def load_step(
    request: HttpRequest, slug: str, activity_id: int, step_id: int
) -> tuple[Provider, Activity, Step]:
    """The provider the user is staff of, its activity and a step of it (404 for anything
    else)."""
    provider, activity = editing.load(request, slug, activity_id)
    return provider, activity, step_or_404(activity, step_id)


def question_or_404(step: Step, question_id: int) -> Question:
    found = Question.objects.select_related("step").filter(step=step, pk=question_id).first()
    if found is None:
        raise Http404("no question of this step has this id")
    return found


def to_steps(provider: Provider, activity: Activity) -> HttpResponse:
    return redirect("workspace:activity_steps", slug=provider.slug, activity_id=activity.pk)


def revised(request: HttpRequest, before: int, after: int) -> None:
    """Say so when a change made a new revision (``before`` and ``after`` its numbers)."""
    if after != before:
        messages.info(request, REVISED)


def to_step(provider: Provider, step: Step, anchor: str = "") -> HttpResponse:
    response = redirect(
        "workspace:activity_step",
        slug=provider.slug,
        activity_id=step.activity_id,
        step_id=step.pk,
    )
    if anchor:
        response["Location"] += f"#{anchor}"
    return response


def to_changed_step(
    request: HttpRequest, provider: Provider, before: int, step: Step, done: str, anchor: str = ""
) -> HttpResponse:
    """Say what was done (and that a new revision was made, ``before`` being the revision the
    page showed) and go to the changed ``step``."""
    revised(request, before, step.revision)
    messages.success(request, done)
    return to_step(provider, step, anchor)


def page_base(request: HttpRequest, provider: Provider, activity: Activity) -> dict[str, Any]:
    """The context every page of the builder starts from (the activity editor's heading, its
    tabs with "Steps and questions" current, and the publish problems of the steps when the
    page is opened to check)."""
    checks = editing.checks_for(request, activity)
    return editing.page_base(request, provider, activity, "steps") | {
        "step_checks": editing.messages_under(checks, "steps"),
    }


@dataclass
class RevisionLine:
    number: int
    learners: int
    current: bool


def revisions(activity: Activity) -> list[RevisionLine]:
    """Each revision with learners, and the current one, newest first."""
    counts = learners_by_revision(activity)
    newest = pipelines.newest_revision(activity.pk)
    numbers = sorted({newest, *counts}, reverse=True)
    return [RevisionLine(n, counts.get(n, 0), n == newest) for n in numbers]


@dataclass
class StepRow:
    step: Step
    number: int
    sentence: str
    questions: int


def step_rows(activity: Activity) -> list[StepRow]:
    """The newest revision's steps in order, each with what unlocks it as a sentence."""
    steps = revision_steps(activity)
    counts = dict(
        Question.objects.filter(step__in=steps)
        .values_list("step")
        .annotate(n=Count("id"))
        .values_list("step", "n")
    )
    rows = []
    for number, step in enumerate(steps, start=1):
        before = sorted(step.prerequisites.all(), key=lambda s: (s.position, s.pk))
        if before:
            sentence = unlock_sentence([s.title for s in before], step.title)
        else:
            sentence = f"{step.title} is open from the start"
        rows.append(StepRow(step, number, sentence, counts.get(step.pk, 0)))
    return rows
