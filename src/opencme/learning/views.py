"""Learner pages of this app: "My learning" and enrolling. The enrollment page itself, which
also shows claims, is in ``credits.views``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from opencme.activities.models import Activity
from opencme.core.errors import DomainError
from opencme.learning import rules
from opencme.learning.selectors import enrollment_list_for_learner, enrollment_steps
from opencme.learning.services import enroll_learner


@login_required
def my_learning(request: HttpRequest) -> HttpResponse:
    """``/learn/``: the learner's enrollments, each with its status and the step to do next."""
    rows = []
    for enrollment in enrollment_list_for_learner(request.user):
        steps = enrollment_steps(enrollment)
        done = sum(1 for v in steps if v.state == rules.DONE)
        following = next((v for v in steps if v.state == rules.OPEN), None)
        waiting = next((v for v in steps if v.state == rules.LOCKED), None)
        rows.append(
            {
                "enrollment": enrollment,
                "done": done,
                "total": len(steps),
                "next": following,
                "waiting": waiting if following is None else None,
            }
        )
    return render(request, "learning/my_learning.html", {"rows": rows})


@login_required
@require_POST
def enroll(request: HttpRequest, activity_id: int) -> HttpResponse:
    """Enroll in a published hosted activity (again: go to the existing enrollment)."""
    activity = Activity.objects.filter(pk=activity_id, status=Activity.Status.PUBLISHED).first()
    if activity is None:
        raise Http404("No published activity has this id.")
    try:
        enrollment = enroll_learner(activity=activity, learner=request.user)
    except DomainError as exc:
        messages.error(request, exc.problems[0].message.capitalize() + ".")
        return redirect("catalog:activity", activity_id=activity.pk)
    return redirect(reverse("credits:enrollment", args=[enrollment.pk]))
