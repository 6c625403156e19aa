"""Reporting status of the learner's own claims."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from opencme.accounts.api_auth import LEARNER_AUTH
from opencme.core.schemas import Id, ProblemsOut
from opencme.credits.models import Claim
from opencme.reporting.selectors import reporting_status_for_claims

router = Router(tags=["reporting"], auth=LEARNER_AUTH)


class StatusParams(Schema):
    claim_id: list[Id] = Field(
        default_factory=list, max_length=500, description="claim ids (repeat); all if none"
    )


class DestinationStatusOut(Schema):
    destination: str
    label: str
    status: str = Field(description="pending, exported or overdue")
    due_on: dt.date


class ClaimStatusOut(Schema):
    claim_id: int
    destinations: list[DestinationStatusOut]


@router.get(
    "/claims",
    response={200: list[ClaimStatusOut], 401: ProblemsOut, 422: ProblemsOut},
    summary="Where my claims are reported, by when, and whether they have been",
)
def claim_status(request: HttpRequest, params: Query[StatusParams]):
    mine = Claim.objects.filter(learner_id=request.user.pk, is_current=True)
    if params.claim_id:
        mine = mine.filter(pk__in=params.claim_id[:500])
    ids = list(mine.order_by("-claimed_at", "-id").values_list("id", flat=True)[:500])
    status = reporting_status_for_claims(ids)
    return [{"claim_id": i, "destinations": status[i]} for i in ids]
