"""Dismissing a notice of what a rule change changed (``reevaluation``): the owner's alone."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from opencme.core.errors import NotFound
from opencme.requirements.reevaluation import dismiss_rule_change


@login_required
@require_POST
def rule_change_dismiss(request: HttpRequest, notice_id: int) -> HttpResponse:
    """``POST /learn/tracker/rule-changes/<id>/dismiss/``; anyone else's notice is not found."""
    try:
        dismiss_rule_change(actor=request.user, user=request.user, notice_id=notice_id)
    except NotFound as exc:
        raise Http404(exc.problems[0].message) from exc
    messages.success(request, "Done: that notice will not show again.")
    return redirect("requirements:tracker")
