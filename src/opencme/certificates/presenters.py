"""What pages, the API and the transcript PDF show of certificates: built in one place so the
verification page and ``GET /api/certificates/{code}`` say exactly the same."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.urls import reverse
from django.utils import timezone

from opencme.certificates import rules
from opencme.certificates.models import Certificate
from opencme.certificates.signing.credential import issuer_id
from opencme.core.site import absolute_url

STATED = (
    "title",
    "kind",
    "name",
    "degree",
    "activity_title",
    "format_label",
    "participation_date",
    "completion_date",
    "provider_name",
    "provider_address",
    "credit_type",
    "credit_name",
    "amount",
    "unit",
    "uan",
    "statements",
)


def _day(moment: dt.datetime | None) -> str:
    return rules.long_date(timezone.localdate(moment)) if moment else ""


def current_of(cert: Certificate) -> Certificate | None:
    """The certificate that now stands for ``cert`` after one or more reissues (None: itself)."""
    current = cert.replaced_by
    while current is not None and current.replaced_by_id is not None:
        current = current.replaced_by
    return current


def public_view(cert: Certificate) -> dict[str, Any]:
    """The certificate's status and what it states; nothing else about the learner."""
    current = current_of(cert)
    return {
        "code": cert.code,
        "status": cert.status,
        "issued_at": cert.issued_at.isoformat(),
        "revoked_at": cert.revoked_at.isoformat() if cert.revoked_at else None,
        "replaced_by": cert.replaced_by.code if cert.replaced_by else None,
        "current": current.code if current else None,
        "verify_url": absolute_url(reverse("certificates:verify", args=[cert.code])),
        "issuer": issuer_id(cert.provider),
        "states": {key: cert.content.get(key) for key in STATED},
    }


def verify_context(cert: Certificate) -> dict[str, Any]:
    current = current_of(cert)
    replaced_on = ""
    if cert.replaced_by is not None:
        replaced_on = _day(cert.replaced_by.issued_at)
    return {
        "cert": cert,
        "c": cert.content,
        "dates": rules.shown_dates(cert.content),
        "issued": _day(cert.issued_at),
        "revoked_on": _day(cert.revoked_at),
        "replaced_on": replaced_on,
        "current": current,
        "issuer_url": issuer_id(cert.provider),
    }


def owner_item(cert: Certificate) -> dict[str, Any]:
    return {
        "code": cert.code,
        "activity": cert.content.get("activity_title", ""),
        "credit_type": cert.credit_type,
        "amount": str(cert.amount),
        "status": cert.status,
        "pdf_url": reverse("certificates:pdf", args=[cert.code]),
        "credential_url": reverse("certificates:credential", args=[cert.code]),
    }
