"""What every page of the activity editor shares: find the provider the user is staff of and
its activity, or answer 404; read the publish problems of the page's rows when it is opened to
check (``?check=1``); save a form through one service call, showing a refusal beside its fields;
and, for a section page whose forms each post to their own URL (people, credit), come back to
the section at the row just changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse

from opencme.activities.models import Activity
from opencme.activities.selectors import activity_queryset_for_page
from opencme.core import clock
from opencme.core.errors import NotFound, ValidationFailed
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


def load(request: HttpRequest, slug: str, activity_id: int) -> tuple[Provider, Activity]:
    """The provider the user is staff of and its activity (404 for anything else)."""
    provider = provider_or_404(request, slug)
    return provider, activity_or_404(provider, activity_id)


def position_of(rows: Any, row: Any) -> int:
    """Where ``row`` stands among ``rows`` (a related manager, as the page lists them): the
    number in its fields' ids, such as ``field-credits-1-amount``."""
    return [r.pk for r in rows.all()].index(row.pk)


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
    for path, found in checks.items():
        if path.startswith(prefix + "."):
            field = path[len(prefix) + 1 :]
            out.setdefault({"type": "credit_type"}.get(field, field), []).extend(found)
    return out


def messages_under(checks: dict[str, list[str]], prefix: str) -> list[str]:
    """Every problem message of the paths that start with ``prefix``."""
    return [m for path, found in checks.items() if path.startswith(prefix) for m in found]


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


def show_problems(form: forms.Form, error: ValidationFailed) -> None:
    """Each problem of ``error`` beside its field (or at the top of the form)."""
    show = getattr(form, "show_problems", None)
    if show is not None:
        show(error.problems)
        return
    for problem in error.problems:
        field = problem.field if problem.field in form.fields else None
        form.add_error(field, problem.message[:1].upper() + problem.message[1:])


@dataclass
class Saved:
    """What a service call returned for a saved form."""

    result: Any


def save(request: HttpRequest, form: forms.Form, call: Callable[[], Any]) -> Saved | None:
    """Call the service when ``form`` is posted and valid; ``None`` when it was not posted, is
    not valid or the service refused it (its problems are then beside the form's fields)."""
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        return Saved(call())
    except ValidationFailed as exc:
        show_problems(form, exc)
        return None


def status_of(form: forms.Form) -> int:
    """422 for a form sent back with problems, 200 otherwise."""
    return 422 if form.is_bound and form.errors else 200


@dataclass(frozen=True)
class Section:
    """A section page of the activity editor whose forms post to their own URLs: ``page``
    renders it (``bound`` forms shown again by key, with a status), ``url_name`` finds it."""

    url_name: str
    page: Callable[..., HttpResponse]

    def url(
        self, request: HttpRequest, provider: Provider, activity: Activity, anchor: str = ""
    ) -> str:
        url = reverse(self.url_name, args=[provider.slug, activity.pk])
        return url + check_suffix(request) + (f"#{anchor}" if anchor else "")

    def done(
        self,
        request: HttpRequest,
        provider: Provider,
        activity: Activity,
        message: str,
        anchor: str,
    ) -> HttpResponse:
        """Say what was done and go back to the section at ``anchor``."""
        messages.success(request, message)
        return redirect(self.url(request, provider, activity, anchor))

    def move(
        self,
        request: HttpRequest,
        provider: Provider,
        activity: Activity,
        *,
        call: Callable[[str], Any],
        what: str,
        anchor: str,
    ) -> HttpResponse:
        """Move a row up or down (``call`` given the posted direction) and go back to it."""
        try:
            call(request.POST.get("direction", ""))
        except ValidationFailed:
            messages.error(request, f"Choose to move the {what} up or down.")
        return redirect(self.url(request, provider, activity, anchor))

    def submit(
        self,
        request: HttpRequest,
        provider: Provider,
        activity: Activity,
        *,
        key: str,
        form: forms.Form,
        call: Callable[[], Any],
        done: str,
        anchor: Callable[[Any], str],
    ) -> HttpResponse:
        """Save a valid form through ``call``; a refused one is shown again beside its fields."""
        saved = save(request, form, call)
        if saved is not None:
            return self.done(request, provider, activity, done, anchor(saved.result))
        return self.page(request, provider, activity, bound={key: form}, status=422)
