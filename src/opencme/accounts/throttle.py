"""Throttling of password checks and of emails to an account's owner, that nobody can turn
against everyone.

Two limits, over the last ``WINDOW``:

- **Per account** (``PER_ACCOUNT``): after 5 failed password checks for an email address, its
  password is not checked again until the oldest failure is 15 minutes old (resetting the
  password is the way in meanwhile); at most 3 emails to its owner (password reset links,
  "someone tried to sign up") go out.
- **Per network address** (``ADDRESS_FREE``): an address that keeps failing is slowed down,
  never locked out, and slows down nobody else: past its free attempts each further attempt
  must wait 1, 2, 4, ... up to ``ADDRESS_MAX_WAIT`` seconds after its previous one, and is
  answered 429 with ``Retry-After`` until then. An IPv6 address counts with its /64, which
  one subscriber usually holds whole.

The address is the client's as the trusted proxies saw it (``client_address``,
``OPENCME_TRUSTED_PROXIES``): with the proxy's own address every client would share one.

An attempt is recorded *before* the password is checked, in a statement committed on its own,
and only then are the attempts counted. Every attempt that commits before another's count is
seen by it, whatever the engine (PostgreSQL's READ COMMITTED and SQLite's WAL both show a
statement everything committed before it began), so of simultaneous attempts at most the limit
get a real check: the rest see them and are refused (their own record removed). This needs
``begin`` to run outside a transaction, as the views call it.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import math
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Max, Min, Q
from django.http import HttpRequest

from opencme.accounts.models import Attempt
from opencme.core import clock
from opencme.core.errors import Problem, Throttled

WINDOW = dt.timedelta(minutes=15)
PER_ACCOUNT = {Attempt.SIGN_IN: 5, Attempt.MAIL: 3}
ADDRESS_FREE = {Attempt.SIGN_IN: 20, Attempt.MAIL: 5}
ADDRESS_MAX_WAIT = 60  # seconds


class TooManyAttempts(Throttled):
    """Refused by the throttle: ``retry_after`` seconds to wait; ``per_account`` when the
    account's limit refused it (else the address's)."""

    def __init__(self, problem: Problem, *, retry_after: int, per_account: bool) -> None:
        super().__init__([problem])
        self.retry_after = retry_after
        self.per_account = per_account


def client_address(request: HttpRequest) -> str:
    """The client's network address: ``REMOTE_ADDR``, or with ``TRUSTED_PROXIES`` = n, the
    n-th entry of ``X-Forwarded-For`` from the right (each proxy appends the address it got
    the request from; entries left of those are the client's to invent)."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    hops = int(getattr(settings, "TRUSTED_PROXIES", 0))
    if hops > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if forwarded:
            # Fewer entries than proxies: the request skipped the outer ones; the leftmost
            # was still appended by one we trust.
            remote = forwarded[-hops] if len(forwarded) >= hops else forwarded[0]
    return address_key(remote)


def address_key(address: str) -> str:
    """``address`` as the throttle counts it: normalised, an IPv6 address as its /64;
    "unknown" when it is not an address."""
    try:
        parsed = ipaddress.ip_address(address.strip().strip("[]"))
    except ValueError:
        return "unknown"
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:  # ::ffff:a.b.c.d is the IPv4 address a.b.c.d
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network(f"{parsed}/64", strict=False))
    return str(parsed)


@dataclass(frozen=True)
class Begun:
    """An attempt let through: its record, to keep (a failure) or ``forgive``."""

    attempt: Attempt


def begin(*, kind: str, email: str, ip: str | None) -> Begun:
    """Record an attempt of ``kind`` for ``email`` from ``ip`` (None: no address, as for
    emails a service sends), then let it through or raise ``TooManyAttempts``. Call it
    outside a transaction (see the module's docstring)."""
    now = clock.now()
    since = now - WINDOW
    Attempt.objects.filter(at__lt=since).delete()  # forgotten: out of every window
    own = Attempt.objects.create(kind=kind, email=email[:254], ip=(ip or "")[:45], at=now)
    by_account = Q(email=own.email)
    wanted = {
        "account": Count("pk", filter=by_account),
        "account_first": Min("at", filter=by_account),
    }
    if ip:
        by_address = Q(ip=own.ip)
        wanted["address"] = Count("pk", filter=by_address)
        wanted["address_last"] = Max("at", filter=by_address & ~Q(pk=own.pk))
    counts = Attempt.objects.filter(kind=kind, at__gte=since).aggregate(**wanted)
    try:
        _check_account(kind, counts, now)
        if ip:
            _check_address(kind, counts, now)
    except TooManyAttempts:
        Attempt.objects.filter(pk=own.pk).delete()  # refused attempts are not counted
        raise
    return Begun(own)


def _check_account(kind: str, counts: dict, now: dt.datetime) -> None:
    if counts["account"] <= PER_ACCOUNT[kind]:
        return
    first = counts["account_first"] or now
    wait = max(1, math.ceil((first + WINDOW - now).total_seconds()))
    minutes = math.ceil(wait / 60)
    message = (
        f"too many failed sign-ins; wait {minutes} minute{'s' if minutes > 1 else ''}"
        " or reset your password"
        if kind == Attempt.SIGN_IN
        else "we sent this address several emails just now; wait before asking again"
    )
    raise TooManyAttempts(Problem("email", message), retry_after=wait, per_account=True)


def address_wait(kind: str, attempts: int) -> int:
    """Seconds an address must leave after its previous attempt when this is its
    ``attempts``-th in the window (0: no wait)."""
    over = attempts - ADDRESS_FREE[kind]
    if over <= 0:
        return 0
    return min(2 ** min(over - 1, 16), ADDRESS_MAX_WAIT)


def _check_address(kind: str, counts: dict, now: dt.datetime) -> None:
    wait = address_wait(kind, counts["address"])
    last = counts["address_last"]
    if not wait or last is None:
        return
    left = math.ceil(wait - (now - last).total_seconds())
    if left > 0:
        message = f"too many attempts from your network address; try again in {left} seconds"
        raise TooManyAttempts(Problem("request", message), retry_after=left, per_account=False)


def forgive(begun: Begun) -> None:
    """The attempt succeeded: a right password clears the account's failed checks."""
    Attempt.objects.filter(kind=begun.attempt.kind, email=begun.attempt.email).delete()


def forget_account(email: str) -> None:
    """Clear the failed password checks of ``email`` (its password was just changed)."""
    Attempt.objects.filter(kind=Attempt.SIGN_IN, email=email).delete()
