"""The tracker's pages under ``/learn/tracker/``: thin, each a learner's own (anyone else's
records are not found), problems shown beside the fields with a 422."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from opencme.core import clock
from opencme.core.errors import DomainError, NotFound
from opencme.core.private import private_page
from opencme.requirements import selectors, services
from opencme.requirements.entry import topic_labels
from opencme.requirements.explain import number
from opencme.requirements.feed import key_for
from opencme.requirements.forms import FORMS, CredentialForm, ExternalCreditForm, FactsForm
from opencme.requirements.packet import packet_csv

TRACKER_PART = "requirements/_tracker_body.html"


@login_required
def tracker(request: HttpRequest) -> HttpResponse:
    """``/learn/tracker/``: each credential's status, progress, deadline and topics, the
    timeline of what is due when, and the private calendar address."""
    # Read once: the facts rules ask about, the calendar address and the reminders.
    profile = selectors.tracker_profile_of(request.user)
    # The cards and the timeline depend on the tracker alone: rendered once per change.
    body = selectors.tracker_page_part_for(
        request.user,
        as_of=clock.today(),
        profile=profile,
        render=lambda view: render_to_string(TRACKER_PART, {"tracker": view}),
    )
    key = key_for(profile.feed_nonce) if profile and profile.feed_nonce else ""
    feed_url = request.build_absolute_uri(reverse("requirements:feed", args=[key])) if key else ""
    context = {
        "tracker_body": mark_safe(body),  # noqa: S308  (our own template's output)
        "feed_url": feed_url,
        "reminders_on": profile is None or profile.reminders_on,
    }
    return render(request, "requirements/tracker.html", context)


@login_required
def credential_detail(request: HttpRequest, credential_id: int) -> HttpResponse:
    """``/learn/tracker/credentials/<id>/``: every number of one credential with its why."""
    try:
        row = selectors.credential_get_for(request.user, credential_id)
    except NotFound as exc:
        raise Http404(exc.problems[0].message) from exc
    view = selectors.tracker_for(request.user, as_of=clock.today())
    card = next(c for c in view.credentials if c.held.pk == row.pk)
    return render(request, "requirements/credential.html", {"card": card, "row": row})


def _facts_form(request: HttpRequest, rows: list[Any], data: Any = None) -> FactsForm:
    profile = selectors.tracker_profile_of(request.user)
    chosen = list(profile.attestations) if profile else []
    initial = {
        "direct_patient_care": "no" if profile and not profile.direct_patient_care else "yes",
        "specialty": profile.specialty if profile else "",
        "attestations": chosen,
    }
    codes = selectors.attestations_for(rows, chosen)
    return FactsForm(data, initial=initial, attestations=codes, prefix="facts")


def _credentials_page(
    request: HttpRequest,
    forms: dict[str, CredentialForm] | None = None,
    facts: FactsForm | None = None,
) -> HttpResponse:
    rows = selectors.credential_list_for(request.user)
    forms = forms or {}
    add = {kind: forms.get(kind) or cls(prefix=kind) for kind, cls in FORMS.items()}
    facts = facts or _facts_form(request, rows)
    failed = any(f.errors for f in [*add.values(), facts])
    context = {
        "rows": [(row, selectors.held(row)) for row in rows],
        "license_form": add["license"],
        "dea_form": add["dea"],
        "board_form": add["board"],
        "facts_form": facts,
    }
    return render(request, "requirements/credentials.html", context, status=422 if failed else 200)


@login_required
def credentials(request: HttpRequest) -> HttpResponse:
    """``/learn/tracker/credentials/``: the credentials held, a form to add each kind, and the
    facts rules ask about. POST adds one (``kind`` says which form)."""
    if request.method != "POST":
        return _credentials_page(request)
    kind = request.POST.get("kind", "")
    if kind not in FORMS:
        return _credentials_page(request)
    form = FORMS[kind](request.POST, prefix=kind)
    if form.is_valid():
        try:
            services.save_credential(actor=request.user, user=request.user, **form.values())
        except DomainError as exc:
            form.show_problems(exc.problems)
        else:
            messages.success(request, "Saved. The tracker now counts your credit toward it.")
            return redirect("requirements:credentials")
    return _credentials_page(request, forms={kind: form})


@login_required
@require_POST
def facts(request: HttpRequest) -> HttpResponse:
    rows = selectors.credential_list_for(request.user)
    form = _facts_form(request, rows, request.POST)
    if form.is_valid():
        try:
            services.save_facts(actor=request.user, user=request.user, **form.values())
        except DomainError as exc:
            form.show_problems(exc.problems)
        else:
            messages.success(request, "Your answers are saved.")
            return redirect("requirements:credentials")
    return _credentials_page(request, facts=form)


@login_required
def credential_edit(request: HttpRequest, credential_id: int) -> HttpResponse:
    try:
        row = selectors.credential_get_for(request.user, credential_id)
    except NotFound as exc:
        raise Http404(exc.problems[0].message) from exc
    cls = FORMS[row.kind]
    form = cls(request.POST or None, initial=cls.initial_for(row), prefix=row.kind)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_credential(
                actor=request.user, user=request.user, credential_id=row.pk, **form.values()
            )
        except DomainError as exc:
            form.show_problems(exc.problems)
        else:
            messages.success(request, "Saved.")
            return redirect("requirements:credentials")
    context = {"form": form, "row": row, "held": selectors.held(row)}
    status = 422 if form.errors else 200
    return render(request, "requirements/credential_edit.html", context, status=status)


@login_required
@require_POST
def credential_remove(request: HttpRequest, credential_id: int) -> HttpResponse:
    try:
        services.remove_credential(
            actor=request.user, user=request.user, credential_id=credential_id
        )
    except NotFound as exc:
        raise Http404(exc.problems[0].message) from exc
    messages.success(request, "Removed.")
    return redirect("requirements:credentials")


@login_required
def credits(request: HttpRequest) -> HttpResponse:
    """``/learn/tracker/credits/``: credit earned elsewhere (self-reported), and a form to add."""
    form = ExternalCreditForm(request.POST or None, credit_types=selectors.credit_type_names())
    if request.method == "POST" and form.is_valid():
        try:
            services.record_external_credit(
                actor=request.user, user=request.user, **form.cleaned_data
            )
        except DomainError as exc:
            form.show_problems(exc.problems)
        else:
            messages.success(request, "Recorded as self-reported credit.")
            return redirect("requirements:credits")
    names, topics = selectors.credit_type_names(), topic_labels()
    rows = [
        {
            "row": row,
            "amount": number(row.amount),
            "type_name": names.get(row.credit_type, row.credit_type),
            "topics": [topics.get(code, code) for code in row.topics],
        }
        for row in selectors.external_credit_list_for(request.user)
    ]
    context = {"form": form, "rows": rows}
    return render(request, "requirements/credits.html", context, status=422 if form.errors else 200)


@login_required
@require_POST
def credit_remove(request: HttpRequest, credit_id: int) -> HttpResponse:
    try:
        services.remove_external_credit(actor=request.user, user=request.user, credit_id=credit_id)
    except NotFound as exc:
        raise Http404(exc.problems[0].message) from exc
    messages.success(request, "Removed.")
    return redirect("requirements:credits")


@login_required
@require_POST
def feed_renew(request: HttpRequest) -> HttpResponse:
    had = bool(selectors.feed_key_of(request.user))
    services.renew_feed_address(actor=request.user, user=request.user)
    messages.success(
        request,
        "A new calendar address is ready; the old one no longer works."
        if had
        else "Your calendar address is ready.",
    )
    return redirect(reverse("requirements:tracker") + "#calendar")


@private_page
def feed(request: HttpRequest, key: str) -> HttpResponse:
    """``/learn/tracker/calendar/<key>.ics``: the deadlines of the address's owner, without
    signing in (calendar programs cannot); an address revoked or never made is not found."""
    from opencme.requirements.calendar import calendar_bytes  # icalendar: loaded when used

    owner = selectors.user_for_feed_key(key)
    if owner is None:
        raise Http404("no calendar at this address")
    view = selectors.tracker_for(owner, as_of=clock.today())
    body = calendar_bytes(
        view.timeline,
        tracker_url=request.build_absolute_uri(reverse("requirements:tracker")),
        stamp=clock.now(),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="opencme-deadlines.ics"'
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
def credential_packet(request: HttpRequest, credential_id: int) -> HttpResponse:
    """``/learn/tracker/credentials/<id>/packet.csv``: the credential's cycle for an audit."""
    try:
        row = selectors.credential_get_for(request.user, credential_id)
    except NotFound as exc:
        raise Http404(exc.problems[0].message) from exc
    view = selectors.tracker_for(request.user, as_of=clock.today())
    card = next(c for c in view.credentials if c.held.pk == row.pk)
    response = HttpResponse(packet_csv(card), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="credential-{row.pk}-cycle.csv"'
    return response
