"""A claim's certificates as the learner's pages show them: the one that stands (download the
PDF, verify it, keep the signed credential) and the earlier ones, each saying it was reissued
or revoked and when.

Registered as the ``certificates`` claim annotator (``credits.hooks``), so the transcript and
the enrollment page show them without ``credits`` importing this app; My learning reads them
through the ``certificate_tags`` template tags.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from opencme.certificates.models import Certificate
from opencme.core.site import absolute_url
from opencme.credits.transcript import day_text

FIELDS = (
    "code",
    "claim_id",
    "status",
    "issued_at",
    "revoked_at",
    "credit_type",
    "amount",
    "replaced_by__code",
    "replaced_by__issued_at",
    "replaced_by__claim_id",
    "claim__enrollment_id",
    "content__credit_name",
    "content__amount",
)


@dataclass(frozen=True)
class CertificateLink:
    code: str
    status: str
    status_text: str
    issued_on: str
    pdf_url: str
    credential_url: str
    verify_url: str
    credit: str = ""
    replaced_by: str = ""

    @property
    def is_valid(self) -> bool:
        return self.status == Certificate.Status.VALID

    @property
    def verify_address(self) -> str:
        """The verification page's full address, as printed on the certificate."""
        return absolute_url(self.verify_url)


@dataclass
class ClaimCertificates:
    """The certificate that stands for a claim (None: revoked, none stands) and the earlier
    ones it replaced, newest first."""

    current: CertificateLink | None = None
    earlier: list[CertificateLink] = field(default_factory=list)


def _day(moment: dt.datetime | None) -> str:
    return day_text(timezone.localdate(moment)) if moment else ""


def status_text(
    status: str, *, revoked_at: dt.datetime | None, replaced_at: dt.datetime | None
) -> str:
    if status == Certificate.Status.REVOKED:
        return f"Revoked on {_day(revoked_at)}" if revoked_at else "Revoked"
    if status == Certificate.Status.REISSUED:
        return f"Reissued on {_day(replaced_at)}" if replaced_at else "Reissued"
    return "Valid"


def _link(row: dict[str, Any]) -> CertificateLink:
    code = row["code"]
    return CertificateLink(
        code=code,
        status=row["status"],
        status_text=status_text(
            row["status"], revoked_at=row["revoked_at"], replaced_at=row["replaced_by__issued_at"]
        ),
        issued_on=_day(row["issued_at"]),
        pdf_url=reverse("certificates:pdf", args=[code]),
        credential_url=reverse("certificates:credential", args=[code]),
        verify_url=reverse("certificates:verify", args=[code]),
        credit=f"{row['content__amount']} {row['content__credit_name']}".strip(),
        replaced_by=row["replaced_by__code"] or "",
    )


def _group(rows: Iterable[dict[str, Any]], keys: set[int]) -> dict[int, ClaimCertificates]:
    out: dict[int, ClaimCertificates] = {}
    for row in rows:
        owner = row["claim_id"] if row["claim_id"] in keys else row["replaced_by__claim_id"]
        found = out.setdefault(owner, ClaimCertificates())
        link = _link(row)
        if link.is_valid and found.current is None:
            found.current = link
        else:
            found.earlier.append(link)
    return out


def certificates_for_claims(claim_ids: Sequence[int]) -> dict[int, ClaimCertificates]:
    """For each claim: its certificates, and those of the claim version it corrected (whose
    certificate was reissued as this claim's). One query."""
    ids = set(claim_ids)
    rows = (
        Certificate.objects.filter(Q(claim_id__in=ids) | Q(replaced_by__claim_id__in=ids))
        .order_by("-issued_at", "-id")
        .values(*FIELDS)
    )
    found = _group(rows, ids)
    return {i: found.get(i, ClaimCertificates()) for i in ids}


def certificates_for_enrollments(enrollment_ids: Sequence[int]) -> dict[int, list[CertificateLink]]:
    """For each enrollment: the certificates of its current claims that are valid or revoked
    (a reissued one is replaced by a valid one), newest first. One query."""
    out: dict[int, list[CertificateLink]] = {i: [] for i in enrollment_ids}
    rows = (
        Certificate.objects.filter(
            claim__enrollment_id__in=list(enrollment_ids),
            claim__is_current=True,
            status__in=[Certificate.Status.VALID, Certificate.Status.REVOKED],
        )
        .order_by("-issued_at", "-id")
        .values(*FIELDS)
    )
    for row in rows:
        out[row["claim__enrollment_id"]].append(_link(row))
    return out
