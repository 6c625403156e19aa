"""Template tags other apps' pages use to show the learner's side of an activity."""

from __future__ import annotations

from typing import Any

from django import template

from opencme.learning.selectors import enrollment_for

register = template.Library()


@register.inclusion_tag("learning/_enroll_box.html", takes_context=True)
def enroll_box(context: template.Context, activity: Any, can_enroll: bool) -> dict[str, Any]:
    """The Enroll / Continue box of a hosted activity, for the signed-in learner (or sign-in)."""
    request = context["request"]
    return {
        "activity": activity,
        "enrollment": enrollment_for(activity_id=activity.pk, user=request.user),
        "can_enroll": can_enroll,
        "user": request.user,
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
