"""Account pages: sign up, confirm, sign in and out, the profile. Thin: parse, call a service,
render; a service's problems are shown on the fields they name."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from opencme.accounts import services
from opencme.accounts.api import client_ip
from opencme.accounts.forms import ProfileForm, SignInForm, SignUpForm
from opencme.core.errors import DomainError, PermissionDenied

HOME_AFTER_SIGN_IN = "learning:my_learning"


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse(HOME_AFTER_SIGN_IN)


def sign_up(request: HttpRequest) -> HttpResponse:
    """``/accounts/sign-up/``: create an account, then ask the learner to confirm their email."""
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.sign_up(
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                legal_name=form.cleaned_data["legal_name"],
                profession=form.cleaned_data["profession"],
            )
        except DomainError as exc:
            form.show_problems(exc.problems)
        else:
            request.session["signed_up_email"] = form.cleaned_data["email"].lower()
            return redirect("accounts:check_email")
    status = 422 if form.errors else 200
    return render(request, "accounts/sign_up.html", {"form": form}, status=status)


def check_email(request: HttpRequest) -> HttpResponse:
    email = request.session.get("signed_up_email", "")
    return render(request, "accounts/check_email.html", {"email": email})


def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """``/accounts/confirm/<token>/``, the link in the confirmation email. Confirming twice is
    harmless, so opening the link confirms; an expired or altered link says so."""
    try:
        user = services.confirm_email(token=token)
    except DomainError as exc:
        context = {"problem": exc.problems[0].message}
        return render(request, "accounts/confirm.html", context, status=400)
    return render(request, "accounts/confirm.html", {"confirmed_email": user.email})


def sign_in(request: HttpRequest) -> HttpResponse:
    """``/accounts/sign-in/``, through ``services.sign_in`` so failed attempts are throttled."""
    form = SignInForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            user = services.sign_in(
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                ip=client_ip(request),
                request=request,
            )
        except DomainError as exc:
            form.show_problems(exc.problems)
            status = 429 if isinstance(exc, PermissionDenied) else 422
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return HttpResponseRedirect(_next_url(request))
    if request.method == "POST" and status == 200:
        status = 422
    context = {"form": form, "next": _next_url(request) if _has_next(request) else ""}
    return render(request, "accounts/sign_in.html", context, status=status)


def _has_next(request: HttpRequest) -> bool:
    return bool(request.POST.get("next") or request.GET.get("next"))


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
