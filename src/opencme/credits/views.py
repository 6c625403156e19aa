"""The enrollment page: steps, their forms, claiming credit (the transcript: ``transcript_views``).

Thin: the learner's own enrollment or a 404, one service per POST, and on a refusal the same
page again with the service's problems on the fields they name (status 422). Gating is the
services' job; a locked step posted here is refused there, with its reason.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from opencme.accreditation.selectors import rulebook_get
from opencme.activities.disclosures import disclosures_for_activity
from opencme.core.errors import DomainError, NotFound
from opencme.credits import services
from opencme.credits.hooks import annotate_claims
from opencme.credits.journey import enrollment_view
from opencme.credits.transcript import day_text
from opencme.learning import rules as learning_rules
from opencme.learning.content_views import record_page_time
from opencme.learning.forms import ClaimForm, StepForm, amount_label, seconds_since, viewed_token
from opencme.learning.models import Enrollment, StepKind
from opencme.learning.selectors import (
    enrollment_get_for_learner,
    enrollment_state,
    enrollment_steps,
    journey_for,
)
from opencme.learning.services import complete_step


def _own_enrollment(request: HttpRequest, enrollment_id: int) -> Enrollment:
    try:
        return enrollment_get_for_learner(enrollment_id=enrollment_id, user=request.user)
    except NotFound as exc:
        raise Http404(str(exc)) from exc


def _enrollment_url(enrollment: Enrollment, step_id: int | None = None) -> str:
    url = reverse("credits:enrollment", args=[enrollment.pk])
    return f"{url}#step-{step_id}" if step_id else url


def _render_enrollment(
    request: HttpRequest,
    enrollment: Enrollment,
    *,
    bound: StepForm | None = None,
    claim_bound: ClaimForm | None = None,
    claim_errors: list[str] | None = None,
    status: int = 200,
) -> HttpResponse:
    # The steps and progress are read once, for the view's data and for the step forms.
    _, pipeline, progress = journey_for(enrollment)
    data = enrollment_view(enrollment, request.user, pipeline, progress)
    book = rulebook_get()
    claimed = {c["credit_type"] for c in data["claims"]}
    steps: list[dict[str, Any]] = []
    views, _ = enrollment_state(enrollment, pipeline, progress)
    for view in views:
        step = view.step
        form = None
        if bound is not None and bound.step.pk == step.pk:
            form = bound
        elif view.state == learning_rules.OPEN and step.kind != StepKind.CLAIM:
            form = StepForm(step, view.questions)
            if step.kind == StepKind.CONTENT:
                form.initial["viewed"] = viewed_token(enrollment_id=enrollment.pk, step_id=step.pk)
        steps.append({"view": view, "form": form})
    claim_forms = []
    for option in data["claim_options"]:
        if option["credit_type"] in claimed:
            continue
        if claim_bound is not None and claim_bound.option["credit_type"] == option["credit_type"]:
            claim_forms.append(claim_bound)
        else:
            claim_forms.append(ClaimForm(option))
    notes = annotate_claims([c["id"] for c in data["claims"]])
    claims = [
        {
            **c,
            "name": _credit_name(book, c["credit_type"]),
            "amount_text": amount_label(_decimal(c["amount"])),
            "claimed_text": day_text(
                timezone.localdate(dt.datetime.fromisoformat(c["claimed_at"]))
            ),
            "certificates": notes.get("certificates", {}).get(c["id"]),
        }
        for c in data["claims"]
    ]
    errors = _error_list(bound, claim_bound, claim_errors or [])
    context: dict[str, Any] = {
        "enrollment": enrollment,
        "activity": enrollment.activity,
        "data": data,
        "steps": steps,
        "claim_forms": claim_forms,
        "claim_errors": claim_errors or [],
        "claims": claims,
        "errors": errors,
        "has_claim_step": any(v.step.kind == StepKind.CLAIM for v in views),
        # What the learner must see before starting, shown above the steps.
        "disclosures": disclosures_for_activity(enrollment.activity_id, book),
    }
    return render(request, "credits/enrollment.html", context, status=status)


def _decimal(value: Any) -> Decimal:
    return Decimal(str(value))


def _credit_name(book: Any, code: str) -> str:
    if code == "PARTICIPATION":
        return "Certificate of participation"
    rule = book.credit_type(code)
    return rule.name if rule else code


def _error_list(
    bound: StepForm | None, claim_bound: ClaimForm | None, claim_errors: list[str]
) -> list[dict[str, str]]:
    """The error summary: each problem with a link to its field, or to its step."""
    out: list[dict[str, str]] = []
    for form in (bound, claim_bound):
        if form is None:
            continue
        anchor = f"step-{form.step.pk}" if isinstance(form, StepForm) else "claim"
        out += [{"href": f"#{anchor}", "text": str(e)} for e in form.non_field_errors()]
        for field in form:
            out += [
                {"href": f"#{field.id_for_label}", "text": f"{field.label}: {e}"}
                for e in field.errors
            ]
    out += [{"href": "#claim", "text": e} for e in claim_errors]
    return out


@login_required
def enrollment(request: HttpRequest, enrollment_id: int) -> HttpResponse:
    """``/learn/enrollments/<id>/``: every step in order with its state and the open forms."""
    return _render_enrollment(request, _own_enrollment(request, enrollment_id))


@login_required
@require_POST
def step_submit(request: HttpRequest, enrollment_id: int, step_id: int) -> HttpResponse:
    """Complete one step. A locked or finished step is refused by ``complete_step``, with why."""
    own = _own_enrollment(request, enrollment_id)
    view = next((v for v in enrollment_steps(own) if v.step.pk == step_id), None)
    if view is None:
        raise Http404("This activity has no such step.")
    form = StepForm(view.step, view.questions, data=request.POST)
    form.is_valid()
    minutes = form.cleaned_data.get("minutes") if hasattr(form, "cleaned_data") else None
    seconds = None
    if view.step.kind == StepKind.CONTENT:
        token = request.POST.get(form.add_prefix("viewed"), "")
        seconds = seconds_since(token, enrollment_id=own.pk, step_id=step_id)
        record_page_time(own, view.step, token, request.user)  # the only report without a script
    if not form.errors:
        try:
            progress = complete_step(
                enrollment=own,
                step_id=step_id,
                actor=request.user,
                answers=form.answers(),
                minutes=minutes,
                seconds_spent=seconds,
            )
        except DomainError as exc:
            form.show_problems(exc.problems)
        else:
            if view.step.kind == StepKind.QUIZ and progress.completed_at is None:
                messages.warning(
                    request,
                    f"“{view.step.title}”: you scored {progress.score}%; the pass mark is "
                    f"{view.step.pass_mark}%. Try again.",
                )
            else:
                messages.success(request, f"“{view.step.title}” is done.")
            own.refresh_from_db()
            return redirect(_enrollment_url(own, _next_step_id(own) or step_id))
    return _render_enrollment(request, own, bound=form, status=422)


def _next_step_id(enrollment: Enrollment) -> int | None:
    following = next(
        (v for v in enrollment_steps(enrollment) if v.state == learning_rules.OPEN), None
    )
    return following.step.pk if following else None


@login_required
@require_POST
def claim(request: HttpRequest, enrollment_id: int) -> HttpResponse:
    """Claim credit of one type and amount; refused, naming the rule, by ``claim_credit``."""
    own = _own_enrollment(request, enrollment_id)
    credit_type = request.POST.get("credit_type", "")
    amount = request.POST.get("amount", "")
    try:
        made = services.claim_credit(
            enrollment=own, credit_type=credit_type, amount=amount, actor=request.user
        )
    except DomainError as exc:
        options = enrollment_view(own, request.user)["claim_options"]
        option = next((o for o in options if o["credit_type"] == credit_type), None)
        if option is None:
            problems = [p.message[:1].upper() + p.message[1:] for p in exc.problems]
            return _render_enrollment(request, own, claim_errors=problems, status=422)
        form = ClaimForm(option, data=request.POST)
        form.is_valid()
        form.show_problems(exc.problems)
        return _render_enrollment(request, own, claim_bound=form, status=422)
    name = _credit_name(rulebook_get(), made.credit_type)
    messages.success(
        request, f"You claimed {amount_label(made.amount)} {name}. It is on your transcript."
    )
    return redirect(_enrollment_url(own) + "#claim")
