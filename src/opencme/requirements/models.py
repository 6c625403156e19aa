"""The clinician's side of the tracker: what they hold, the facts rules ask about, and credit
earned elsewhere. Data only: ``entry`` checks it, ``services`` writes it.

A ``Credential`` is kept apart from ``accounts.StateLicense``: that one serves credit reporting
(PARS needs the license number, so it is required there and has no type, profession, issue date
or renewal), while the tracker needs those and must never require a number.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from opencme.requirements import kinds


def _choices(values: dict) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else v[-1]) for k, v in values.items()]


class Credential(models.Model):
    """A state license, a DEA registration or a board certification the clinician holds.
    ``rule_set`` is the rule file that applies ("" when none is shipped for it yet)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="credentials"
    )
    kind = models.CharField(max_length=10, choices=_choices(kinds.KINDS))
    rule_set = models.CharField(max_length=40, blank=True)
    state = models.CharField(max_length=2, blank=True, choices=_choices(kinds.STATE_NAMES))
    profession = models.CharField(max_length=30, blank=True)
    license_type = models.CharField(
        max_length=10, blank=True, choices=_choices(kinds.LICENSE_TYPES)
    )
    board = models.CharField(max_length=10, blank=True)
    certificate = models.CharField(max_length=120, blank=True)
    number = models.CharField(max_length=30, blank=True)
    issued_on = models.DateField(null=True, blank=True)
    expires_on = models.DateField()
    renewal_number = models.PositiveSmallIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["expires_on", "id"]
        indexes = [models.Index(fields=["user", "expires_on"])]

    def __str__(self) -> str:
        if self.kind == kinds.KIND_LICENSE:
            return f"{kinds.STATE_NAMES.get(self.state, self.state)} {self.license_type} license"
        if self.kind == kinds.KIND_BOARD:
            return f"{self.board} certification"
        return "DEA registration"


class TrackerProfile(models.Model):
    """The facts rule conditions read, and the private calendar address.

    ``feed_nonce`` names the calendar address; the address carries it signed with the site's
    secret (``requirements.feed``), so the database alone does not give it away. A new nonce
    revokes the old address; "" means the feed is off."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tracker_profile"
    )
    direct_patient_care = models.BooleanField(default=True)
    specialty = models.CharField(max_length=40, blank=True)
    attestations = models.JSONField(default=list, blank=True)
    feed_nonce = models.CharField(max_length=32, blank=True, db_index=True)
    feed_made_at = models.DateTimeField(null=True, blank=True)
    # Deadline reminders by email (``requirements.reminders``): on unless the clinician turned
    # them off on the tracker or by the link in a reminder (``reminders_changed_at`` says when).
    reminders_on = models.BooleanField(default=True)
    reminders_changed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"tracker facts of {self.user}"


class SentReminder(models.Model):
    """One deadline reminded once at one threshold (90, 30 or 7 days before): the unique
    constraint is what keeps a rerun of the worker, or two workers, from sending it twice.
    ``deadline_key`` names the deadline stably across evaluations (credential, requirement,
    date), so a deadline that moves (a renewed license) is a new deadline."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sent_reminders"
    )
    deadline_key = models.CharField(max_length=200)
    due_on = models.DateField()
    days_before = models.PositiveSmallIntegerField()
    sent_on = models.DateField()
    sent_at = models.DateTimeField()

    class Meta:
        ordering = ["-sent_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "deadline_key", "days_before"],
                name="requirements_reminder_once",
            )
        ]
        indexes = [models.Index(fields=["user", "sent_on"])]

    def __str__(self) -> str:
        return f"reminder {self.days_before} days before {self.due_on} to {self.user}"


class ExternalCredit(models.Model):
    """Credit earned elsewhere, as the clinician's certificate states it: self-reported."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="external_credits"
    )
    title = models.CharField(max_length=300)
    provider = models.CharField(max_length=200, blank=True)
    completed_on = models.DateField()
    credit_type = models.CharField(max_length=30)
    amount = models.DecimalField(max_digits=5, decimal_places=2)
    topics = models.JSONField(default=list, blank=True)
    format = models.CharField(max_length=10, choices=_choices(kinds.FORMATS), default="anytime")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-completed_on", "-id"]
        indexes = [models.Index(fields=["user", "completed_on"])]

    def __str__(self) -> str:
        return f"{self.amount} {self.credit_type}: {self.title}"


class TrackerSnapshot(models.Model):
    """A clinician's last evaluation, kept so that a rule change can say what it changed.

    ``summary``: per credential id, ``{"name", "rule_set", "version", "title", "status",
    "missing": {requirement id: hours as text}, "labels": {requirement id: label}}``
    (``requirements.reevaluation``). Derived data: rewritten whole at each re-evaluation."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tracker_snapshot"
    )
    summary = models.JSONField(default=dict)
    evaluated_on = models.DateField()
    evaluated_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"tracker snapshot of {self.user} on {self.evaluated_on}"


class RuleChangeNotice(models.Model):
    """What a new version of a rule file changed for one clinician's credential, shown on
    their tracker until they dismiss it. ``changes``: sentences, one per requirement whose
    gap moved (added, removed, or a different amount missing)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rule_change_notices"
    )
    credential_name = models.CharField(max_length=200)
    rule_set = models.CharField(max_length=40)
    rule_title = models.CharField(max_length=300)
    old_version = models.CharField(max_length=40)
    new_version = models.CharField(max_length=40)
    old_status = models.CharField(max_length=20)
    new_status = models.CharField(max_length=20)
    changes = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField()
    dismissed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "dismissed_at"])]

    def __str__(self) -> str:
        return f"{self.rule_set} {self.old_version} -> {self.new_version} for {self.user}"
