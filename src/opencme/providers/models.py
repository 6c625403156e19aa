"""Providers of continuing education and the staff who act for them."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from opencme.core.models import TimeStamped


class Provider(TimeStamped):
    class Accreditor(models.TextChoices):
        JOINT = "JA", "Joint Accreditation"
        ACCME = "ACCME", "ACCME"
        STATE = "STATE", "State medical society (ACCME recognized)"
        ANCC = "ANCC", "ANCC"
        ACPE = "ACPE", "ACPE"
        AAPA = "AAPA", "AAPA"
        ASWB = "ASWB", "ASWB ACE"
        OTHER = "OTHER", "Other"
        UNKNOWN = "", "Not stated"

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    accreditor = models.CharField(max_length=10, choices=Accreditor.choices, blank=True)
    accreditation_id = models.CharField(
        max_length=40, blank=True, help_text="e.g. a Joint Accreditation number JA0000000"
    )
    website = models.URLField(blank=True)
    email = models.EmailField(blank=True)
    address = models.TextField(blank=True)
    accreditation_statement = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ProviderStaff(models.Model):
    class Role(models.TextChoices):
        EDITOR = "editor", "Editor"
        MANAGER = "manager", "Manager"

    provider = models.ForeignKey(Provider, on_delete=models.CASCADE, related_name="staff")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="provider_memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.EDITOR)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["provider", "user"], name="unique_provider_staff")
        ]
        verbose_name_plural = "provider staff"

    def __str__(self) -> str:
        return f"{self.user} @ {self.provider}"
