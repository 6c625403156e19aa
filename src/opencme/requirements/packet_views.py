"""The audit packet as a PDF: the owner's alone (anyone else's credential is not found)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse

from opencme.accounts.models import LearnerProfile
from opencme.core import clock
from opencme.core.errors import NotFound
from opencme.core.private import private_page
from opencme.requirements import selectors


@login_required
@private_page
def credential_packet_pdf(request: HttpRequest, credential_id: int) -> HttpResponse:
    """``/learn/tracker/credentials/<id>/packet.pdf``: the cycle's summary and certificates."""
    from opencme.requirements.packet_pdf import packet_pdf  # WeasyPrint: loaded when used

    try:
        row = selectors.credential_get_for(request.user, credential_id)
    except NotFound as exc:
        raise Http404(exc.problems[0].message) from exc
    today = clock.today()
    view = selectors.tracker_for(request.user, as_of=today)
    card = next(c for c in view.credentials if c.held.pk == row.pk)
    if card.status == "no_rules":
        raise Http404("there are no rules for this credential yet, so no packet")
    user: Any = request.user  # signed in (login_required)
    profile = LearnerProfile.objects.filter(user_id=user.pk).first()
    name = (profile.legal_name if profile else "") or str(user.email)
    body = packet_pdf(card, name=name, as_of=today)
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="credential-{row.pk}-cycle.pdf"'
    return response
