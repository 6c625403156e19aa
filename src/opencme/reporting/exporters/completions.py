"""Every current claim in scope, for the provider's own records (CSV, XLSX, XML)."""

from __future__ import annotations

from collections.abc import Iterator

from django.db.models import QuerySet
from django.utils import timezone

from opencme.credits.models import Claim
from opencme.reporting.exporters.base import Exporter, Row, Scope, register
from opencme.reporting.rules import RowProblem

FIELDS = (
    "id",
    "activity_id",
    "activity__title",
    "activity__provider__name",
    "learner__email",
    "learner__profile__legal_name",
    "learner__profile__profession",
    "credit_type",
    "amount",
    "unit",
    "claimed_at",
    "enrollment__completed_at",
)


def claims_in_scope(scope: Scope) -> QuerySet[Claim]:
    qs = Claim.objects.filter(is_current=True)
    if scope.provider_ids is not None:
        qs = qs.filter(activity__provider_id__in=scope.provider_ids)
    if scope.since is not None:
        qs = qs.filter(claimed_at__date__gte=scope.since)
    return qs.order_by("id")


@register
class CompletionsExporter(Exporter):
    name = "completions"
    title = "Completions and claims"
    description = "Every current claim: learner, activity, credit type and amount, dates."
    columns = (
        "claim_id",
        "activity_id",
        "activity",
        "provider",
        "learner_email",
        "learner_name",
        "profession",
        "credit_type",
        "amount",
        "unit",
        "claimed_on",
        "completed_on",
    )
    formats = ("csv", "xlsx", "xml")

    def items(self, scope: Scope) -> Iterator[Row | RowProblem]:
        for row in claims_in_scope(scope).values_list(*FIELDS).iterator(chunk_size=5000):
            *head, claimed_at, completed_at = row
            yield Row(
                (
                    *head,
                    timezone.localdate(claimed_at),
                    timezone.localdate(completed_at) if completed_at else None,
                ),
                row[0],
            )
