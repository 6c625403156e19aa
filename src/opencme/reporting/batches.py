"""The life of an export batch after it is made: submitted (its claims count as reported) or
withdrawn (its claims are pending again). Each is one transaction with an audit event; the
batch row is locked first, so two coordinators cannot submit and withdraw it at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from opencme.core import audit, clock
from opencme.core.errors import Problem, ValidationFailed
from opencme.reporting.models import BatchStatus, ExportBatch, ReportObligation

CONFIRMATION_MAX = ExportBatch._meta.get_field("confirmation").max_length or 60


def _locked(batch: ExportBatch) -> ExportBatch:
    return ExportBatch.objects.select_for_update().get(pk=batch.pk)


def _must_be_open(batch: ExportBatch, field: str) -> None:
    if batch.status != BatchStatus.OPEN:
        raise ValidationFailed(
            f"batch {batch.pk} is already {batch.get_status_display().lower()}", field=field
        )


@transaction.atomic
def submit_batch(
    *, batch: ExportBatch, actor: Any, submitted_on: dt.date | None, confirmation: str = ""
) -> ExportBatch:
    """Mark ``batch`` as uploaded to its registry on ``submitted_on`` (the confirmation number
    PARS or CPE Monitor gave, if any): from then on its claims count as reported."""
    batch = _locked(batch)
    _must_be_open(batch, "submitted_on")
    confirmation = (confirmation or "").strip()
    problems = []
    today = clock.today()
    made_on = timezone.localdate(batch.created_at)
    if submitted_on is None:
        problems.append(Problem("submitted_on", "enter the date the file was uploaded"))
    elif submitted_on > today:
        problems.append(Problem("submitted_on", "the date of submission cannot be in the future"))
    elif submitted_on < made_on:
        problems.append(
            Problem("submitted_on", "the batch was made after that date; check the date")
        )
    if len(confirmation) > CONFIRMATION_MAX:
        problems.append(Problem("confirmation", f"use at most {CONFIRMATION_MAX} characters"))
    if problems:
        raise ValidationFailed(problems)
    assert submitted_on is not None
    batch.status = BatchStatus.SUBMITTED
    batch.submitted_on = submitted_on
    batch.confirmation = confirmation
    batch.changed_by = actor if getattr(actor, "pk", None) else None
    batch.changed_at = clock.now()
    batch.save(update_fields=["status", "submitted_on", "confirmation", "changed_by", "changed_at"])
    claims = ReportObligation.objects.filter(batch=batch).update(reported_on=submitted_on)
    audit.record(
        actor=actor,
        action="reporting.batch.submitted",
        obj=batch,
        before={"status": BatchStatus.OPEN},
        after={
            "status": batch.status,
            "submitted_on": submitted_on.isoformat(),
            "confirmation": confirmation,
            "claims": claims,
        },
    )
    return batch


@transaction.atomic
def withdraw_batch(*, batch: ExportBatch, actor: Any) -> ExportBatch:
    """Withdraw a batch not yet submitted: its claims return to pending (a later batch can
    carry them); its files stay, marked withdrawn."""
    batch = _locked(batch)
    _must_be_open(batch, "batch")
    freed = ReportObligation.objects.filter(batch=batch).update(batch=None, exported_at=None)
    batch.status = BatchStatus.WITHDRAWN
    batch.changed_by = actor if getattr(actor, "pk", None) else None
    batch.changed_at = clock.now()
    batch.save(update_fields=["status", "changed_by", "changed_at"])
    audit.record(
        actor=actor,
        action="reporting.batch.withdrawn",
        obj=batch,
        before={"status": BatchStatus.OPEN},
        after={"status": batch.status, "claims_freed": freed},
    )
    return batch
