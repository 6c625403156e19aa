"""What must be reported where, by when, and what was exported."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from opencme.activities.models import Activity
from opencme.credits.models import Claim
from opencme.providers.models import Provider


class Destination(models.TextChoices):
    PARS = "PARS", "ACCME PARS and MOC boards"
    CPE_MONITOR = "CPE_MONITOR", "NABP CPE Monitor"


class BatchStatus(models.TextChoices):
    OPEN = "open", "Not yet submitted"
    SUBMITTED = "submitted", "Submitted"
    WITHDRAWN = "withdrawn", "Withdrawn"


class ExportBatch(models.Model):
    """One export run: which exporter, for whom, how many rows went out and how many were held.

    Its files (``files``: format -> path under ``VAR_DIR``) are kept as written, so a download
    tomorrow is byte for byte the file of today. Its claims are "in batch N" until the
    coordinator marks it submitted (then they count as reported) or withdraws it (then they
    are pending again: ``services.withdraw_batch``).
    """

    name = models.CharField(max_length=40)
    format = models.CharField(max_length=10)
    destination = models.CharField(max_length=20, choices=Destination.choices, blank=True)
    provider = models.ForeignKey(
        Provider, null=True, blank=True, on_delete=models.PROTECT, related_name="export_batches"
    )
    since = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(db_index=True)
    row_count = models.PositiveIntegerField(default=0)
    problem_count = models.PositiveIntegerField(default=0)
    filename = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=10, choices=BatchStatus.choices, default=BatchStatus.OPEN)
    files = models.JSONField(default=dict, blank=True)
    problems = models.JSONField(default=list, blank=True)
    submitted_on = models.DateField(null=True, blank=True)
    confirmation = models.CharField(max_length=60, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "export batches"

    def __str__(self) -> str:
        return f"{self.name} {self.created_at:%Y-%m-%d %H:%M} ({self.row_count} rows)"


class ReportObligation(models.Model):
    """A current claim that must reach ``destination`` by ``due_on``.

    Created from claims by ``services.sync_obligations`` (claims never call reporting: layering);
    ``batch`` and ``exported_at`` are set when a batch carried it (the claim is "in batch N");
    ``reported_on`` when that batch was submitted. Status is computed (``rules.status_for``).
    One ``batch`` field: an obligation is in at most one batch, by construction.
    """

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="report_obligations")
    destination = models.CharField(max_length=20, choices=Destination.choices)
    provider = models.ForeignKey(Provider, on_delete=models.CASCADE, related_name="+")
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="+")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    completed_on = models.DateField()
    # Set in the same transaction that creates the row (rules.due_on of completed_on).
    due_on = models.DateField(null=True, blank=True)
    # No index of its own: marking a million rows exported should update as few indexes as
    # possible, and a batch's rows are rarely looked up.
    batch = models.ForeignKey(
        ExportBatch,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="obligations",
        db_index=False,
    )
    exported_at = models.DateTimeField(null=True, blank=True)
    reported_on = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "destination"], name="one_obligation_per_claim_destination"
            )
        ]
        indexes = [
            models.Index(fields=["provider", "destination", "exported_at", "due_on"]),
            # exporters walk one destination's pending rows in id order without sorting
            models.Index(fields=["destination", "exported_at", "id"]),
            # the deadline table: a provider's rows not yet reported (no submitted batch), by
            # due day (reporting.selectors.deadlines_for)
            models.Index(
                fields=["provider", "reported_on", "due_on"], name="obligation_unreported"
            ),
        ]

    def __str__(self) -> str:
        return f"claim {self.claim_id} to {self.destination} due {self.due_on}"
