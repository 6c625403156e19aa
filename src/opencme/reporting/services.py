"""Every write of reporting: obligations from claims, and export batches."""

from __future__ import annotations

import datetime as dt
from typing import IO, Any

from django.db import connection, transaction
from django.db.models import BooleanField, Exists, OuterRef, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from opencme.core import audit, clock, rows
from opencme.credits.models import Claim
from opencme.providers.models import Provider
from opencme.reporting import rules
from opencme.reporting.exporters import ExportResult, Scope, exporter_get, write_export
from opencme.reporting.exporters.queries import obligations_in_scope
from opencme.reporting.models import ExportBatch, ReportObligation
from opencme.reporting.selectors import destinations_by_credit_type


def _literal_true() -> RawSQL:
    """True written into the SQL, not bound: SQLite reads a partial index (credits' index of
    current claims, ``WHERE is_current = 1``) only for a query that states the literal, so the
    anti-join below walks that index instead of the whole claims table."""
    literal = "1" if connection.vendor == "sqlite" else "true"
    return RawSQL(literal, (), output_field=BooleanField())  # noqa: S611 - a constant


@transaction.atomic
def sync_obligations(*, provider_ids: frozenset[int] | None = None) -> int:
    """Create the missing obligations of current claims whose credit type is reported somewhere.

    Claims do not call reporting (credits sits above reporting), so obligations are made here,
    lazily, before anything reads them: one INSERT ... SELECT per destination (an anti-join over
    the current claims), then due dates set per distinct completion day of what it made.
    Idempotent; returns how many were created.
    """
    made = 0
    table = ReportObligation._meta.db_table
    for destination, codes in destinations_by_credit_type().items():
        claims = (
            Claim.objects.order_by()
            .filter(is_current=_literal_true(), credit_type__in=codes)
            .filter(
                ~Exists(
                    ReportObligation.objects.filter(
                        claim_id=OuterRef("pk"), destination=destination
                    )
                )
            )
        )
        if provider_ids is not None:
            claims = claims.filter(activity__provider_id__in=provider_ids)
        select = claims.annotate(
            dest=Value(destination),
            done_on=Coalesce(TruncDate("enrollment__completed_at"), TruncDate("claimed_at")),
        ).values_list("id", "dest", "activity__provider_id", "activity_id", "learner_id", "done_on")
        sql, params = select.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} "
                "(claim_id, destination, provider_id, activity_id, learner_id, completed_on) "
                f"{sql}",
                params,
            )
            inserted = max(cursor.rowcount, 0)
        made += inserted
        if not inserted:
            continue  # undated rows are only ever the ones just inserted (this is one transaction)
        undated = ReportObligation.objects.filter(destination=destination, due_on__isnull=True)
        for day in undated.values_list("completed_on", flat=True).distinct().iterator():
            undated.filter(completed_on=day).update(due_on=rules.due_on(destination, day))
    return made


def _provider_label(provider: Provider | None) -> str:
    return provider.slug if provider is not None else "all"


def export_filename(name: str, fmt: str, provider: Provider | None, *, at: dt.datetime) -> str:
    return f"{name}-{_provider_label(provider)}-{at:%Y%m%d-%H%M%S}.{fmt}"


HELD_PER_UPDATE = 10_000  # at most; fewer where the database takes fewer query parameters


def _mark_exported(
    result: ExportResult, *, scope: Scope, destination: str, batch: ExportBatch, at: dt.datetime
) -> int:
    """Mark the obligations ``result`` wrote as carried by ``batch``; returns how many.

    An exporter gives every obligation it reads rows or problems, so the written ones are the
    obligations in scope minus the ones held back: one set-based UPDATE with the export's own
    filters, split at every ``HELD_PER_UPDATE``-th held id so each statement leaves out a
    bounded list. That set is exactly what the export read because the export runs in one
    transaction that sees no later writes: SQLite's IMMEDIATE transaction locks out writers, and
    on PostgreSQL ``run_export`` reads at REPEATABLE READ. The count must match what was
    written, or the export fails (rolled back) rather than mark an obligation it did not carry.
    """
    if not destination or not result.settled:
        return 0
    held = result.held
    pending = obligations_in_scope(scope, destination).order_by()
    marked = 0
    size = min(HELD_PER_UPDATE, (connection.features.max_query_params or HELD_PER_UPDATE) - 50)
    parts = [held[i : i + size] for i in range(0, len(held), size)]
    lo = None
    for n, part in enumerate(parts or [held]):
        hi = part[-1] if n < len(parts) - 1 else None  # the last range is open-ended
        run = pending
        if lo is not None:
            run = run.filter(id__gt=lo)
        if hi is not None:
            run = run.filter(id__lte=hi)
        if part:
            run = run.exclude(id__in=list(part))
        marked += run.update(batch=batch, exported_at=at)
        lo = hi
    if marked != result.settled:
        raise RuntimeError(
            f"{result.name}: wrote {result.settled} obligations but {marked} are in scope and "
            "not held back; nothing was marked"
        )
    return marked


def run_export(
    *,
    name: str,
    actor: Any,
    out: IO[bytes],
    provider: Provider | None,
    provider_ids: frozenset[int] | None,
    fmt: str = "",
    since: dt.date | None = None,
    include_exported: bool = False,
    filename: str = "",
) -> tuple[ExportResult, ExportBatch]:
    """Write one export batch to ``out`` and record it: the batch row, the obligations it
    carried marked exported, an audit event. Rows with problems are not written; they are in
    the result, and the obligations stay pending. Callers decide ``provider_ids`` from who the
    actor is (None: every provider, site administrators only)."""
    exporter = exporter_get(name)
    fmt = fmt or exporter.default_format
    sync_obligations(provider_ids=provider_ids)
    now = clock.now()
    scope = Scope(provider_ids, clock.today(), since, include_exported)
    outermost = not transaction.get_connection().in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:  # see _mark_exported
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        result = write_export(exporter, scope, fmt, out)
        batch = ExportBatch.objects.create(
            name=name,
            format=fmt,
            destination=exporter.destination,
            provider=provider,
            since=since,
            created_by=actor if getattr(actor, "pk", None) else None,
            created_at=now,
            row_count=result.rows,
            problem_count=len(result.problems),
            filename=filename or export_filename(name, fmt, provider, at=now),
        )
        _mark_exported(result, scope=scope, destination=exporter.destination, batch=batch, at=now)
        audit.record(
            actor=actor,
            action="reporting.export.created",
            obj=batch,
            after={
                "name": name,
                "format": fmt,
                "provider": provider.pk if provider else None,
                "rows": result.rows,
                "problems": len(result.problems),
            },
        )
    return result, batch


def record_obligations(
    claim: Claim, *, actor: Any = None, profile: Any = None, prepared: Any = None
) -> None:
    """Claim listener (credits.hooks): the new claim's obligations, in the claim's transaction.
    ``sync_obligations`` makes the same rows for claims made before or around it."""
    completed = claim.enrollment.completed_at or claim.claimed_at
    day = timezone.localdate(completed)
    # One statement; an obligation already recorded for a destination is kept as it is.
    rows.add_all(
        [
            ReportObligation(
                claim=claim,
                destination=destination,
                provider_id=claim.activity.provider_id,
                activity_id=claim.activity_id,
                learner_id=claim.learner_id,
                completed_on=day,
                due_on=rules.due_on(destination, day),
            )
            for destination, codes in destinations_by_credit_type().items()
            if claim.credit_type in codes
        ],
        ignore_conflicts=True,
    )
