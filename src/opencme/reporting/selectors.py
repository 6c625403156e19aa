"""Reads of reporting: who may see which provider, obligations and their status, batches."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from opencme.accreditation.selectors import rulebook_get
from opencme.core import clock
from opencme.core.errors import NotFound
from opencme.credits.models import Claim
from opencme.providers.models import Provider
from opencme.providers.selectors import provider_ids_for_staff, provider_list_for_staff
from opencme.reporting import rules
from opencme.reporting.models import ExportBatch, ReportObligation


def destinations_by_credit_type(*, on: dt.date | None = None) -> dict[str, list[str]]:
    """Credit type code -> the destinations it is reported to (rule book ``reported_to``)."""
    book = rulebook_get(on=on)
    out: dict[str, list[str]] = {}
    for code, rule in book.credit_types.items():
        for destination in rule.reported_to:
            if destination in rules.DEADLINE_DAYS:
                out.setdefault(destination, []).append(code)
    return out


def is_site_admin(user: Any) -> bool:
    return bool(getattr(user, "is_superuser", False))


def providers_for_reporting(user: Any) -> QuerySet[Provider]:
    """Providers whose reports ``user`` may see: their own as staff, every one as site admin."""
    return provider_list_for_staff(user)


def provider_for_reporting(user: Any, slug: str) -> Provider:
    """The provider ``slug`` if ``user`` may see its reports; NotFound otherwise (staff of
    another provider learn nothing about this one)."""
    provider = Provider.objects.filter(slug=slug).first()
    if provider is None or not (is_site_admin(user) or provider.pk in provider_ids_for_staff(user)):
        raise NotFound("no provider of yours has this name", field="provider")
    return provider


def scope_ids(user: Any, provider: Provider | None) -> frozenset[int] | None:
    """Provider ids an export by ``user`` covers: ``provider`` (checked), or all of the user's
    providers; None (every provider) only for a site administrator who names none."""
    if provider is not None:
        if not (is_site_admin(user) or provider.pk in provider_ids_for_staff(user)):
            raise NotFound("no provider of yours has this name", field="provider")
        return frozenset({provider.pk})
    if is_site_admin(user):
        return None
    return frozenset(provider_ids_for_staff(user))


@dataclass
class Deadlines:
    today: dt.date
    overdue: list[ReportObligation] = field(default_factory=list)
    due_this_week: list[ReportObligation] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    overdue_total: int = 0
    due_this_week_total: int = 0


def deadlines_for(provider_ids: frozenset[int] | None, *, limit: int = 200) -> Deadlines:
    """What is overdue and what falls due this week (today to six days ahead), oldest first,
    plus counts per destination and status. Three queries."""
    today = clock.today()
    _, week_end = rules.week_window(today)
    qs = ReportObligation.objects.filter(claim__is_current=True)
    if provider_ids is not None:
        qs = qs.filter(provider_id__in=provider_ids)
    # Not reported until its batch is submitted: a claim in an open batch stays in view.
    pending = qs.filter(reported_on__isnull=True)
    out = Deadlines(today)
    related = ("claim", "activity", "learner__profile", "batch")
    overdue_qs = pending.filter(due_on__lt=today)
    week_qs = pending.filter(due_on__gte=today, due_on__lte=week_end)
    out.overdue = list(overdue_qs.select_related(*related).order_by("due_on", "id")[:limit])
    out.due_this_week = list(week_qs.select_related(*related).order_by("due_on", "id")[:limit])
    rows = qs.values("destination").annotate(
        reported=Count("id", filter=Q(reported_on__isnull=False)),
        in_batch=Count("id", filter=Q(reported_on__isnull=True, batch__isnull=False)),
        overdue=Count("id", filter=Q(reported_on__isnull=True, due_on__lt=today)),
        pending=Count("id", filter=Q(reported_on__isnull=True, due_on__gte=today)),
        this_week=Count(
            "id", filter=Q(reported_on__isnull=True, due_on__gte=today, due_on__lte=week_end)
        ),
    )
    for row in rows:
        out.counts[row["destination"]] = {
            k: row[k] for k in ("pending", "overdue", "in_batch", "reported", "this_week")
        }
        out.overdue_total += row["overdue"]
        out.due_this_week_total += row["this_week"]
    return out


def batch_list(provider_ids: frozenset[int] | None, *, limit: int = 20) -> list[ExportBatch]:
    qs = ExportBatch.objects.select_related("provider", "created_by")
    if provider_ids is not None:
        qs = qs.filter(provider_id__in=provider_ids)
    return list(qs[:limit])


def reporting_status_for_claims(claim_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """For each claim id: where it must be reported, by when, and whether it has been.

    ``{claim_id: [{"destination", "label", "status", "due_on", "exported_at", "batch_id",
    "reported_on"}]}`` (``exported_at`` and ``batch_id``: the batch that holds it, submitted or
    not; the status is ``exported`` only once ``reported_on``, its batch's submission); a claim
    whose credit type is reported nowhere maps to ``[]``. Claims not yet synced into
    obligations are computed from the claim itself (same rule), so the answer never waits for
    an export. Two queries.
    """
    ids = list(dict.fromkeys(int(i) for i in claim_ids))
    out: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    if not ids:
        return out
    today = clock.today()
    seen: set[tuple[int, str]] = set()
    found = ReportObligation.objects.filter(claim_id__in=ids).values_list(
        "claim_id",
        "destination",
        "due_on",
        "exported_at",
        "completed_on",
        "batch_id",
        "reported_on",
    )
    for claim_id, destination, due, exported_at, completed_on, batch_id, reported_on in found:
        due = due or rules.due_on(destination, completed_on)
        row = _status(destination, due, reported_on is not None, today)
        row.update(exported_at=exported_at, batch_id=batch_id, reported_on=reported_on)
        out[claim_id].append(row)
        seen.add((claim_id, destination))
    routes = destinations_by_credit_type(on=today)
    for claim_id, code, claimed_at, completed_at in Claim.objects.filter(pk__in=ids).values_list(
        "id", "credit_type", "claimed_at", "enrollment__completed_at"
    ):
        for destination, codes in routes.items():
            if code in codes and (claim_id, destination) not in seen:
                done = timezone.localdate(completed_at or claimed_at)
                out[claim_id].append(
                    _status(destination, rules.due_on(destination, done), False, today)
                )
    return out


def _status(destination: str, due: dt.date, exported: bool, today: dt.date) -> dict[str, Any]:
    return {
        "destination": destination,
        "label": rules.DESTINATION_LABELS[destination],
        "status": rules.status_for(due=due, exported=exported, today=today),
        "due_on": due,
        "exported_at": None,
        "batch_id": None,
        "reported_on": None,
    }
