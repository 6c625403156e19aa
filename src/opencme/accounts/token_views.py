"""``/accounts/tokens/``: the learner's API tokens, listed, made (the key shown once) and
revoked. Thin: parse, call ``accounts.tokens``, render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from opencme.accounts import tokens
from opencme.accounts.forms import TokenForm
from opencme.accounts.models import User
from opencme.core import clock
from opencme.core.errors import DomainError, NotFound


@never_cache  # the answer to making one holds the key; a list of one's tokens is private too
@login_required
def token_list(request: HttpRequest) -> HttpResponse:
    """The list and, on POST, a new token whose key this answer shows (and none again)."""
    user = request.user
    assert isinstance(user, User)  # login_required
    form = TokenForm(request.POST or None)
    made = key = None
    if request.method == "POST" and form.is_valid():
        try:
            made, key = tokens.create_token(user=user, actor=user, name=form.cleaned_data["name"])
        except DomainError as exc:
            form.show_problems(exc.problems)
        else:
            form = TokenForm()
    context = {
        "form": form,
        "tokens": tokens.token_list_for_user(user),
        "made": made,
        "key": key,
        "lifetime_days": tokens.lifetime().days,
        "now": clock.now(),
    }
    status = 422 if form.errors else 200
    response = render(request, "accounts/tokens.html", context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@login_required
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)  # login_required
    try:
        tokens.revoke_token(user=user, actor=user, token_id=token_id)
    except NotFound as exc:
        raise Http404("you have no token with this id") from exc
    messages.success(request, "The token is revoked: programs using it can no longer sign in.")
    return redirect("accounts:tokens")
