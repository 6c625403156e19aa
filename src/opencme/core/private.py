"""Responses about a person are never stored by a browser's disk cache or a shared cache.

Every page a signed-in person sees (their profile, learning, transcript, certificates, tokens,
the staff pages) shows who they are and is theirs alone, so the rule is kept in one place rather
than on each view: ``PrivateResponsesMiddleware`` marks every response to a request that carries
credentials (a signed-in session or an ``Authorization`` header) ``Cache-Control: private,
no-store``, unless the view chose its own caching (public JSON such as the finder's suggestions,
or step material, which is already ``private``). A new private page is covered without anyone
remembering a decorator. Pages opened without signing in that still belong to one person (a
link carrying a token) use ``private_page``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse

PRIVATE = "private, no-store"


def _carries_credentials(request: HttpRequest) -> bool:
    """A bearer token, or a session that is signed in (or was signed in by this request)."""
    if "Authorization" in request.headers:
        return True
    session = getattr(request, "session", None)
    if session is None:
        return False
    # Without a session cookie nobody is signed in, unless this very request signed someone
    # in; not asking spares anonymous responses the "Vary: Cookie" that reading it adds.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES and not session.modified:
        return False
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


class PrivateResponsesMiddleware:
    """Placed after ``AuthenticationMiddleware``, so it sees the response first."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if "Cache-Control" not in response and _carries_credentials(request):
            response["Cache-Control"] = PRIVATE
        return response


def private_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """``Cache-Control: private, no-store`` on ``view``'s responses, signed in or not."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response["Cache-Control"] = PRIVATE
        return response

    return wrapped
