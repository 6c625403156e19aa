"""Provider staff pages: deadlines and exports, outcomes. Thin: parse, call, render."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from opencme.accreditation.templatetags.accreditation_tags import credit_type_name
from opencme.activities.models import Activity
from opencme.core import clock
from opencme.core.errors import NotFound
from opencme.providers.models import Provider
from opencme.reporting import figures, outcomes, selectors, services, svg
from opencme.reporting.exporters import EXPORTERS, Scope, exporter_get
from opencme.reporting.exporters.base import CONTENT_TYPES, check_only
from opencme.reporting.period import Period, period_from

PROBLEMS_SHOWN = 500
TOP_ACTIVITIES = 15


def _provider(request: HttpRequest, slug: str) -> Provider:
    try:
        return selectors.provider_for_reporting(request.user, slug)
    except NotFound as exc:
        raise Http404(str(exc)) from exc


@login_required
def index(request: HttpRequest) -> HttpResponse:
    providers = list(selectors.providers_for_reporting(request.user))
    if len(providers) == 1:
        return redirect("reporting:provider", slug=providers[0].slug)
    if not providers:
        raise Http404("you are not staff of any provider")
    return render(request, "reporting/index.html", {"providers": providers})


@login_required
def provider_reports(request: HttpRequest, slug: str) -> HttpResponse:
    provider = _provider(request, slug)
    ids = frozenset({provider.pk})
    services.sync_obligations(provider_ids=ids)  # derived rows: what the page shows must exist
    scope = Scope(ids, clock.today())
    checks = []
    for name in EXPORTERS:
        exporter = exporter_get(name)
        result = check_only(exporter, scope)
        checks.append(
            {
                "exporter": exporter,
                "rows": result.rows,
                "problems": result.problems[:PROBLEMS_SHOWN],
                "problem_count": len(result.problems),
            }
        )
    context = {
        "provider": provider,
        "deadlines": selectors.deadlines_for(ids),
        "checks": checks,
        "batches": selectors.batch_list(ids),
    }
    return render(request, "reporting/provider.html", context)


@login_required
@require_POST
def export_download(request: HttpRequest, slug: str, name: str) -> FileResponse:
    provider = _provider(request, slug)
    try:
        exporter = exporter_get(name)
    except NotFound as exc:
        raise Http404(str(exc)) from exc
    fmt = request.POST.get("format") or exporter.default_format
    if fmt not in exporter.formats:
        raise Http404(f"{name} is not written as {fmt}")
    # A batch keeps a file in every format the exporter writes; the chosen one downloads now,
    # every one downloads again from the batch's page.
    result, batch = services.run_export(
        name=name,
        actor=request.user,
        out=None,
        provider=provider,
        provider_ids=frozenset({provider.pk}),
        fmt=fmt,
        include_exported=request.POST.get("include_exported") == "1",
        every_format=True,
    )
    response = FileResponse(
        services.batch_file(batch, fmt).open("rb"),
        as_attachment=True,
        filename=batch.filename,
        content_type=CONTENT_TYPES[fmt],
    )
    response["X-OpenCME-Batch"] = str(batch.pk)
    response["X-OpenCME-Rows"] = str(result.rows)
    response["X-OpenCME-Problems"] = str(len(result.problems))
    return response


def _csv(filename: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _figure_url(base: str, period: Period, key: str | None) -> str:
    query = period.query() | ({"figure": key} if key else {})
    return f"{base}?{urlencode(query)}" if query else base


@login_required
def provider_outcomes(request: HttpRequest, slug: str) -> HttpResponse:
    provider = _provider(request, slug)
    form, period = period_from(request.GET)
    rows = outcomes.provider_outcomes(provider.pk, period)
    csv_url = _figure_url(reverse("reporting:outcomes_csv", args=[provider.slug]), period, None)
    context = {
        "provider": provider,
        "form": form,
        "period": period,
        "rows": rows,
        "bars": svg.bars([(r.title, r.completions) for r in rows[:TOP_ACTIVITIES]]),
        "top": TOP_ACTIVITIES,
        "csv_url": csv_url,
    }
    return render(request, "reporting/outcomes_provider.html", context)


@login_required
def provider_outcomes_csv(request: HttpRequest, slug: str) -> HttpResponse:
    provider = _provider(request, slug)
    _, period = period_from(request.GET)
    [figure] = figures.provider_figures(outcomes.provider_outcomes(provider.pk, period))
    response = _csv(f"outcomes-{provider.slug}.csv")
    figures.figure_csv(figure, response)
    return response


def _activity(provider: Provider, activity_id: int) -> Activity:
    activity = Activity.objects.filter(pk=activity_id, provider=provider).first()
    if activity is None:
        raise Http404("this provider has no such activity")
    return activity


def _answer_charts(
    summaries: list[outcomes.QuestionSummary], prefix: str, urls: dict[str, str]
) -> list[tuple[Any, ...]]:
    """(summary, bars, its CSV's address) per question."""
    return [
        (s, svg.bars(s.counts) if s.counts else [], urls[f"{prefix}_{s.question_id}"])
        for s in summaries
    ]


@login_required
def activity_outcomes(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    provider = _provider(request, slug)
    form, period = period_from(request.GET)
    o = outcomes.activity_outcomes(_activity(provider, activity_id), period)
    base = reverse("reporting:activity_outcomes_csv", args=[provider.slug, o.activity.pk])
    csv_urls = {
        f.key.replace("-", "_"): _figure_url(base, period, f.key)
        for f in figures.activity_figures(o)
    }
    charts = {
        "participation": svg.bars([("Enrolled", o.enrollments), ("Completed", o.completions)]),
        "claims": svg.bars([(credit_type_name(c), n) for c, n, _ in o.claims]),
        "knowledge": svg.pre_post(
            [(k.text, k.pre_text, k.pre_percent, k.post_percent, k.learners) for k in o.knowledge]
        ),
        "follow_up": svg.bars([("Sent", o.follow_ups_sent), ("Answered", o.follow_ups_answered)]),
    }
    context = {
        "provider": provider,
        "form": form,
        "period": period,
        "o": o,
        "charts": charts,
        "responses": _answer_charts(o.responses, "answers", csv_urls),
        "follow_up": _answer_charts(o.follow_up, "follow_up", csv_urls),
        "csv_urls": csv_urls,
        "csv_all": _figure_url(base, period, None),
    }
    return render(request, "reporting/outcomes_activity.html", context)


@login_required
def activity_outcomes_csv(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """One figure's CSV (``?figure=<key>``), or every figure in one file with a figure column."""
    provider = _provider(request, slug)
    _, period = period_from(request.GET)
    o = outcomes.activity_outcomes(_activity(provider, activity_id), period)
    every = figures.activity_figures(o)
    key = request.GET.get("figure")
    if key is None:
        response = _csv(f"outcomes-{activity_id}.csv")
        figures.all_figures_csv(every, response)
        return response
    figure = next((f for f in every if f.key == key), None)
    if figure is None:
        raise Http404("this activity's outcomes have no such figure")
    response = _csv(f"outcomes-{activity_id}-{key}.csv")
    figures.figure_csv(figure, response)
    return response
