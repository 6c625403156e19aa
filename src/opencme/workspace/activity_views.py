"""The activity editor's pages: new activity, the activity's hub (summary, publish problems,
publish, preview, clone, archive) and its details. Thin: check access, parse, call one
service, render. Every view answers 404 to anyone not staff of the activity's provider."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import (
    HttpRequest,
    HttpResponse,
    JsonResponse,
)
from django.shortcuts import redirect, render
from django.urls import reverse

from opencme.accreditation.selectors import integrity_standards_get, rulebook_get
from opencme.accreditation.topics import TOPICS
from opencme.activities import authoring
from opencme.activities.models import Activity, Specialty
from opencme.activities.services import publish_activity
from opencme.catalog.activity_page import activity_page
from opencme.core import clock
from opencme.core.errors import ValidationFailed
from opencme.providers.models import Provider
from opencme.workspace import editing, objectives, problems, sections, summary, wording
from opencme.workspace.activity_forms import DetailsForm, NewActivityForm, initial_for

SUGGESTIONS = 10


def _hub(provider: Provider, activity: Activity) -> str:
    return reverse("workspace:activity", kwargs={"slug": provider.slug, "activity_id": activity.pk})


@login_required
def activity_new(request: HttpRequest, slug: str) -> HttpResponse:
    """A new hosted draft of the provider: its title, then its hub."""
    provider = editing.provider_or_404(request, slug)
    form = NewActivityForm(request.POST or None)
    saved = editing.save(
        request,
        form,
        lambda: authoring.create_activity(
            provider=provider, title=form.cleaned_data["title"], actor=request.user
        ),
    )
    if saved is not None:
        messages.success(request, "Draft created. Fill in its sections, then publish it.")
        return redirect(_hub(provider, saved.result))
    return render(request, "workspace/activity_new.html", {"provider": provider, "form": form})


@login_required
def activity_hub(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """The activity's overview: state, each section in brief, what stops publishing, actions."""
    provider, activity = editing.load(request, slug, activity_id)
    found = problems.grouped(problems.problems_for(activity))
    urls = {
        code: sections.section_url(code, slug=provider.slug, activity_id=activity.pk)
        for code, _, _ in sections.SECTIONS
    }
    groups: list[dict[str, Any]] = [
        {"label": sections.LABELS[code], "url": urls[code], "rows": rows}
        for code, rows in found.items()
    ]
    context = editing.page_base(request, provider, activity, sections.OVERVIEW) | {
        "groups": groups,
        "problem_count": sum(len(g["rows"]) for g in groups),
        "summary": summary.activity_summary(activity, rulebook_get(), urls),
        "changes": summary.recent_changes(activity),
    }
    return render(request, "workspace/activity.html", context)


