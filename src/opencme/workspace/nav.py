"""Where provider staff land after signing in, and whether the site header shows them the
workspace. The header's answer is kept in the session (one read per session, not per page)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from opencme.providers.selectors import provider_ids_for_staff

SESSION_KEY = "workspace.staff_of"  # [user id, is provider staff]


def home_after_sign_in(user: Any) -> str | None:
    """The workspace for staff of a provider; None (the learner's home) for anyone else."""
    return reverse("workspace:index") if provider_ids_for_staff(user) else None


def remember_staff(request: HttpRequest, value: bool) -> None:
    request.session[SESSION_KEY] = [request.user.pk, value]


def is_provider_staff(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    cached = request.session.get(SESSION_KEY)
    if isinstance(cached, list) and len(cached) == 2 and cached[0] == user.pk:
        return bool(cached[1])
    value = bool(provider_ids_for_staff(user))
    remember_staff(request, value)
    return value


def staff_nav(request: HttpRequest) -> dict[str, Any]:
    """Template context processor: ``provider_staff``, read only when a template asks."""
    return {"provider_staff": SimpleLazyObject(lambda: is_provider_staff(request))}
