"""Password pages: change, reset (asked for, then set) and the admin's sign-in, each through
the accounts services and throttle: a reset revokes API tokens like a change does, reset emails
and admin passwords are throttled like sign-in."""

from __future__ import annotations

import logging
from typing import Any

from django.contrib import admin, messages
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from opencme.accounts import services, throttle
from opencme.accounts.forms import PasswordChangeForm, sentence
from opencme.accounts.models import Attempt, User

log = logging.getLogger(__name__)


def throttled(request: HttpRequest, exc: throttle.TooManyAttempts) -> HttpResponse:
    """The page that says to wait: 429 with ``Retry-After``."""
    context = {"message": sentence(exc.problems[0].message), "retry_after": exc.retry_after}
    response = render(request, "accounts/throttled.html", context, status=429)
    response["Retry-After"] = str(exc.retry_after)
    return response


class PasswordChangeView(auth_views.PasswordChangeView):
    """``/accounts/password/``: Django's password change in the site's frame, through
    ``services.change_password`` (audited, API tokens revoked); the session stays signed in."""

    form_class = PasswordChangeForm
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:profile")

    def form_valid(self, form: auth_forms.PasswordChangeForm) -> HttpResponse:
        user = self.request.user
        assert isinstance(user, User)  # the view asks for sign-in first
        services.change_password(
            user=user, actor=user, new_password=form.cleaned_data["new_password1"]
        )
        update_session_auth_hash(self.request, user)
        messages.success(
            self.request, "Your password is changed. Your API tokens are revoked; make new ones."
        )
        return HttpResponseRedirect(self.get_success_url())

    def form_invalid(self, form: auth_forms.PasswordChangeForm) -> HttpResponse:
        return self.render_to_response(self.get_context_data(form=form), status=422)


class PasswordResetView(auth_views.PasswordResetView):
    """``/accounts/password-reset/``: Django's reset request, throttled (``throttle``, kind
    ``mail``): an address asking too often waits (429); an account emailed enough just now is
    not emailed again, and the answer is the same "sent" page, which tells nobody whether the
    address has an account."""

    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form: auth_forms.PasswordResetForm) -> HttpResponse:
        email = form.cleaned_data["email"].strip().lower()
        try:
            throttle.begin(kind=Attempt.MAIL, email=email, ip=throttle.client_address(self.request))
        except throttle.TooManyAttempts as exc:
            if not exc.per_account:
                return throttled(self.request, exc)
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """The reset link's form: sets the password through ``services.reset_password`` (audited,
    API tokens revoked: the old password's holder may hold one)."""

    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form: auth_forms.SetPasswordForm) -> HttpResponse:
        services.reset_password(user=form.user, new_password=form.cleaned_data["new_password1"])
        del self.request.session[auth_views.INTERNAL_RESET_SESSION_TOKEN]
        return HttpResponseRedirect(self.get_success_url())


@never_cache
@csrf_protect
def admin_login(request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
    """``/admin/login/``: the admin's own sign-in, its password checks throttled and failures
    recorded like the site's sign-in (the same account limit: one password)."""
    if request.method != "POST":
        return admin.site.login(request, extra_context)
    email = str(request.POST.get("username", "")).strip().lower()
    address = throttle.client_address(request)
    try:
        begun = throttle.begin(kind=Attempt.SIGN_IN, email=email, ip=address)
    except throttle.TooManyAttempts as exc:
        log.warning("admin sign-in refused by the throttle for %r from %s", email, address)
        return throttled(request, exc)
    response = admin.site.login(request, extra_context)
    if response.status_code == 302:  # Django's LoginView redirects once the password is right
        throttle.forgive(begun)
    else:  # the attempt stays recorded
        log.warning("admin sign-in failed for %r from %s", email, address)
    return response
