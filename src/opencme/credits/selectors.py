"""The transcript: a learner's current claims, filtered, with totals per credit type."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet

from opencme.credits.models import Claim

TRANSCRIPT_FIELDS = (
    *(f.name for f in Claim._meta.concrete_fields),
    "activity__title",
    "activity__provider__name",
)


@dataclass
class Transcript:
    claims: list[Claim]
    totals: dict[str, Decimal] = field(default_factory=dict)


def claim_list_for_learner(
    user: Any,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    credit_type: str | None = None,
) -> QuerySet[Claim]:
    # A transcript row shows the activity's title and its provider's name, no more: the rest of
    # those wide rows is left unread.
    qs = (
        Claim.objects.filter(learner_id=user.pk, is_current=True)
        .select_related("activity", "activity__provider")
        .only(*TRANSCRIPT_FIELDS)
    )
    if date_from:
        qs = qs.filter(claimed_at__date__gte=date_from)
    if date_to:
        qs = qs.filter(claimed_at__date__lte=date_to)
    if credit_type:
        qs = qs.filter(credit_type=credit_type)
    return qs.order_by("-claimed_at", "-id")


def transcript_for(user: Any, **filters: Any) -> Transcript:
    claims = list(claim_list_for_learner(user, **filters))
    totals: dict[str, Decimal] = {}
    for claim in claims:
        totals[claim.credit_type] = totals.get(claim.credit_type, Decimal(0)) + claim.amount
    return Transcript(claims=claims, totals=dict(sorted(totals.items())))


def credit_types_claimed_by(user: Any) -> list[str]:
    """The codes of the credit types of the learner's current claims (the transcript's filter)."""
    return list(
        Claim.objects.filter(learner_id=user.pk, is_current=True)
        .order_by()
        .values_list("credit_type", flat=True)
        .distinct()
    )
