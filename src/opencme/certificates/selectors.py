"""Reading certificates: by code for the public, by code for their owner, a learner's list,
and the facts a claim's certificate is built from."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from opencme.accounts.models import LearnerProfile
from opencme.accreditation.models import RuleSet
from opencme.accreditation.selectors import ruleset_in_force, shipped_rulebook_data
from opencme.certificates import rules
from opencme.certificates.models import Certificate
from opencme.core import clock
from opencme.core.errors import NotFound
from opencme.credits.models import Claim
from opencme.providers.models import Provider

PARTICIPATION_PREFERENCE = ("AMA_PRA_1", "AOA_1A", "AAFP_PRESCRIBED", "CME")


@cache
def _ruleset_data(ruleset_id: int, version: str) -> dict[str, Any]:
    return RuleSet.objects.get(pk=ruleset_id).data


def rulebook_data_get(*, on: dt.date | None = None) -> dict[str, Any]:
    """The rule book in force as plain data (the same version ``rulebook_get`` parses): the
    statement templates are read from it."""
    row = ruleset_in_force(on or clock.today())
    return shipped_rulebook_data() if row is None else _ruleset_data(*row)


def _local_date(moment: dt.datetime) -> dt.date:
    return timezone.localdate(moment)


def _participation_designation(designations: list[Any], data: dict[str, Any]) -> Any:
    allowed = {
        c["code"] for c in data.get("credit_types") or [] if c.get("participation_for_others")
    }
    ranked = sorted(
        (d for d in designations if d.credit_type in allowed and d.amount is not None),
        key=lambda d: (
            PARTICIPATION_PREFERENCE.index(d.credit_type)
            if d.credit_type in PARTICIPATION_PREFERENCE
            else len(PARTICIPATION_PREFERENCE)
        ),
    )
    return ranked[0] if ranked else None


def facts_for_claim(
    claim: Claim, *, profile: LearnerProfile, data: dict[str, Any]
) -> rules.CertificateFacts:
    """The facts of ``claim`` (its enrollment, activity, provider and designation loaded)."""
    activity = claim.activity
    provider = activity.provider
    designations = list(activity.credits.all())
    if claim.credit_type == rules.PARTICIPATION:
        designation = _participation_designation(designations, data)
    else:
        designation = next((d for d in designations if d.credit_type == claim.credit_type), None)
    enrollment = claim.enrollment
    completed = enrollment.completed_at or claim.claimed_at
    return rules.CertificateFacts(
        name=profile.legal_name,
        degree=profile.degree,
        activity_title=activity.title,
        format=activity.format,
        participation_date=_local_date(enrollment.enrolled_at),
        completion_date=_local_date(completed),
        provider_name=provider.name,
        provider_address=provider.address,
        provider_accreditor=provider.accreditor,
        provider_statement=provider.accreditation_statement,
        credit_type=claim.credit_type,
        amount=claim.amount,
        designated_credit_type=designation.credit_type if designation else claim.credit_type,
        designated_amount=designation.amount if designation else None,
        uan=designation.uan if designation else "",
        label=designation.label if designation else "",
        pharmacology_hours=designation.pharmacology_hours if designation else None,
        expires=activity.expires,
        activity_start=activity.start_date,
        activity_end=activity.end_date,
        provider_accreditation=accreditation_line(provider),
    )


ACCREDITORS = dict(Provider.Accreditor.choices)


def accreditation_line(provider: Any) -> str:
    """The accreditor by name and the provider's number, as in "Joint Accreditation provider
    JA4008163" ("" when neither is stated)."""
    accreditor = ACCREDITORS.get(provider.accreditor, "")
    if provider.accreditor in ("", Provider.Accreditor.OTHER) or not accreditor:
        return f"Provider number {provider.accreditation_id}" if provider.accreditation_id else ""
    return f"{accreditor} provider {provider.accreditation_id}".strip()


def certificate_get_public(*, code: str) -> Certificate:
    """Any certificate by its code (the verification page shows only what it states)."""
    cert = Certificate.objects.select_related("replaced_by").filter(code=code).first()
    if cert is None:
        raise NotFound("no certificate has this code", field="code")
    return cert


def certificate_get_for_owner(*, code: str, user: Any) -> Certificate:
    """The learner's own certificate; another's is "not found", exactly like a wrong code."""
    cert = (
        Certificate.objects.select_related("provider", "provider__certificate_style")
        .filter(code=code, learner_id=getattr(user, "pk", None))
        .first()
    )
    if cert is None:
        raise NotFound("no certificate of yours has this code", field="code")
    return cert


def certificate_list_for_learner(
    user: Any,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    include_replaced: bool = True,
) -> QuerySet[Certificate]:
    qs = Certificate.objects.filter(learner_id=getattr(user, "pk", None)).select_related("activity")
    if not include_replaced:
        qs = qs.filter(status=Certificate.Status.VALID)
    if date_from:
        qs = qs.filter(issued_at__date__gte=date_from)
    if date_to:
        qs = qs.filter(issued_at__date__lte=date_to)
    return qs.order_by("-issued_at", "-id")


def valid_certificates_for_claim(claim_id: int) -> QuerySet[Certificate]:
    return Certificate.objects.filter(claim_id=claim_id, status=Certificate.Status.VALID)
