"""API tokens: made, listed, revoked; and the user a request's token stands for.

A token is shown once, when it is made; only its SHA-256 is kept. It works for
``settings.API_TOKEN_LIFETIME_DAYS`` (``OPENCME_API_TOKEN_DAYS``) unless revoked first, and a
password change or reset revokes all of a user's tokens (``revoke_all``). Its last use is kept
to the minute: the request that finds it a minute old or more writes it (``user_for_token``),
so a busy client writes once a minute, not once a request.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from opencme.accounts.models import ApiToken, User
from opencme.core import audit, clock
from opencme.core.errors import NotFound, Problem, ValidationFailed

NAME_MAX_LENGTH = 100
LAST_USED_STEP = dt.timedelta(minutes=1)


def token_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def lifetime() -> dt.timedelta:
    return dt.timedelta(days=settings.API_TOKEN_LIFETIME_DAYS)


def clean_name(name: str) -> str:
    """``name`` trimmed; a problem on ``name`` when it is too long or holds control
    characters."""
    name = (name or "").strip()
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationFailed([Problem("name", f"is longer than {NAME_MAX_LENGTH} characters")])
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise ValidationFailed([Problem("name", "must not contain control characters")])
    return name


@transaction.atomic
def create_token(*, user: User, actor: User, name: str = "") -> tuple[ApiToken, str]:
    """A new token of ``user`` named ``name``, and its key (to show once; never kept)."""
    if actor.pk != user.pk:
        raise ValidationFailed([Problem("token", "you may make tokens only for yourself")])
    name = clean_name(name) or f"Token made {timezone.localdate(clock.now()):%b %-d, %Y}"
    key = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, key_hash=token_hash(key), expires_at=clock.now() + lifetime()
    )
    audit.record(
        actor=actor,
        action="accounts.token.issued",
        obj=user,
        after={"token": token.pk, "name": name, "expires_at": token.expires_at.isoformat()},
    )
    return token, key


def issue_token(*, user: User, name: str = "") -> str:
    """A new API token of ``user`` (made by themselves); its key."""
    return create_token(user=user, actor=user, name=name)[1]


def token_list_for_user(user: User) -> list[ApiToken]:
    """``user``'s tokens, newest first, expired ones included (until revoked)."""
    return list(ApiToken.objects.filter(user=user).order_by("-created_at", "-id"))


@transaction.atomic
def revoke_token(*, user: User, actor: User, token_id: int) -> None:
    """Revoke ``user``'s token ``token_id``; NotFound when ``user`` has no such token."""
    in_range = 1 <= token_id < 2**63  # beyond, no row has it (and SQLite cannot compare it)
    mine = actor.pk == user.pk and in_range
    token = ApiToken.objects.filter(user=user, pk=token_id).first() if mine else None
    if token is None:
        raise NotFound([Problem("token", "you have no token with this id")])
    token.delete()
    audit.record(
        actor=actor,
        action="accounts.token.revoked",
        obj=user,
        before={"token": token_id, "name": token.name},
    )


def revoke_all(*, user: User, actor: User, reason: str) -> int:
    """Revoke every token of ``user`` (inside the caller's transaction); how many there were."""
    count, _ = ApiToken.objects.filter(user=user).delete()
    if count:
        audit.record(
            actor=actor,
            action="accounts.token.revoked_all",
            obj=user,
            after={"tokens": count, "reason": reason},
        )
    return count


# Every API request asks this, so the statement is written out once instead of being put
# together by the ORM each time (about a sixth of the time on this machine). ``token_stale``:
# its last use is not yet written, or a minute old.
USER_BY_KEY_HASH_SQL = (
    "SELECT u.*, t.id AS token_id,"
    " CASE WHEN t.last_used_at IS NULL OR t.last_used_at < %s THEN 1 ELSE 0 END AS token_stale"
    " FROM accounts_user u JOIN accounts_apitoken t ON t.user_id = u.id"
    " WHERE t.key_hash = %s AND t.expires_at > %s AND u.is_active"
)


def user_for_token(key: str) -> User | None:
    """The active user holding the unexpired API token ``key``; notes its use (to the
    minute)."""
    now = clock.now()
    adapt = connection.ops.adapt_datetimefield_value
    params = [adapt(now - LAST_USED_STEP), token_hash(key), adapt(now)]
    found = list(User.objects.raw(USER_BY_KEY_HASH_SQL, params))
    if not found:
        return None
    user = found[0]
    if user.token_stale:  # type: ignore[attr-defined]
        stale = Q(last_used_at__isnull=True) | Q(last_used_at__lt=now - LAST_USED_STEP)
        ApiToken.objects.filter(stale, pk=user.token_id).update(last_used_at=now)  # type: ignore[attr-defined]
    return user
