"""The transcript as people read it: one row per current claim (activity, provider, dates,
credit type by its name and the amount, its certificate, where it is reported) and the totals
per credit type. The page, its CSV, its PDF and the public transcript verification all show
these rows, so they say the same.

The certificate and reporting columns come from the claim annotators that ``certificates`` and
``reporting`` register (``credits.hooks``); ``credits`` imports neither.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils import timezone

from opencme.accreditation.selectors import rulebook_get
from opencme.credits.hooks import annotate_claims
from opencme.credits.selectors import TRANSCRIPT_FIELDS, claim_list_for_learner

PARTICIPATION = "PARTICIPATION"
PARTICIPATION_NAME = "Certificate of participation"
ROW_FIELDS = (
    *TRANSCRIPT_FIELDS,
    "enrollment__completed_at",
    "activity__start_date",
    "activity__end_date",
)


def credit_name(book: Any, code: str) -> str:
    """The credit type's name as the rule book gives it (never its code, unless unknown)."""
    if code == PARTICIPATION:
        return PARTICIPATION_NAME
    rule = book.credit_type(code)
    return rule.name if rule else code


def amount_text(value: Decimal) -> str:
    """1.25 -> "1.25", 1.00 -> "1", 0.50 -> "0.5"."""
    return f"{value.normalize():f}"


def day_text(day: dt.date | None) -> str:
    """A day as the site's pages write it: "Aug 29, 2026" ("" for none)."""
    return f"{day:%b} {day.day}, {day.year}" if day else ""


@dataclass
class TranscriptRow:
    claim_id: int
    activity_id: int
    activity: str
    provider: str
    activity_dates: str
    completed_on: dt.date
    claimed_on: dt.date
    credit_type: str
    credit_name: str
    amount: Decimal
    unit: str
    certificates: Any = None  # certificates.links.ClaimCertificates, when registered
    reporting: list[Any] = field(default_factory=list)  # reporting.claim_status.ReportLine

    @property
    def amount_text(self) -> str:
        return amount_text(self.amount)

    @property
    def completed_text(self) -> str:
        return day_text(self.completed_on)

    @property
    def claimed_text(self) -> str:
        return day_text(self.claimed_on)

    @property
    def certificate(self) -> Any:
        """The certificate that stands for the claim, or None."""
        return getattr(self.certificates, "current", None)


@dataclass
class Total:
    credit_type: str
    credit_name: str
    amount: Decimal
    unit: str

    @property
    def amount_text(self) -> str:
        return amount_text(self.amount)


@dataclass
class TranscriptView:
    rows: list[TranscriptRow]
    totals: list[Total]


def activity_dates(start: dt.date | None, end: dt.date | None) -> str:
    """ "March 3, 2026", "March 3, 2026 to March 4, 2026", "from March 3, 2026", or ""."""
    if start and end and end != start:
        return f"{day_text(start)} to {day_text(end)}"
    if start:
        return day_text(start) if end == start else f"from {day_text(start)}"
    return f"until {day_text(end)}" if end else ""


def transcript_view(
    user: Any,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    credit_type: str | None = None,
) -> TranscriptView:
    """The learner's current claims claimed from ``date_from`` to ``date_to`` (inclusive) of
    ``credit_type`` (any when None), newest first, with their certificates and reporting, and
    totals per credit type. Four queries, whatever the number of claims."""
    claims = list(
        claim_list_for_learner(user, date_from=date_from, date_to=date_to, credit_type=credit_type)
        .select_related("enrollment")
        .only(*ROW_FIELDS)
    )
    notes = annotate_claims([c.pk for c in claims])
    book = rulebook_get()
    rows: list[TranscriptRow] = []
    totals: dict[str, Total] = {}
    for claim in claims:
        completed = claim.enrollment.completed_at or claim.claimed_at
        name = credit_name(book, claim.credit_type)
        rows.append(
            TranscriptRow(
                claim_id=claim.pk,
                activity_id=claim.activity_id,
                activity=claim.activity.title,
                provider=claim.activity.provider.name,
                activity_dates=activity_dates(claim.activity.start_date, claim.activity.end_date),
                completed_on=timezone.localdate(completed),
                claimed_on=timezone.localdate(claim.claimed_at),
                credit_type=claim.credit_type,
                credit_name=name,
                amount=claim.amount,
                unit=claim.unit,
                certificates=notes.get("certificates", {}).get(claim.pk),
                reporting=list(notes.get("reporting", {}).get(claim.pk, [])),
            )
        )
        total = totals.setdefault(
            claim.credit_type, Total(claim.credit_type, name, Decimal(0), claim.unit)
        )
        total.amount += claim.amount
    return TranscriptView(rows=rows, totals=sorted(totals.values(), key=lambda t: t.credit_name))
