"""Issuing, reissuing and revoking certificates: each inside its caller's transaction or its
own, each with an audit event.

A claim issues its certificate at once (:func:`issue_certificate`, called through the credits
claim hook); a corrected claim or a corrected legal name reissues (new code, the old certificate
marked reissued and pointing at the new one); provider staff revoke with a reason.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import ForeignKey

from opencme.accounts.models import LearnerProfile
from opencme.accounts.services import profile_for
from opencme.certificates import rules
from opencme.certificates.models import Certificate
from opencme.certificates.selectors import (
    facts_for_claim,
    rulebook_data_get,
    valid_certificates_for_claim,
)
from opencme.certificates.signing.credential import signed_credential
from opencme.core import audit, clock, rows
from opencme.core.errors import NotFound, PermissionDenied, Problem, ValidationFailed
from opencme.credits.models import Claim
from opencme.providers.models import Provider, ProviderStaff

CODE_BYTES = 24  # 192 bits, 32 URL-safe characters
PRESIGNED = "certificate"  # the name of presign_certificate's result among a claim's prepared
NAME_REQUIRED = Problem("profile.legal_name", "set your name as it must appear on certificates")


def new_code() -> str:
    return secrets.token_urlsafe(CODE_BYTES)


def _snapshot(cert: Certificate) -> dict[str, Any]:
    return {
        "code": cert.code,
        "claim_id": cert.claim_id,
        "credit_type": cert.credit_type,
        "amount": str(cert.amount),
        "status": cert.status,
        "name": cert.content.get("name", ""),
    }


_IN_HAND: list[ForeignKey] = [Claim.enrollment.field, Claim.learner.field, Claim.activity.field]


def _load_claim(claim: Claim) -> Claim:
    """``claim`` with what its certificate is made from: as given when the caller made it with
    its enrollment, learner and activity in hand (the claim service does), else read again."""
    if all(field.is_cached(claim) for field in _IN_HAND):
        return claim
    return (
        Claim.objects.select_related("enrollment", "learner", "activity__provider")
        .prefetch_related("activity__credits")
        .get(pk=claim.pk)
    )


def _issuer_facts(provider: Provider) -> tuple[Any, ...]:
    """What a credential states of its issuer (see ``unsigned_credential``)."""
    return (provider.pk, provider.slug, provider.name, provider.website)


@dataclass(frozen=True)
class Presigned:
    """A claim's certificate, made and signed before the claim's transaction (signing is most
    of the time issuing takes, and no other write waits for it there)."""

    content: dict[str, Any]
    issuer: tuple[Any, ...]
    code: str
    issued_at: dt.datetime
    credential: dict[str, Any]


def _content(claim: Claim, profile: LearnerProfile) -> dict[str, Any]:
    data = rulebook_data_get()
    return rules.content(data, facts_for_claim(claim, profile=profile, data=data))


def presign_certificate(claim: Claim, *, profile: LearnerProfile) -> Presigned | None:
    """The claim preparer (credits.hooks): the certificate the unsaved ``claim`` would issue,
    signed now; None when the profile has no name for it (issuing then refuses the claim)."""
    if not profile.legal_name.strip():
        return None
    content = _content(claim, profile)
    provider = claim.activity.provider
    code, issued_at = new_code(), clock.now()
    credential = signed_credential(
        code=code, content=content, provider=provider, issued_at=issued_at
    )
    return Presigned(content, _issuer_facts(provider), code, issued_at, credential)


def _build(
    claim: Claim, profile: LearnerProfile, presigned: Presigned | None = None
) -> Certificate:
    """The certificate of ``claim``, saved: the presigned one when it states what ``claim`` and
    ``profile`` say now (the same content and issuer), else made and signed here."""
    if not profile.legal_name.strip():
        raise ValidationFailed([NAME_REQUIRED])
    content = _content(claim, profile)
    provider = claim.activity.provider
    if (
        presigned is not None
        and presigned.content == content
        and presigned.issuer == _issuer_facts(provider)
    ):
        code, issued_at, credential = presigned.code, presigned.issued_at, presigned.credential
    else:
        code, issued_at = new_code(), clock.now()
        credential = signed_credential(
            code=code, content=content, provider=provider, issued_at=issued_at
        )
    cert = Certificate(
        code=code,
        claim=claim,
        learner_id=claim.learner_id,
        activity_id=claim.activity_id,
        provider=provider,
        kind=content["kind"],
        credit_type=claim.credit_type,
        amount=claim.amount,
        issued_at=issued_at,
        content=content,
        credential=credential,
    )
    rows.add(cert)
    return cert


def _replace(old: Certificate, new: Certificate, *, actor: Any, why: str) -> None:
    before = _snapshot(old)
    old.status = Certificate.Status.REISSUED
    old.replaced_by = new
    old.save(update_fields=["status", "replaced_by"])
    audit.record(
        actor=actor,
        action="certificates.certificate.reissued",
        obj=old,
        before=before,
        after={**_snapshot(old), "replaced_by": new.code},
        note=why,
    )


@transaction.atomic(savepoint=False)  # inside a claim's transaction: it fails with the claim
def issue_certificate(
    *,
    claim: Claim,
    actor: Any,
    profile: LearnerProfile | None = None,
    presigned: Presigned | None = None,
) -> Certificate:
    """Issue the certificate of ``claim``; when the claim corrects an earlier version, the
    earlier version's certificates are marked reissued and point at this one. Refused, naming
    ``profile.legal_name``, when the learner has not set the name certificates carry.
    ``profile``: the learner's, as read in this transaction (else it is read); ``presigned``:
    from :func:`presign_certificate`, used if it still states what this transaction reads."""
    claim = _load_claim(claim)
    if profile is None or profile.user_id != claim.learner_id:
        profile = profile_for(claim.learner)
    cert = _build(claim, profile, presigned)
    audit.record(
        actor=actor, action="certificates.certificate.issued", obj=cert, after=_snapshot(cert)
    )
    if claim.supersedes_id is not None:
        for old in valid_certificates_for_claim(claim.supersedes_id).select_for_update():
            _replace(old, cert, actor=actor, why="claim corrected")
    return cert


def on_claim_created(
    claim: Claim,
    *,
    actor: Any,
    profile: LearnerProfile | None = None,
    prepared: dict[str, Any] | None = None,
) -> None:
    """The credits claim hook: every claim and corrected claim issues its certificate."""
    presigned = (prepared or {}).get(PRESIGNED)
    issue_certificate(claim=claim, actor=actor, profile=profile, presigned=presigned)


@transaction.atomic(savepoint=False)  # inside a profile change: it fails with the change
def reissue_for_learner(
    *, user: Any, actor: Any, why: str, profile: LearnerProfile | None = None
) -> list[Certificate]:
    """Reissue every valid certificate of ``user`` from the profile as it is now (after a name
    correction; ``profile``: the caller's up-to-date copy). Returns the new certificates."""
    profile = profile or profile_for(user)
    fresh: list[Certificate] = []
    olds = Certificate.objects.select_for_update().filter(
        learner_id=user.pk, status=Certificate.Status.VALID
    )
    for old in list(olds):
        cert = _build(_load_claim(old.claim), profile)
        audit.record(
            actor=actor,
            action="certificates.certificate.issued",
            obj=cert,
            after=_snapshot(cert),
            note=why,
        )
        _replace(old, cert, actor=actor, why=why)
        fresh.append(cert)
    return fresh


def on_profile_changed(
    profile: LearnerProfile, *, before: dict[str, Any], after: dict[str, Any], actor: Any
) -> None:
    """The accounts profile hook: a corrected legal name reissues the learner's certificates.
    An emptied name is refused while the learner holds valid certificates."""
    if "legal_name" not in after:
        return
    if not profile.legal_name.strip():
        if Certificate.objects.filter(
            learner_id=profile.user_id, status=Certificate.Status.VALID
        ).exists():
            raise ValidationFailed([NAME_REQUIRED])
        return
    reissue_for_learner(user=profile.user, actor=actor, why="name corrected", profile=profile)


def may_revoke(*, certificate: Certificate, actor: Any) -> bool:
    if getattr(actor, "is_superuser", False):
        return True
    actor_id = getattr(actor, "pk", None)
    if actor_id is None:
        return False
    return ProviderStaff.objects.filter(
        provider_id=certificate.provider_id, user_id=actor_id
    ).exists()


@transaction.atomic
def revoke_certificate(*, certificate: Certificate, reason: str, actor: Any) -> Certificate:
    """Revoke a valid certificate, for a reason the verification page does not show. Only the
    issuing provider's staff (or a site administrator) may."""
    cert = Certificate.objects.select_for_update().filter(pk=certificate.pk).first()
    if cert is None:
        raise NotFound("no certificate has this id", field="certificate")
    if not may_revoke(certificate=cert, actor=actor):
        raise PermissionDenied(
            "only staff of the provider that issued it may revoke a certificate",
            field="certificate",
        )
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed([Problem("reason", "say why the certificate is revoked")])
    if cert.status != Certificate.Status.VALID:
        raise ValidationFailed(
            [Problem("certificate", f"this certificate is {cert.status}; only a valid one")]
        )
    before = _snapshot(cert)
    cert.status = Certificate.Status.REVOKED
    cert.revoked_at = clock.now()
    cert.revoked_reason = reason
    cert.save(update_fields=["status", "revoked_at", "revoked_reason"])
    audit.record(
        actor=actor,
        action="certificates.certificate.revoked",
        obj=cert,
        before=before,
        after=_snapshot(cert),
        note=reason,
    )
    return cert
