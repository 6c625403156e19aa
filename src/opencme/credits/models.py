"""Claims of credit: one current claim per credit type per enrollment, corrections as versions."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from opencme.activities.models import Activity
from opencme.learning.models import Enrollment


class Claim(models.Model):
    enrollment = models.ForeignKey(Enrollment, on_delete=models.PROTECT, related_name="claims")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="claims"
    )
    activity = models.ForeignKey(Activity, on_delete=models.PROTECT, related_name="claims")
    credit_type = models.CharField(max_length=30)
    amount = models.DecimalField(max_digits=6, decimal_places=2)
    unit = models.CharField(max_length=20)
    claimed_at = models.DateTimeField(db_index=True)
    version = models.PositiveSmallIntegerField(default=1)
    is_current = models.BooleanField(default=True)
    supersedes = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="superseded_by"
    )

    class Meta:
        ordering = ["-claimed_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "credit_type"],
                condition=Q(is_current=True),
                name="one_current_claim_per_credit_type",
            )
        ]
        indexes = [models.Index(fields=["learner", "is_current", "claimed_at"])]

    def __str__(self) -> str:
        return f"{self.amount} {self.credit_type} v{self.version}"
