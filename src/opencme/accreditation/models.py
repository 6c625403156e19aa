"""Versions of the accreditation rules, kept as data."""

from __future__ import annotations

from django.db import models


class RuleSet(models.Model):
    """One version of the rule book (see ``rules.parse_rulebook`` for its shape)."""

    version = models.CharField(max_length=20, unique=True)
    effective_from = models.DateField(db_index=True)
    data = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-effective_from", "-id"]
        verbose_name = "rule set"

    def __str__(self) -> str:
        return f"Rules {self.version} (from {self.effective_from})"
