"""Small builders for the requirement tests: plain values, no database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from opencme.requirements.facts import ClinicianFacts, Credential, Credit


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def credit(
    credit_id: str,
    completed_on: str,
    amount: float | str,
    credit_type: str = "AMA_PRA_1",
    *,
    topics: Iterable[str] = (),
    accreditor: str = "ACCME",
    fmt: str = "anytime",
    approvals: Iterable[str] = (),
) -> Credit:
    return Credit(
        id=credit_id,
        completed_on=day(completed_on),
        credit_type=credit_type,
        amount=Decimal(str(amount)),
        accreditor=accreditor,
        topics=frozenset(topics),
        format=fmt,
        approvals=frozenset(approvals),
    )


def credential(
    rule_set: str,
    expires_on: str,
    *,
    issued_on: str | None = None,
    renewal_number: int | None = None,
    key: str = "",
) -> Credential:
    return Credential(
        key=key or rule_set,
        rule_set=rule_set,
        expires_on=day(expires_on),
        issued_on=day(issued_on) if issued_on else None,
        renewal_number=renewal_number,
    )


def physician(**overrides: object) -> ClinicianFacts:
    base: dict[str, object] = {
        "profession": "physician",
        "dea_registered": True,
        "direct_patient_care": True,
        "specialty": "internal_medicine",
        "attestations": frozenset(),
    }
    base.update(overrides)
    return ClinicianFacts(**base)  # type: ignore[arg-type]
