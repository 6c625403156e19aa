"""Reporting test data built through the real services: a provider with a hosted activity that
designates AMA credit (MOC with ABIM) and ACPE credit (a UAN), learners, and claims."""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

from opencme.accounts.models import User
from opencme.accounts.services import update_profile
from opencme.activities.models import Activity
from opencme.credits.models import Claim
from opencme.credits.services import claim_credit
from opencme.learning.services import enroll_learner
from opencme.providers.models import Provider
from tests import factories

_serial = itertools.count(1)
UAN = "JA0000001-0000-26-042-H08-P"

PHYSICIAN = {
    "profession": "physician",
    "legal_name": "Dana Q Whitfield",
    "birth_month": 9,
    "birth_day": 23,
    "consent_pars": True,
    "board_ids": [{"board": "ABIM", "identifier": "123456"}],
}
PHARMACIST = {
    "profession": "pharmacist",
    "legal_name": "Mei Tanaka",
    "nabp_eprofile_id": "1234567",
    "birth_month": 4,
    "birth_day": 17,
    "consent_cpe_monitor": True,
}


def provider(name: str = "") -> Provider:
    return factories.provider(
        name=name or f"Provider R{next(_serial)}", accreditation_id="JA0000001"
    )


def activity(of: Provider, **overrides: Any) -> Activity:
    fields: dict[str, Any] = {
        "credits": [
            {"type": "AMA_PRA_1", "amount": 1.25, "unit": "credit"},
            {"type": "ACPE", "amount": 1.25, "unit": "contact_hour"},
        ],
        "uan": [UAN],
        "moc": [{"board": "ABIM", "points": 1.0, "credit_types": ["Medical Knowledge"]}],
    }
    fields.update(overrides)
    return factories.activity(of=of, publish=True, **fields)


def learner(profile: dict[str, Any], **changes: Any) -> User:
    user = factories.user(email=f"learner-r{next(_serial)}@example.org")
    update_profile(user=user, actor=user, changes=profile | changes)
    return user


def claim(user: User, act: Activity, credit_type: str, amount: str = "1.25") -> Claim:
    enrollment = enroll_learner(activity=act, learner=user)
    return claim_credit(
        enrollment=enrollment, credit_type=credit_type, amount=Decimal(amount), actor=user
    )
