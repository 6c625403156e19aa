"""Confirming a learner's email address: the emailed link, opening it, asking for it again.

The link carries, signed, the account, the time it was made and the page the learner came from
(``next``, a local path the view has checked), so the way back survives a change of browser:
the email is often read on a phone.

Opening the link confirms the address for seven days. It also signs the learner in, once: when
that opening is the one that confirms the address and the link is at most a day old. Whoever
can read the mailbox can already take the account through a password reset, whose link is
also single-use and short-lived, so this gives nobody more; a link opened again, or late, only
offers to sign in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

from opencme.accounts.models import User
from opencme.core import audit, clock
from opencme.core.errors import Problem, Throttled, ValidationFailed
from opencme.core.site import absolute_url

CONFIRM_SALT = "opencme.accounts.confirm"
CONFIRM_MAX_AGE = dt.timedelta(days=7)
SIGN_IN_MAX_AGE = dt.timedelta(days=1)
RESEND_WAIT = dt.timedelta(minutes=1)
NEXT_MAX_LENGTH = 500


def confirmation_token(
    user: User, *, next_url: str = "", made_at: dt.datetime | None = None
) -> str:
    """The signed token of the confirmation link: account, time made (``core.clock``), next."""
    made = made_at or clock.now()
    payload: dict[str, int | str] = {"u": user.pk, "t": int(made.timestamp())}
    if next_url and len(next_url) <= NEXT_MAX_LENGTH:
        payload["n"] = next_url
    return signing.dumps(payload, salt=CONFIRM_SALT, compress=True)


def send_confirmation(*, user: User, next_url: str = "") -> None:
    """Email the confirmation link. Called after the commit that asked for it."""
    link = absolute_url(
        reverse("accounts:confirm", args=[confirmation_token(user, next_url=next_url)])
    )
    send_mail(
        subject="Confirm your OpenCME email address",
        message=(
            f"Welcome to OpenCME.\n\nConfirm your email address by opening this link within "
            f"7 days:\n\n{link}\n\nIf you did not sign up, ignore this message."
        ),
        from_email=None,
        recipient_list=[user.email],
    )


def send_sign_up_notice(*, email: str) -> None:
    """Tell the owner of ``email`` that someone tried to sign up with it: sign-up answers the
    same whether an address has an account, so its owner learns it here, with the ways in."""
    sign_in = absolute_url(reverse("accounts:sign_in"))
    reset = absolute_url(reverse("accounts:password_reset"))
    send_mail(
        subject="Someone tried to sign up with your OpenCME email address",
        message=(
            "Someone, perhaps you, tried to create an OpenCME account with this email address."
            f" It already has an account, so nothing was created or changed.\n\n"
            f"If it was you, sign in:\n\n{sign_in}\n\n"
            f"Forgot your password? Set a new one here:\n\n{reset}\n\n"
            "If it was not you, ignore this message; your account is as it was."
        ),
        from_email=None,
        recipient_list=[email],
    )


@dataclass(frozen=True)
class Confirmation:
    """An opened confirmation link: the account, the page to go back to ("" for none), whether
    this opening confirmed the address, and whether it may sign the learner in."""

    user: User
    next_url: str
    newly_confirmed: bool
    signs_in: bool


def _read_token(token: str) -> tuple[int, dt.datetime, str]:
    expired = ValidationFailed([Problem("token", "this link has expired; ask for a new one")])
    invalid = ValidationFailed([Problem("token", "this link is not valid")])
    try:
        payload = signing.loads(token, salt=CONFIRM_SALT)
        made = dt.datetime.fromtimestamp(int(payload["t"]), tz=dt.UTC)
        pk, next_url = int(payload["u"]), str(payload.get("n", ""))
    except (signing.BadSignature, KeyError, TypeError, ValueError) as exc:
        legacy = _read_legacy_token(token)
        if legacy is None:
            raise invalid from exc
        pk, made, next_url = legacy
    if clock.now() - made > CONFIRM_MAX_AGE:
        raise expired
    if made - clock.now() > dt.timedelta(minutes=5):  # made by a clock ahead of ours
        raise invalid
    return pk, made, next_url


def _read_legacy_token(token: str) -> tuple[int, dt.datetime, str] | None:
    """A link emailed before links carried their way back (``pk:timestamp:signature``); it
    confirms for its seven days but never signs in (it is taken as two days old)."""
    try:
        pk = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(token, max_age=CONFIRM_MAX_AGE)
    except signing.SignatureExpired as exc:
        raise ValidationFailed(
            [Problem("token", "this link has expired; ask for a new one")]
        ) from exc
    except signing.BadSignature:
        return None
    return int(pk), clock.now() - 2 * SIGN_IN_MAX_AGE, ""


@transaction.atomic
def confirm_email(*, token: str) -> Confirmation:
    """Confirm the address the link was sent to; confirming twice is harmless."""
    pk, made, next_url = _read_token(token)
    user = User.objects.select_for_update().filter(pk=pk).first()
    if user is None:
        raise ValidationFailed([Problem("token", "this link is not valid")])
    newly = user.email_confirmed_at is None
    if newly:
        user.email_confirmed_at = clock.now()
        user.save(update_fields=["email_confirmed_at"])
        audit.record(actor=user, action="accounts.user.email_confirmed", obj=user)
    fresh = clock.now() - made <= SIGN_IN_MAX_AGE
    return Confirmation(user, next_url, newly, signs_in=newly and fresh and user.is_active)


@transaction.atomic
def resend_confirmation(*, user: User, actor: User, next_url: str = "") -> None:
    """Send the confirmation link again, at most once a minute, while the address is not
    confirmed."""
    if actor.pk != user.pk:
        raise ValidationFailed([Problem("email", "you may ask only for your own link")])
    locked = User.objects.select_for_update().get(pk=user.pk)
    if locked.email_confirmed_at is not None:
        raise ValidationFailed([Problem("email", "your email address is confirmed already")])
    now = clock.now()
    if locked.confirmation_sent_at and now - locked.confirmation_sent_at < RESEND_WAIT:
        raise Throttled(
            [Problem("email", "wait a minute before asking for another link; we sent one just now")]
        )
    locked.confirmation_sent_at = now
    locked.save(update_fields=["confirmation_sent_at"])
    audit.record(actor=actor, action="accounts.user.confirmation_sent", obj=locked)
    transaction.on_commit(lambda: send_confirmation(user=locked, next_url=next_url))