@login_required
def activity_details(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """Details, dates, cost, audience, objectives, specialties and topics, statements. The
    objectives' buttons and "insert the standard wording" work without script: they send the
    form back and it returns changed, not yet saved."""
    provider, activity = editing.load(request, slug, activity_id)
    book, standards = rulebook_get(), integrity_standards_get()
    focus, note = "", ""
    if request.method == "POST":
        data = request.POST.copy()
        form = DetailsForm(data, book=book)
        insert = str(data.get("insert", ""))
        if data.get("objective"):
            focus = objectives.apply_action(data, str(data["objective"]))
            note = "Objectives changed. Save the details to keep the change."
        elif insert in wording.STATEMENTS:
            data[insert] = wording.standard_wording(
                insert, activity=activity, book=book, standards=standards
            )
            focus = problems.field_id(insert)
            form.fields[insert].widget.attrs["autofocus"] = True  # back where the button was
            note = "Standard wording inserted. Edit it if needed, then save the details."
        elif editing.save(
            request,
            form,
            lambda: authoring.update_activity_details(
                activity=activity,
                changes=form.changes(),
                specialties=form.cleaned_data["specialties"],
                actor=request.user,
            ),
        ):
            shown = "; the catalog shows the change" if activity.status == "published" else ""
            messages.success(request, f"Details saved{shown}.")
            url = reverse("workspace:activity_details", args=[provider.slug, activity.pk])
            return redirect(url + editing.check_suffix(request))
    else:
        form = DetailsForm(initial=initial_for(activity, book), book=book)
    found = editing.checks_for(request, activity)
    context = editing.page_base(request, provider, activity, sections.DETAILS) | {
        "form": form,
        "objectives": objectives.rows(form["objectives"].value()),
        "checks": problems.by_form_field(
            {k: v for k, v in found.items() if problems.section_of(k) == sections.DETAILS}
        ),
        "focus": focus,
        "note": note,
        "can_insert": wording.available(activity=activity, book=book, standards=standards),
        "suggest_url": reverse("workspace:activity_suggest", args=[provider.slug, activity.pk]),
    }
    return render(request, "workspace/activity_details.html", context)


@login_required
def activity_publish(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """Publish, or go to the first problem's field with every problem beside its field."""
    provider, activity = editing.load(request, slug, activity_id)
    if refused := editing.post_only(request):
        return refused
    if activity.status == Activity.Status.WITHDRAWN:
        messages.error(request, "An archived activity is not published again; clone it instead.")
        return redirect(_hub(provider, activity))
    try:
        publish_activity(activity=activity, actor=request.user)
    except ValidationFailed as exc:
        first = exc.problems[0].field
        url = sections.section_url(
            problems.section_of(first), slug=provider.slug, activity_id=activity.pk
        )
        count = len(exc.problems)
        messages.error(
            request,
            f"Not published: {count} thing{'s' if count != 1 else ''} to fix first, "
            "each shown beside its field.",
        )
        return redirect(f"{url or _hub(provider, activity)}?check=1#{problems.field_id(first)}")
    messages.success(request, "Published: learners can now find it and enroll.")
    return redirect(_hub(provider, activity))


@login_required
def activity_preview(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """The learner's page of the activity, as it would read, even while it is a draft."""
    provider, activity = editing.load(request, slug, activity_id)
    context = activity_page(rulebook_get(), activity, today=clock.today())
    context.update(
        preview=True,
        results_url=_hub(provider, activity),
        results_label="Back to editing this activity",
    )
    return render(request, "catalog/activity.html", context)


@login_required
def activity_clone(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """A re-release: a new draft with everything but its dates and UANs."""
    provider, activity = editing.load(request, slug, activity_id)
    if refused := editing.post_only(request):
        return refused
    clone = authoring.clone_activity(activity=activity, actor=request.user)
    messages.success(request, "Copied as a new draft. Give the re-release its new dates and UAN.")
    return redirect("workspace:activity_details", slug=provider.slug, activity_id=clone.pk)


@login_required
def activity_archive(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """Ask, then archive: the activity leaves the catalog; learners' records stay."""
    provider, activity = editing.load(request, slug, activity_id)
    if request.method == "POST":
        authoring.archive_activity(activity=activity, actor=request.user)
        messages.success(request, f"Archived “{activity.title}”. Learners can no longer find it.")
        return redirect("workspace:provider", slug=provider.slug)
    context = editing.page_base(request, provider, activity, sections.OVERVIEW)
    return render(request, "workspace/activity_archive.html", context)


@login_required
def activity_suggest(request: HttpRequest, slug: str, activity_id: int) -> JsonResponse:
    """``?field=specialties|topics&q=``: names that hold ``q``, for the type-ahead."""
    provider, _ = editing.load(request, slug, activity_id)
    field, q = request.GET.get("field", "specialties"), request.GET.get("q", "").strip()
    if field not in ("specialties", "topics"):
        problem = {"field": "field", "message": "must be specialties or topics"}
        return JsonResponse({"problems": [problem]}, status=422)
    if len(q) > 200:
        problem = {"field": "q", "message": "must be at most 200 characters"}
        return JsonResponse({"problems": [problem]}, status=422)
    if not q:
        names: list[str] = []
    elif field == "specialties":
        names = list(
            Specialty.objects.filter(name__icontains=q)
            .order_by("name")
            .values_list("name", flat=True)[:SUGGESTIONS]
        )
    else:
        names = _topics(provider, q)
    return JsonResponse({"field": field, "q": q, "suggestions": names})


def _topics(provider: Provider, q: str) -> list[str]:
    """Labels of the topic vocabulary that hold ``q`` (activities' topics are its codes)."""
    del provider  # every provider tags from the same vocabulary
    lowered = q.lower()
    return sorted((t for t in TOPICS.values() if lowered in t.lower()), key=str.lower)[:SUGGESTIONS]
