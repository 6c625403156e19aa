"""The provider workspace: where a provider's staff start. Thin: check access, read, render."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from opencme.activities.models import Activity
from opencme.core import clock
from opencme.core.errors import NotFound
from opencme.reporting import selectors as reporting
from opencme.reporting import services as reporting_services
from opencme.workspace import nav, rules, selectors

DUE_SHOWN = 10
QUERY_MAX = 200


@login_required
def index(request: HttpRequest) -> HttpResponse:
    """``/provider/``: staff of one provider go straight to its workspace; of several, pick."""
    providers = list(reporting.providers_for_reporting(request.user))
    if not providers:
        raise Http404("you are not staff of any provider")
    nav.remember_staff(request, True)
    if len(providers) == 1:
        return redirect("workspace:provider", slug=providers[0].slug)
    return render(request, "workspace/index.html", {"providers": providers})


@login_required
def provider_home(request: HttpRequest, slug: str) -> HttpResponse:
    """``/provider/<slug>/``: activities by state with search, what is due, recent claims and
    completions, follow-up response rates. 404 for anyone not staff of this provider."""
    try:
        provider = reporting.provider_for_reporting(request.user, slug)
    except NotFound as exc:
        raise Http404(str(exc)) from exc
    today = clock.today()
    state = request.GET.get("state", "")
    state = state if state in rules.BY_CODE else ""
    query = request.GET.get("q", "").strip()[:QUERY_MAX]
    ids = frozenset({provider.pk})
    reporting_services.sync_obligations(provider_ids=ids)  # what is due must exist to be shown
    counts = selectors.activity_state_counts(provider, today=today)
    page = selectors.activity_page(
        provider, today=today, state=state, query=query, page=_page_number(request)
    )
    rows = [(a, rules.BY_CODE[_state(a, today)]) for a in page]
    context = {
        "provider": provider,
        "today": today,
        "states": [(s, counts[s.code]) for s in rules.STATES],
        "total": sum(counts.values()),
        "state": rules.BY_CODE.get(state),
        "query": query,
        "page": page,
        "rows": rows,
        "deadlines": reporting.deadlines_for(ids, limit=DUE_SHOWN),
        "claims": selectors.recent_claims(provider),
        "completions": selectors.recent_completions(provider),
        "follow_ups": selectors.follow_up_rates(provider),
    }
    return render(request, "workspace/provider.html", context)


def _page_number(request: HttpRequest) -> int:
    raw = request.GET.get("page", "1")
    return int(raw) if raw.isdigit() and len(raw) < 7 else 1


def _state(activity: Activity, today: dt.date) -> str:
    return rules.state_of(
        status=activity.status, start=activity.start_date, expires=activity.expires, today=today
    )
