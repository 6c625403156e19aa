"""What every section page of the activity editor (people, credit) does first: find the
provider the user is staff of and its activity, or answer 404; and read the publish problems of
the page's rows when it is opened to check (``?check=1``)."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed

from opencme.activities.models import Activity
from opencme.activities.selectors import activity_queryset_for_page
from opencme.core import clock
from opencme.core.errors import NotFound
from opencme.providers.models import Provider
from opencme.reporting.selectors import provider_for_reporting
from opencme.workspace import problems, rules


def provider_or_404(request: HttpRequest, slug: str) -> Provider:
    try:
        return provider_for_reporting(request.user, slug)
    except NotFound as exc:
        raise Http404(str(exc)) from exc


def activity_or_404(provider: Provider, activity_id: int) -> Activity:
    activity = activity_queryset_for_page().filter(provider=provider, pk=activity_id).first()
    if activity is None:
        raise Http404("no activity of this provider has this id")
    return activity


def post_only(request: HttpRequest) -> HttpResponse | None:
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])


def state_of(activity: Activity) -> rules.State:
    code = rules.state_of(
        status=activity.status,
        start=activity.start_date,
        expires=activity.expires,
        today=clock.today(),
    )
    return rules.BY_CODE[code]


def checks_for(request: HttpRequest, activity: Activity) -> dict[str, list[str]]:
    """The publish problems by field path when the page is opened with ``?check=1``."""
    return problems.problems_for(activity) if request.GET.get("check") == "1" else {}


def row_checks(checks: dict[str, list[str]], prefix: str) -> dict[str, list[str]]:
    """The problems of one row (``prefix`` such as ``credits[0]``) keyed by the row's field:
    ``credits[0].amount`` -> ``amount``; a ``type`` problem is shown at ``credit_type``."""
    out: dict[str, list[str]] = {}
    for path, messages in checks.items():
        if path.startswith(prefix + "."):
            field = path[len(prefix) + 1 :]
            out.setdefault({"type": "credit_type"}.get(field, field), []).extend(messages)
    return out


def check_suffix(request: HttpRequest) -> str:
    return "?check=1" if request.GET.get("check") == "1" else ""


def page_base(
    request: HttpRequest, provider: Provider, activity: Activity, section: str
) -> dict[str, Any]:
    return {
        "provider": provider,
        "activity": activity,
        "section": section,
        "state": state_of(activity),
        "check": request.GET.get("check") == "1",
    }
