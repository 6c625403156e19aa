"""Template tags other apps' pages use to show the learner's side of an activity."""

from __future__ import annotations

from typing import Any

from django import template

from opencme.core import clock
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
        "opens_on": activity.start_date
        if activity.start_date and activity.start_date > clock.today()
        else None,
        "user": request.user,
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }


@register.simple_tag
def content_viewing(enrollment: Any, step: Any) -> dict[str, Any]:
    """A content step's completion rule in words and what the server recorded so far."""
    from opencme.learning.viewing import viewing_for

    parts = []
    if step.min_watched_percent:
        parts.append(f"watch at least {step.min_watched_percent}% of the video")
    if step.min_minutes:
        parts.append(
            f"spend at least {step.min_minutes} minute{'' if step.min_minutes == 1 else 's'} here"
        )
    if not parts:
        return {"rule": "", "summary": ""}
    viewing = viewing_for(enrollment_id=enrollment.pk, step=step)
    return {"rule": " and ".join(parts), "summary": summary(viewing.as_dict(), step)}


def summary(recorded: dict[str, Any], step: Any) -> str:
    """What the live region says (the player's script says the same from the server's answer)."""
    said = []
    if step.min_watched_percent:
        said.append(f"Watched so far: {recorded['watched_percent']}%.")
    if step.min_minutes:
        said.append(f"Time recorded: {recorded['minutes_spent']} min.")
    return " ".join(said) + (" You may now mark it viewed." if recorded["rule_met"] else "")


@register.simple_tag
def time_recorded(steps: Any) -> str:
    """The time the server recorded on the enrollment's steps (``steps``: the enrollment
    page's step items) in words, for the claim form's "claim only the time you spent"."""
    seconds = 0
    for item in steps:
        progress = item["view"].progress
        if progress is not None:
            seconds += progress.seconds_spent or 0
    return duration_text(seconds)


def duration_text(seconds: int) -> str:
    """``seconds`` as a person says it: "under a minute", "1 minute", "1 hour 15 minutes"."""
    minutes = seconds // 60
    if minutes < 1:
        return "under a minute"
    hours, minutes = divmod(minutes, 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    if minutes:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    return " ".join(parts)
