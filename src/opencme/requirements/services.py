"""Every write of the tracker: credentials, the clinician's facts, credit from elsewhere and
the calendar address. Each is one transaction with an audit event; a clinician changes only
their own records (anyone else's are not found)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db import transaction

from opencme.core import audit, clock
from opencme.core.errors import NotFound, PermissionDenied, ValidationFailed
from opencme.requirements import entry, feed, kinds
from opencme.requirements.models import Credential, ExternalCredit, TrackerProfile
from opencme.requirements.selectors import credit_type_names

CREDENTIAL_FIELDS = (
    "kind",
    "rule_set",
    "state",
    "profession",
    "license_type",
    "board",
    "certificate",
    "number",
    "issued_on",
    "expires_on",
    "renewal_number",
)


def _own(actor: Any, user: Any) -> None:
    if actor is None or actor.pk != user.pk:
        raise PermissionDenied("you may change only your own tracker", field="user")


def _snapshot(obj: Any, names: Iterable[str]) -> dict[str, Any]:
    out = {}
    for name in names:
        value = getattr(obj, name)
        out[name] = value.isoformat() if isinstance(value, dt.date) else value
    return out


def save_credential(
    *,
    actor: Any,
    user: Any,
    credential_id: int | None = None,
    kind: str,
    state: str = "",
    license_type: str = "",
    board: str = "",
    certificate: str = "",
    number: str = "",
    issued_on: dt.date | None = None,
    expires_on: dt.date | None = None,
    renewal_number: int | None = None,
) -> Credential:
    """Add a credential (``credential_id`` None) or change one of ``user``'s. Only the fields
    of its kind are kept; the rule file follows from them."""
    _own(actor, user)
    number, certificate = number.strip(), certificate.strip()
    problems = entry.check_credential(
        kind=kind,
        state=state,
        license_type=license_type,
        board=board,
        certificate=certificate,
        number=number,
        issued_on=issued_on,
        expires_on=expires_on,
        renewal_number=renewal_number,
        today=clock.today(),
    )
    if problems:
        raise ValidationFailed(problems)
    values: dict[str, Any] = {
        "kind": kind,
        "number": number,
        "issued_on": issued_on,
        "expires_on": expires_on,
        "renewal_number": renewal_number,
        "state": "",
        "license_type": "",
        "profession": "",
        "board": "",
        "certificate": "",
    }
    if kind == kinds.KIND_LICENSE:
        values |= {
            "state": state,
            "license_type": license_type,
            "profession": kinds.LICENSE_TYPES[license_type][0],
            "rule_set": kinds.license_rule_set(state, license_type),
        }
    elif kind == kinds.KIND_BOARD:
        values |= {
            "board": board,
            "certificate": certificate,
            "rule_set": kinds.board_rule_set(board),
        }
    else:
        values |= {"rule_set": kinds.DEA_RULES, "renewal_number": None}
    with transaction.atomic():
        if credential_id is None:
            credential = Credential.objects.create(user=user, **values)
            before: dict[str, Any] = {}
            action = "requirements.credential.created"
        else:
            credential = _credential_locked(user, credential_id)
            before = _snapshot(credential, CREDENTIAL_FIELDS)
            for name, value in values.items():
                setattr(credential, name, value)
            credential.save()
            action = "requirements.credential.changed"
        before, after = audit.changed(before, _snapshot(credential, CREDENTIAL_FIELDS))
        audit.record(actor=actor, action=action, obj=credential, before=before, after=after)
    return credential


def _credential_locked(user: Any, credential_id: int) -> Credential:
    found = Credential.objects.select_for_update().filter(pk=credential_id, user=user).first()
    if found is None:
        raise NotFound("you have no credential with this id", field="credential_id")
    return found


def remove_credential(*, actor: Any, user: Any, credential_id: int) -> None:
    _own(actor, user)
    with transaction.atomic():
        credential = _credential_locked(user, credential_id)
        before = _snapshot(credential, CREDENTIAL_FIELDS)
        audit.record(
            actor=actor, action="requirements.credential.removed", obj=credential, before=before
        )
        credential.delete()


def _profile_locked(user: Any) -> TrackerProfile:
    profile, _ = TrackerProfile.objects.select_for_update().get_or_create(user=user)
    return profile


def save_facts(
    *,
    actor: Any,
    user: Any,
    direct_patient_care: bool,
    specialty: str,
    attestations: Iterable[str],
) -> TrackerProfile:
    """The facts rule conditions read: direct patient care, specialty, what they declare."""
    _own(actor, user)
    attestations = sorted(set(attestations))
    problems = entry.check_facts(
        specialty=specialty, attestations=attestations, direct_patient_care=direct_patient_care
    )
    if problems:
        raise ValidationFailed(problems)
    names = ("direct_patient_care", "specialty", "attestations")
    with transaction.atomic():
        profile = _profile_locked(user)
        before = _snapshot(profile, names)
        profile.direct_patient_care = direct_patient_care
        profile.specialty = specialty
        profile.attestations = attestations
        profile.save()
        before, after = audit.changed(before, _snapshot(profile, names))
        audit.record(
            actor=actor,
            action="requirements.facts.changed",
            obj=profile,
            before=before,
            after=after,
        )
    return profile


EXTERNAL_FIELDS = ("title", "provider", "completed_on", "credit_type", "amount", "topics", "format")


def record_external_credit(
    *,
    actor: Any,
    user: Any,
    title: str,
    provider: str = "",
    completed_on: dt.date | None,
    credit_type: str,
    amount: object,
    topics: Iterable[str] = (),
    format: str = "anytime",
) -> ExternalCredit:
    """Credit earned elsewhere, as the clinician states it (shown as self-reported)."""
    _own(actor, user)
    title, provider, topics = title.strip(), provider.strip(), sorted(set(topics))
    problems = entry.check_external_credit(
        title=title,
        provider=provider,
        completed_on=completed_on,
        credit_type=credit_type,
        amount=amount,
        topics=topics,
        format=format,
        credit_types=credit_type_names(),
        today=clock.today(),
    )
    parsed = entry.parse_amount(amount)
    if problems or completed_on is None or parsed is None:
        raise ValidationFailed(problems)
    with transaction.atomic():
        credit = ExternalCredit.objects.create(
            user=user,
            title=title,
            provider=provider,
            completed_on=completed_on,
            credit_type=credit_type,
            amount=parsed,
            topics=topics,
            format=format,
        )
        after = _snapshot(credit, EXTERNAL_FIELDS) | {"amount": str(credit.amount)}
        audit.record(
            actor=actor, action="requirements.external_credit.recorded", obj=credit, after=after
        )
    return credit


def remove_external_credit(*, actor: Any, user: Any, credit_id: int) -> None:
    _own(actor, user)
    with transaction.atomic():
        credit = ExternalCredit.objects.select_for_update().filter(pk=credit_id, user=user).first()
        if credit is None:
            raise NotFound("you have no credit from elsewhere with this id", field="credit_id")
        before = _snapshot(credit, EXTERNAL_FIELDS) | {"amount": str(credit.amount)}
        audit.record(
            actor=actor, action="requirements.external_credit.removed", obj=credit, before=before
        )
        credit.delete()


def renew_feed_address(*, actor: Any, user: Any) -> str:
    """A new private calendar address; the one before it stops working. Returns its key."""
    _own(actor, user)
    with transaction.atomic():
        profile = _profile_locked(user)
        had = bool(profile.feed_nonce)
        profile.feed_nonce = feed.new_nonce()
        profile.feed_made_at = clock.now()
        profile.save(update_fields=["feed_nonce", "feed_made_at", "updated_at"])
        audit.record(
            actor=actor,
            action="requirements.feed.renewed" if had else "requirements.feed.made",
            obj=profile,
            note="the earlier address was revoked" if had else "",
        )
    return feed.key_for(profile.feed_nonce)
