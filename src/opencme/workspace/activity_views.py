"""The activity editor's pages: new activity, the activity's hub (summary, publish problems,
publish, preview, clone, archive) and its details. Thin: check access, parse, call one
service, render. Every view answers 404 to anyone not staff of the activity's provider."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseNotAllowed,
    JsonResponse,
)
from django.shortcuts import redirect, render
from django.urls import reverse

from opencme.accreditation.selectors import integrity_standards_get, rulebook_get
from opencme.activities import authoring
from opencme.activities.models import Activity, Specialty
from opencme.activities.selectors import activity_queryset_for_page
from opencme.activities.services import publish_activity
from opencme.catalog.activity_page import activity_page
from opencme.core import clock
from opencme.core.errors import NotFound, ValidationFailed
from opencme.providers.models import Provider
from opencme.reporting.selectors import provider_for_reporting
from opencme.workspace import objectives, problems, rules, sections, summary, wording
from opencme.workspace.activity_forms import DetailsForm, NewActivityForm, initial_for

SUGGESTIONS = 10
TOPICS_SCANNED = 2000  # activities read for topic suggestions beyond the provider's own


def _provider(request: HttpRequest, slug: str) -> Provider:
    try:
        return provider_for_reporting(request.user, slug)
    except NotFound as exc:
        raise Http404(str(exc)) from exc


def _activity(provider: Provider, activity_id: int) -> Activity:
    activity = activity_queryset_for_page().filter(provider=provider, pk=activity_id).first()
    if activity is None:
        raise Http404("no activity of this provider has this id")
    return activity


def _hub(provider: Provider, activity: Activity) -> str:
    return reverse("workspace:activity", kwargs={"slug": provider.slug, "activity_id": activity.pk})


def _post_only(request: HttpRequest) -> HttpResponse | None:
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])


def _state(activity: Activity) -> rules.State:
    code = rules.state_of(
        status=activity.status,
        start=activity.start_date,
        expires=activity.expires,
        today=clock.today(),
    )
    return rules.BY_CODE[code]


@login_required
def activity_new(request: HttpRequest, slug: str) -> HttpResponse:
    """A new hosted draft of the provider: its title, then its hub."""
    provider = _provider(request, slug)
    form = NewActivityForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            activity = authoring.create_activity(
                provider=provider, title=form.cleaned_data["title"], actor=request.user
            )
        except ValidationFailed as exc:
            form.show_problems(exc.problems)
        else:
            messages.success(request, "Draft created. Fill in its sections, then publish it.")
            return redirect(_hub(provider, activity))
    return render(request, "workspace/activity_new.html", {"provider": provider, "form": form})


@login_required
def activity_hub(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """The activity's overview: state, each section in brief, what stops publishing, actions."""
    provider = _provider(request, slug)
    activity = _activity(provider, activity_id)
    found = problems.grouped(problems.problems_for(activity))
    urls = {
        code: sections.section_url(code, slug=provider.slug, activity_id=activity.pk)
        for code, _, _ in sections.SECTIONS
    }
    groups: list[dict[str, Any]] = [
        {"label": sections.LABELS[code], "url": urls[code], "rows": rows}
        for code, rows in found.items()
    ]
    context = {
        "provider": provider,
        "activity": activity,
        "section": sections.OVERVIEW,
        "state": _state(activity),
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
    provider = _provider(request, slug)
    activity = _activity(provider, activity_id)
    book, standards = rulebook_get(), integrity_standards_get()
    check = request.GET.get("check") == "1"
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
        elif form.is_valid():
            try:
                authoring.update_activity_details(
                    activity=activity,
                    changes=form.changes(),
                    specialties=form.cleaned_data["specialties"],
                    actor=request.user,
                )
            except ValidationFailed as exc:
                form.show_problems(exc.problems)
            else:
                shown = "; the catalog shows the change" if activity.status == "published" else ""
                messages.success(request, f"Details saved{shown}.")
                url = reverse("workspace:activity_details", args=[provider.slug, activity.pk])
                return redirect(f"{url}?check=1" if check else url)
    else:
        form = DetailsForm(initial=initial_for(activity, book), book=book)
    found = problems.problems_for(activity) if check else {}
    context = {
        "provider": provider,
        "activity": activity,
        "section": sections.DETAILS,
        "state": _state(activity),
        "form": form,
        "objectives": objectives.rows(form["objectives"].value()),
        "checks": problems.by_form_field(
            {k: v for k, v in found.items() if problems.section_of(k) == sections.DETAILS}
        ),
        "check": check,
        "focus": focus,
        "note": note,
        "can_insert": wording.available(activity=activity, book=book, standards=standards),
        "suggest_url": reverse("workspace:activity_suggest", args=[provider.slug, activity.pk]),
    }
    return render(request, "workspace/activity_details.html", context)


@login_required
def activity_publish(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """Publish, or go to the first problem's field with every problem beside its field."""
    provider = _provider(request, slug)
    activity = _activity(provider, activity_id)
    if refused := _post_only(request):
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
    provider = _provider(request, slug)
    activity = _activity(provider, activity_id)
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
    provider = _provider(request, slug)
    activity = _activity(provider, activity_id)
    if refused := _post_only(request):
        return refused
    clone = authoring.clone_activity(activity=activity, actor=request.user)
    messages.success(request, "Copied as a new draft. Give the re-release its new dates and UAN.")
    return redirect("workspace:activity_details", slug=provider.slug, activity_id=clone.pk)


@login_required
def activity_archive(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """Ask, then archive: the activity leaves the catalog; learners' records stay."""
    provider = _provider(request, slug)
    activity = _activity(provider, activity_id)
    if request.method == "POST":
        authoring.archive_activity(activity=activity, actor=request.user)
        messages.success(request, f"Archived “{activity.title}”. Learners can no longer find it.")
        return redirect("workspace:provider", slug=provider.slug)
    context = {
        "provider": provider,
        "activity": activity,
        "section": sections.OVERVIEW,
        "state": _state(activity),
    }
    return render(request, "workspace/activity_archive.html", context)


@login_required
def activity_suggest(request: HttpRequest, slug: str, activity_id: int) -> JsonResponse:
    """``?field=specialties|topics&q=``: names that hold ``q``, for the type-ahead."""
    provider = _provider(request, slug)
    _activity(provider, activity_id)
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
    """Topics the provider's activities use, then other activities', that hold ``q``."""
    lowered = q.lower()
    own = Activity.objects.filter(provider=provider).order_by().values_list("topics", flat=True)
    other = (
        Activity.objects.exclude(provider=provider)
        .order_by()
        .values_list("topics", flat=True)[:TOPICS_SCANNED]
    )
    found: dict[str, None] = {}
    for topics in (*own, *other):
        for topic in topics or ():
            if isinstance(topic, str) and lowered in topic.lower():
                found.setdefault(topic, None)
    return sorted(found, key=str.lower)[:SUGGESTIONS]
