"""``{% rule_change_notices %}``: the tracker's notices of rule changes for the person viewing.

A tag rather than a view's context so the tracker page shows them wherever it is rendered from;
it reads one selector (one query) and shows nothing to someone signed out."""

from __future__ import annotations

from typing import Any

from django import template

from opencme.requirements.changes import status_change_words
from opencme.requirements.reevaluation import open_notices_for

register = template.Library()


@register.inclusion_tag("requirements/_rule_changes.html", takes_context=True)
def rule_change_notices(context: dict[str, Any]) -> dict[str, Any]:
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"notices": []}
    notices = [
        {"row": n, "status": status_change_words(n.old_status, n.new_status)}
        for n in open_notices_for(user)
    ]
    return {"notices": notices, "csrf_token": context.get("csrf_token")}
