"""Account pages: sign up, confirm, sign in and out, the profile. Thin: parse, call a service,
render; a service's problems are shown on the fields they name."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from opencme.accounts import confirmation, hooks, services
from opencme.accounts.forms import ProfileForm, SignInForm, SignUpForm, sentence
from opencme.accounts.throttle import TooManyAttempts, client_address
from opencme.core.errors import DomainError, Throttled
from opencme.core.private import private_page

HOME_AFTER_SIGN_IN = "learning:my_learning"
SIGNED_UP_NEXT = "signed_up_next"  # session key: where the learner who signed up here came from


def _safe(request: HttpRequest, target: str) -> str:
    """``target`` if it is a page of this site (``url_has_allowed_host_and_scheme``), else ""."""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


def _asked_next(request: HttpRequest) -> str:
    """The ``next`` the request asks for, if it is safe to go to."""
    return _safe(request, request.POST.get("next") or request.GET.get("next") or "")


def _next_url(request: HttpRequest) -> str:
    return _asked_next(request) or hooks.home_for(request.user) or reverse(HOME_AFTER_SIGN_IN)


def sign_up(request: HttpRequest) -> HttpResponse:
    """``/accounts/sign-up/``: create an account, then ask the learner to confirm their email.
    A safe ``next`` travels in the confirmation link (and this browser's session). An address
    that has an account gets the same answer (its owner an email: ``services.sign_up``)."""
    form = SignUpForm(request.POST or None)
    next_url = _asked_next(request)
    if request.method == "POST" and form.is_valid():
        try:
            services.sign_up(
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                legal_name=form.cleaned_data["legal_name"],
                profession=form.cleaned_data["profession"],
                next_url=next_url,
            )
        except DomainError as exc:
            form.show_problems(exc.problems)
        else:
            request.session["signed_up_email"] = form.cleaned_data["email"].lower()
            request.session[SIGNED_UP_NEXT] = next_url
            return redirect("accounts:check_email")
    status = 422 if form.errors else 200
    destination = hooks.destination_title(next_url) if next_url else None
    context = {"form": form, "next": next_url, "destination": destination}
    return render(request, "accounts/sign_up.html", context, status=status)


def check_email(request: HttpRequest) -> HttpResponse:
    email = request.session.get("signed_up_email", "")
    next_url = _safe(request, request.session.get(SIGNED_UP_NEXT, ""))
    return render(request, "accounts/check_email.html", {"email": email, "next": next_url})


@private_page
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """``/accounts/confirm/<token>/``, the link in the confirmation email. Confirming twice is
    harmless, so opening the link confirms; an expired or altered link says so. The opening
    that confirms a fresh link signs the learner in (``accounts.confirmation`` says why that
    is safe); any other offers to sign in. Either way the one next step leads back to the page
    the learner signed up from."""
    try:
        confirmed = confirmation.confirm_email(token=token)
    except DomainError as exc:
        problem = {"problem": exc.problems[0].message}
        return render(request, "accounts/confirm.html", problem, status=400)
    user = confirmed.user
    if confirmed.signs_in and not request.user.is_authenticated:
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    next_url = _safe(request, confirmed.next_url)
    context: dict[str, Any] = {
        "confirmed_email": user.email,
        "signed_in_here": request.user.is_authenticated and request.user.pk == user.pk,
        "next": next_url,
        "destination": hooks.destination_title(next_url) if next_url else None,
    }
    return render(request, "accounts/confirm.html", context)


def sign_in(request: HttpRequest) -> HttpResponse:
    """``/accounts/sign-in/``, through ``services.sign_in`` so failed attempts are throttled
    (429 with Retry-After)."""
    form = SignInForm(request.POST or None)
    status = 200
    retry_after = 0
    if request.method == "POST" and form.is_valid():
        try:
            user = services.sign_in(
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                ip=client_address(request),
                request=request,
            )
        except DomainError as exc:
            form.show_problems(exc.problems)
            status = 429 if isinstance(exc, Throttled) else 422
            retry_after = exc.retry_after if isinstance(exc, TooManyAttempts) else 0
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return HttpResponseRedirect(_next_url(request))
    if request.method == "POST" and status == 200:
        status = 422
    context = {"form": form, "next": _asked_next(request)}
    response = render(request, "accounts/sign_in.html", context, status=status)
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    logout(request)
    messages.success(request, "You are signed out.")
    return redirect("web:home")


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    """``/accounts/profile/``: every field of the learner profile, errors on the fields."""
    user = request.user
    snapshot = services.profile_snapshot(services.profile_for(user))  # type: ignore[arg-type]
    form = ProfileForm(request.POST or None, initial=ProfileForm.initial_for(snapshot))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_profile(user=user, actor=user, changes=form.changes())  # type: ignore[arg-type]
        except DomainError as exc:
            form.show_problems(exc.problems)
        else:
            messages.success(request, "Your profile is saved.")
            return redirect("accounts:profile")
    status = 422 if form.errors else 200
    return render(request, "accounts/profile.html", {"form": form}, status=status)


@require_POST
def resend_confirmation(request: HttpRequest) -> HttpResponse:
    """``/accounts/confirm/resend/`` (a button on the profile): send the link again, at most
    once a minute; it leads back to where this browser signed up from, if it did."""
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("accounts:profile"))
    user = request.user
    try:
        confirmation.resend_confirmation(
            user=user,
            actor=user,
            next_url=_safe(request, request.session.get(SIGNED_UP_NEXT, "")),
        )
    except Throttled as exc:
        messages.error(request, sentence(exc.problems[0].message))
    except DomainError as exc:
        messages.info(request, sentence(exc.problems[0].message))
    else:
        messages.success(request, f"We sent a new link to {user.email}. It works for 7 days.")
    return redirect("accounts:profile")
