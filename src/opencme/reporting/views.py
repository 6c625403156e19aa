"""Provider staff pages: deadlines and exports, outcomes. Thin: parse, call, render."""

from __future__ import annotations

import csv

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from opencme.accreditation.templatetags.accreditation_tags import credit_type_name
from opencme.activities.models import Activity
from opencme.core import clock
from opencme.core.csvsafe import safe_cell
from opencme.core.errors import NotFound
from opencme.providers.models import Provider
from opencme.reporting import outcomes, selectors, services, svg
from opencme.reporting.exporters import EXPORTERS, Scope, exporter_get
from opencme.reporting.exporters.base import CONTENT_TYPES, check_only

PROBLEMS_SHOWN = 500


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


@login_required
def provider_outcomes(request: HttpRequest, slug: str) -> HttpResponse:
    provider = _provider(request, slug)
    rows = outcomes.provider_outcomes(provider.pk)
    chart = svg.bar_chart(
        [(r.title, r.completions) for r in rows[:15]], title="Completions by activity"
    )
    return render(
        request,
        "reporting/outcomes_provider.html",
        {"provider": provider, "rows": rows, "chart": chart},
    )


def _activity(provider: Provider, activity_id: int) -> Activity:
    activity = Activity.objects.filter(pk=activity_id, provider=provider).first()
    if activity is None:
        raise Http404("this provider has no such activity")
    return activity


@login_required
def activity_outcomes(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    provider = _provider(request, slug)
    o = outcomes.activity_outcomes(_activity(provider, activity_id))
    charts = {
        "participation": svg.bar_chart(
            [
                ("Enrolled", o.enrollments),
                ("Completed", o.completions),
                ("Follow-ups due", o.follow_ups_due),
                ("Follow-ups answered", o.follow_ups_answered),
            ],
            title="Participation",
        ),
        "claims": svg.bar_chart(
            [(credit_type_name(c), n) for c, n, _ in o.claims], title="Claims by credit type"
        ),
        "knowledge": svg.pre_post_chart(
            [(k.text, k.pre_percent, k.post_percent) for k in o.knowledge],
            title="Correct answers before and after",
        )
        if o.knowledge
        else "",
    }
    responses = [
        (s, svg.bar_chart(s.counts, title=s.text) if s.counts else "") for s in o.responses
    ]
    follow_up = [
        (s, svg.bar_chart(s.counts, title=s.text) if s.counts else "") for s in o.follow_up
    ]
    return render(
        request,
        "reporting/outcomes_activity.html",
        {
            "provider": provider,
            "o": o,
            "charts": charts,
            "responses": responses,
            "follow_up": follow_up,
        },
    )


@login_required
def activity_outcomes_csv(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    provider = _provider(request, slug)
    o = outcomes.activity_outcomes(_activity(provider, activity_id))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="outcomes-{activity_id}.csv"'
    writer = csv.writer(response)
    writer.writerow(["section", "item", "label", "value"])
    for row in outcomes.outcome_numbers(o):
        writer.writerow([safe_cell(v) if isinstance(v, str) else v for v in row])
    return response
