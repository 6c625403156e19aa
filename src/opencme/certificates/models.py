"""Certificates a claim issues, how each provider's certificates look, and its signing key."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models

from opencme.activities.models import Activity
from opencme.credits.models import Claim
from opencme.providers.models import Provider

colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", "a colour as #rrggbb")


class Certificate(models.Model):
    """One issued certificate. ``content`` is exactly what it states and never changes; a
    correction issues a new certificate and marks this one reissued, pointing at the new one."""

    class Status(models.TextChoices):
        VALID = "valid", "Valid"
        REISSUED = "reissued", "Reissued"
        REVOKED = "revoked", "Revoked"

    class Kind(models.TextChoices):
        CREDIT = "credit", "Certificate of credit"
        PARTICIPATION = "participation", "Certificate of participation"

    code = models.CharField(max_length=64, unique=True)
    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="certificates")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates"
    )
    activity = models.ForeignKey(Activity, on_delete=models.PROTECT, related_name="certificates")
    provider = models.ForeignKey(Provider, on_delete=models.PROTECT, related_name="certificates")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    credit_type = models.CharField(max_length=30)
    amount = models.DecimalField(max_digits=6, decimal_places=2)
    issued_at = models.DateTimeField(db_index=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.VALID)
    replaced_by = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="replaces"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_reason = models.TextField(blank=True)
    content = models.JSONField()
    credential = models.JSONField()

    class Meta:
        ordering = ["-issued_at", "-id"]
        indexes = [models.Index(fields=["learner", "status", "issued_at"])]

    def __str__(self) -> str:
        return f"{self.code[:8]}… {self.credit_type} {self.amount} ({self.status})"


class CertificateStyle(models.Model):
    """How one provider's certificates look; providers without one get the default look."""

    class Paper(models.TextChoices):
        LETTER = "letter", "US Letter, landscape"
        A4 = "a4", "A4, landscape"

    provider = models.OneToOneField(
        Provider, on_delete=models.CASCADE, related_name="certificate_style"
    )
    paper = models.CharField(max_length=10, choices=Paper.choices, default=Paper.LETTER)
    primary_colour = models.CharField(max_length=7, default="#1f3a5f", validators=[colour])
    accent_colour = models.CharField(max_length=7, default="#b08d3c", validators=[colour])
    logo = models.ImageField(upload_to="certificates/logos/", blank=True)
    signature = models.ImageField(upload_to="certificates/signatures/", blank=True)
    signer_name = models.CharField(max_length=200, blank=True)
    signer_title = models.CharField(max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Certificate style of {self.provider}"


class ProviderKey(models.Model):
    """A provider's Ed25519 signing key. The private key is kept encrypted with the site's
    certificate key (``settings.CERTIFICATE_KEY``) and never leaves ``signing.keys``."""

    provider = models.OneToOneField(Provider, on_delete=models.PROTECT, related_name="signing_key")
    public_key_multibase = models.CharField(max_length=64)
    private_key_encrypted = models.TextField(editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.provider}: {self.public_key_multibase}"
