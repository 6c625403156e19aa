"""The reminder pages: stop reminders from the link in an email (no sign-in: the signed token
names the clinician), and turn them on or off from the tracker (signed in)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from opencme.core.private import private_page
from opencme.requirements import reminders
from opencme.requirements.reminding import set_reminders


def _masked(email: str) -> str:
    """``a•••@example.org``: enough for the reader to know the account, not to learn it."""
    name, _, domain = email.partition("@")
    return f"{name[:1]}•••@{domain}" if domain else "your account"


@csrf_exempt  # RFC 8058: a mail program POSTs "List-Unsubscribe=One-Click" without a form
@private_page
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, unsubscribe_token: str) -> HttpResponse:
    """``/learn/tracker/reminders/stop/<token>/``: GET asks to confirm, POST stops reminders.
    A token this site did not sign, or of an account that is gone, gets a page saying so."""
    pk = reminders.user_pk_of(unsubscribe_token)
    user = get_user_model().objects.filter(pk=pk, is_active=True).first() if pk else None
    if user is None:
        return render(request, "requirements/unsubscribe_bad.html", status=400)
    context = {"who": _masked(user.email), "token": unsubscribe_token}
    if request.method == "POST":
        set_reminders(actor=user, user=user, on=False)
        return render(request, "requirements/unsubscribe_done.html", context)
    return render(request, "requirements/unsubscribe.html", context)


@login_required
@require_POST
def reminders_set(request: HttpRequest) -> HttpResponse:
    """``/learn/tracker/reminders/``: POST ``on=yes`` or ``on=no`` from the tracker."""
    choice = request.POST.get("on", "")
    if choice not in ("yes", "no"):
        messages.error(request, "Choose whether to get deadline reminders.")
    else:
        set_reminders(actor=request.user, user=request.user, on=choice == "yes")
        messages.success(
            request,
            "Deadline reminders are on." if choice == "yes" else "Deadline reminders are off.",
        )
    return redirect(reverse("requirements:tracker") + "#reminders")
