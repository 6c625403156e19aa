"""Users sign in with their email address; learners keep a profile for their certificates."""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models

from opencme.accounts.rules import PROFESSIONS


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create(
        self, email: str, password: str | None, *, password_hash: str = "", **extra: Any
    ) -> User:
        """``password_hash``: made by ``make_password`` beforehand (it takes a quarter of a
        second by design; better before a transaction than in it), instead of ``password``."""
        if not email:
            raise ValueError("email: an email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        if password_hash:
            user.password = password_hash
        else:
            user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.update(is_staff=True, is_superuser=True)
        return self._create(email, password, **extra)


class User(AbstractUser):
    username = None  # type: ignore[assignment]
    email = models.EmailField("email address", unique=True)
    email_confirmed_at = models.DateTimeField(null=True, blank=True)
    # When the last confirmation link was sent: asking again waits a minute after it.
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects: ClassVar[UserManager] = UserManager()  # type: ignore[assignment]

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email


class LearnerProfile(models.Model):
    """What certificates and reports need to know about a learner. Birth year is never kept."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    legal_name = models.CharField(
        max_length=200, blank=True, help_text="Your name exactly as it must appear on certificates"
    )
    degree = models.CharField(max_length=60, blank=True, help_text="e.g. MD, DO, PharmD, RN, PA-C")
    profession = models.CharField(max_length=30, choices=list(PROFESSIONS.items()), blank=True)
    npi = models.CharField("NPI", max_length=10, blank=True)
    nabp_eprofile_id = models.CharField("NABP e-Profile ID", max_length=7, blank=True)
    birth_month = models.PositiveSmallIntegerField(null=True, blank=True)
    birth_day = models.PositiveSmallIntegerField(null=True, blank=True)
    consent_pars = models.BooleanField(
        "report completions to ACCME PARS and my certifying boards", default=False
    )
    consent_cpe_monitor = models.BooleanField(
        "report pharmacy credit to CPE Monitor", default=False
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.legal_name or str(self.user)

    @property
    def birth_mmdd(self) -> str:
        if self.birth_month is None or self.birth_day is None:
            return ""
        return f"{self.birth_month:02d}{self.birth_day:02d}"


class StateLicense(models.Model):
    profile = models.ForeignKey(LearnerProfile, on_delete=models.CASCADE, related_name="licenses")
    state = models.CharField(max_length=2)
    number = models.CharField(max_length=30)
    renewal_date = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["state", "number"]

    def __str__(self) -> str:
        return f"{self.state} {self.number}"


class BoardId(models.Model):
    """An ABMS member board identifier, e.g. the learner's ABIM id (for MOC reporting)."""

    profile = models.ForeignKey(LearnerProfile, on_delete=models.CASCADE, related_name="board_ids")
    board = models.CharField(max_length=20)
    identifier = models.CharField(max_length=40)

    class Meta:
        ordering = ["board"]
        constraints = [
            models.UniqueConstraint(fields=["profile", "board"], name="one_id_per_board")
        ]

    def __str__(self) -> str:
        return f"{self.board} {self.identifier}"


class ApiToken(models.Model):
    """A bearer token for the API. Only its SHA-256 is stored: the key is shown once, when it
    is made. It works until ``expires_at`` or until revoked (deleted); ``last_used_at`` is
    kept to the minute (``accounts.tokens``)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, blank=True, help_text="What the token is for")
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"token {self.name or self.pk} of {self.user}"


class Attempt(models.Model):
    """An attempt the throttle counts (``accounts.throttle``): a password check (kind
    ``sign-in``: kept when it fails, removed when it succeeds) or a request that emails an
    account's owner (kind ``mail``). Written before the check, so attempts made at the same
    moment see each other."""

    SIGN_IN = "sign-in"
    MAIL = "mail"
    KINDS = ((SIGN_IN, "password check"), (MAIL, "email to an account's owner"))

    kind = models.CharField(max_length=10, choices=KINDS, default=SIGN_IN)
    email = models.CharField(max_length=254, db_index=True)
    ip = models.CharField("network address", max_length=45, db_index=True)
    at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return (
            f"{self.get_kind_display()} for {self.email} from {self.ip} at {self.at:%Y-%m-%d %H:%M}"
        )
