"""A transcript that can be checked: the PDF carries a code, and ``/verify/transcript/<code>``
shows whose transcript it is, the period and credit type it covers, and its rows as they stand
today, saying whether they still match what the PDF listed.

The code is stateless: the learner's id, the filters (the period closed on the day of issue
when it was open, so later claims do not change it), that day, and a digest of the rows
(claim, credit type, amount, certificate and its status), signed with the site's secret
(``django.core.signing``). Nothing is stored when a PDF is made; a wrong or altered code
verifies nothing. A claim corrected or a certificate reissued or revoked after the PDF was made
changes the digest, and the page says so rather than pretending the PDF is still current.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse

from opencme.accounts.services import profile_for
from opencme.accreditation.selectors import rulebook_get
from opencme.certificates.qr import qr_png
from opencme.core import clock
from opencme.core.site import absolute_url
from opencme.credits.transcript import TranscriptView, credit_name, day_text, transcript_view

SALT = "opencme.certificates.transcript"
DAY = "%Y%m%d"


@dataclass(frozen=True)
class TranscriptScope:
    """Whose transcript, which claims (claimed from ``date_from`` to ``date_to``, of
    ``credit_type``), issued on ``issued_on``."""

    user_id: int
    date_from: dt.date | None
    date_to: dt.date
    credit_type: str | None
    issued_on: dt.date

    @property
    def filters(self) -> dict[str, Any]:
        return {
            "date_from": self.date_from,
            "date_to": self.date_to,
            "credit_type": self.credit_type,
        }


def digest(view: TranscriptView) -> str:
    """12 hex digits standing for the rows: what they claim and the state of their certificates."""
    lines = []
    for row in view.rows:
        cert = row.certificate
        lines.append(
            f"{row.claim_id}|{row.credit_type}|{row.amount_text}|"
            f"{cert.code if cert else ''}|{cert.status if cert else ''}"
        )
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:12]


def _day(value: str) -> dt.date | None:
    return dt.datetime.strptime(value, DAY).date() if value else None


def make_code(scope: TranscriptScope, view: TranscriptView) -> str:
    payload = ".".join(
        [
            str(scope.user_id),
            scope.date_from.strftime(DAY) if scope.date_from else "",
            scope.date_to.strftime(DAY),
            scope.credit_type or "",
            scope.issued_on.strftime(DAY),
            digest(view),
        ]
    )
    return signing.Signer(salt=SALT).sign(payload)


def read_code(code: str) -> tuple[TranscriptScope, str] | None:
    """The scope and digest a code was made with; None when it was not made here or altered."""
    try:
        payload = signing.Signer(salt=SALT).unsign(code)
        user_id, date_from, date_to, credit_type, issued_on, rows_digest = payload.split(".")
        scope = TranscriptScope(
            user_id=int(user_id),
            date_from=_day(date_from),
            date_to=dt.datetime.strptime(date_to, DAY).date(),
            credit_type=credit_type or None,
            issued_on=dt.datetime.strptime(issued_on, DAY).date(),
        )
    except (signing.BadSignature, ValueError):
        return None
    return scope, rows_digest


def scope_for(
    user: Any,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    credit_type: str | None = None,
) -> TranscriptScope:
    today = clock.today()
    return TranscriptScope(
        user_id=user.pk,
        date_from=date_from,
        date_to=min(date_to, today) if date_to else today,
        credit_type=credit_type,
        issued_on=today,
    )


def verify_address(code: str) -> str:
    return absolute_url(reverse("certificates:verify_transcript", args=[code]))


def _period(scope: TranscriptScope) -> str:
    start = day_text(scope.date_from) if scope.date_from else "the first claim"
    return f"Claimed from {start} to {day_text(scope.date_to)}"


def _heading(user: Any, scope: TranscriptScope) -> dict[str, Any]:
    profile = profile_for(user)
    credit = scope.credit_type
    return {
        "name": profile.legal_name or user.email,
        "degree": profile.degree,
        "period": _period(scope),
        "credit_filter": credit_name(rulebook_get(), credit) if credit else "",
        "issued": day_text(scope.issued_on),
    }


def pdf_context(user: Any, scope: TranscriptScope) -> dict[str, Any]:
    """What the transcript PDF shows: the heading, rows, totals and its verification code."""
    view = transcript_view(user, **scope.filters)
    code = make_code(scope, view)
    address = verify_address(code)
    qr = base64.b64encode(qr_png(address)).decode()
    return {
        **_heading(user, scope),
        "rows": view.rows,
        "totals": view.totals,
        "code": code,
        "verify_address": address,
        "qr": f"data:image/png;base64,{qr}",
    }


def verify_context(code: str) -> dict[str, Any] | None:
    """What ``/verify/transcript/<code>`` shows, or None when the code verifies nothing."""
    read = read_code(code)
    if read is None:
        return None
    scope, rows_digest = read
    user = get_user_model().objects.filter(pk=scope.user_id, is_active=True).first()
    if user is None:
        return None
    view = transcript_view(user, **scope.filters)
    return {
        **_heading(user, scope),
        "rows": view.rows,
        "totals": view.totals,
        "matches": digest(view) == rows_digest,
        "code": code,
    }
