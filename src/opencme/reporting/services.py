"""Every write of reporting: obligations from claims, and export batches."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import BooleanField, Exists, OuterRef, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from opencme.core import audit, clock, rows
from opencme.core.errors import NotFound
from opencme.credits.models import Claim
from opencme.providers.models import Provider
from opencme.reporting import rules
from opencme.reporting.exporters import (
    Exporter,
    ExportResult,
    Scope,
    exporter_get,
    write_export,
)
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
    if scope.include_exported:
        # Rows of submitted batches written again stay in the batch that reported them.
        pending = pending.filter(batch__isnull=True)
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
    if marked > result.settled or (marked != result.settled and not scope.include_exported):
        raise RuntimeError(
            f"{result.name}: wrote {result.settled} obligations but {marked} are in scope and "
            "not held back; nothing was marked"
        )
    return marked


def run_export(
    *,
    name: str,
    actor: Any,
    out: IO[bytes] | None,
    provider: Provider | None,
    provider_ids: frozenset[int] | None,
    fmt: str = "",
    since: dt.date | None = None,
    include_exported: bool = False,
    filename: str = "",
    every_format: bool = False,
) -> tuple[ExportResult, ExportBatch]:
    """Make one export batch and record it: its file kept under ``VAR_DIR`` (and copied to
    ``out`` if given), its problem list, the obligations it carried marked as in it, an audit
    event. With ``every_format`` the batch keeps a file in each of the exporter's formats, all
    written from the same snapshot (the transaction below) and checked to hold the same rows.
    Rows with problems are not written; they are in the result, and their obligations stay
    pending. Callers decide ``provider_ids`` from who the actor is (None: every provider, site
    administrators only). The claims count as reported only when the batch is submitted
    (``reporting.batches.submit_batch``)."""
    exporter = exporter_get(name)
    fmt = fmt or exporter.default_format
    formats = [fmt] + [f for f in exporter.formats if f != fmt] if every_format else [fmt]
    sync_obligations(provider_ids=provider_ids)
    now = clock.now()
    scope = Scope(provider_ids, clock.today(), since, include_exported)
    outermost = not transaction.get_connection().in_atomic_block
    folder: Path | None = None
    try:
        with transaction.atomic():
            if outermost and connection.vendor == "postgresql":
                with connection.cursor() as cursor:  # see _mark_exported
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            batch = ExportBatch.objects.create(
                name=name,
                format=fmt,
                destination=exporter.destination,
                provider=provider,
                since=since,
                created_by=actor if getattr(actor, "pk", None) else None,
                created_at=now,
                filename=filename or export_filename(name, fmt, provider, at=now),
            )
            folder = batch_folder(batch)
            folder.mkdir(parents=True, exist_ok=True)
            result = _write_formats(exporter, scope, formats, folder, batch)
            batch.row_count = result.rows
            batch.problem_count = len(result.problems)
            batch.problems = [p.as_dict() for p in result.problems]
            batch.save(update_fields=["row_count", "problem_count", "problems", "files"])
            _mark_exported(
                result, scope=scope, destination=exporter.destination, batch=batch, at=now
            )
            audit.record(
                actor=actor,
                action="reporting.export.created",
                obj=batch,
                after={
                    "name": name,
                    "formats": formats,
                    "provider": provider.pk if provider else None,
                    "rows": result.rows,
                    "problems": len(result.problems),
                },
            )
    except BaseException:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)  # files of a batch that never was
        raise
    if out is not None:
        with batch_file(batch, fmt).open("rb") as kept:
            shutil.copyfileobj(kept, out, 1024 * 1024)
    return result, batch


def batch_folder(batch: ExportBatch) -> Path:
    return Path(settings.VAR_DIR) / "exports" / f"batch-{batch.pk}"


def batch_file(batch: ExportBatch, fmt: str) -> Path:
    """The kept file of ``batch`` in ``fmt`` (NotFound if the batch has none)."""
    relative = batch.files.get(fmt)
    if not relative:
        raise NotFound(f"batch {batch.pk} has no {fmt} file", field="format")
    return Path(settings.VAR_DIR) / relative


def _write_formats(
    exporter: Exporter, scope: Scope, formats: list[str], folder: Path, batch: ExportBatch
) -> ExportResult:
    """Write each format to ``folder``; every one must hold the rows of the first."""
    first: ExportResult | None = None
    for fmt in formats:
        path = folder / f"{Path(batch.filename).stem}.{fmt}"
        with path.open("wb") as file:
            result = write_export(exporter, scope, fmt, file)
        batch.files[fmt] = str(path.relative_to(Path(settings.VAR_DIR)))
        if first is None:
            first = result
        elif (result.rows, result.settled, list(result.held)) != (
            first.rows,
            first.settled,
            list(first.held),
        ):
            raise RuntimeError(f"{exporter.name}: the {fmt} file differs from the {formats[0]}")
    assert first is not None
    return first


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
