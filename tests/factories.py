"""Test data built through the real services: plain functions, one per kind of thing.

Every function takes keyword arguments for what a test cares about and fills the rest with
values that pass every rule, so a test changes one thing and sees one effect.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

from opencme.accounts.models import User
from opencme.activities import services
from opencme.activities.models import Activity
from opencme.providers.models import Provider, ProviderStaff
from opencme.providers.services import add_staff, get_or_create_provider

PASSWORD = "correct horse battery staple 42"
_serial = itertools.count(1)

GOOD_RECORD: dict[str, Any] = {
    "title": "An Overview on the Use of Opioids for Low Back Pain",
    "provider": "Provider A",
    "joint_providers": [],
    "url": "https://example.org/opioids-lbp",
    "description": "Low back pain is a prevalent issue.",
    "format": "enduring",
    "delivery": "online",
    "start_date": "2026-01-15",
    "end_date": None,
    "expires": "2027-01-15",
    "location": None,
    "estimated_minutes": 75,
    "cost": {"free": True, "amount": 0, "currency": "USD", "tiers": []},
    "registration": "open",
    "providership": "direct",
    "commercial_support": False,
    "credits": [
        {"type": "AMA_PRA_1", "amount": 1.25, "unit": "credit"},
        {"type": "ANCC", "amount": 1.25, "unit": "contact_hour"},
    ],
    "moc": [{"board": "ABIM", "points": 1.25, "credit_types": ["Medical Knowledge"]}],
    "uan": [],
    "specialties": ["Pain Medicine"],
    "audience": ["physicians", "nurses"],
    "faculty": ["Roger Chou, MD"],
    "objectives": ["Evaluate the benefits and harms of opioids in patients with low back pain."],
    "measured_outcomes": [],
    "topics": ["substance_use_disorders"],
    "statements": {
        "accreditation": True,
        "commercial_support": False,
        "funding": False,
        "disclaimer": False,
    },
}


# What a hosted activity tells learners before they start (publishing requires it).
ACCREDITATION = "Provider A is accredited to provide continuing education (a test statement)."
PEOPLE: list[dict[str, Any]] = [
    {
        "name": "Pat Planner, MD",
        "role": "Course director",
        "capacity": "planner",
        "disclosed": "none",
    },
    {"name": "Roger Chou, MD", "role": "Presenter", "capacity": "faculty", "disclosed": "none"},
]


def record(**overrides: Any) -> dict[str, Any]:
    """A copy of a hosted activity record that passes every publish rule, with ``overrides``."""
    out = copy.deepcopy(GOOD_RECORD)
    out.update(copy.deepcopy(overrides))
    return out


def user(*, email: str = "", password: str = PASSWORD, **fields: Any) -> User:
    return User.objects.create_user(email or f"user{next(_serial)}@example.org", password, **fields)


def superuser(*, email: str = "", password: str = PASSWORD) -> User:
    return User.objects.create_superuser(email or f"admin{next(_serial)}@example.org", password)


def provider(*, name: str = "", **fields: Any) -> Provider:
    made, _ = get_or_create_provider(name=name or f"Provider {next(_serial)}", actor=None, **fields)
    return made


def staff(*, of: Provider, email: str = "", role: str = "editor") -> User:
    """A new user who is staff of provider ``of`` (through the providers service)."""
    member = user(email=email)
    add_staff(provider=of, user=member, actor=None, role=role)
    return member


def membership(*, of: Provider, member: User) -> ProviderStaff:
    return add_staff(provider=of, user=member, actor=None)


def activity(
    *,
    of: Provider,
    actor: Any = None,
    kind: str = Activity.Kind.HOSTED,
    publish: bool = False,
    extra: dict[str, Any] | None = None,
    statements: dict[str, str] | None = None,
    people: list[dict[str, Any]] | None = None,
    **overrides: Any,
) -> Activity:
    """An activity of provider ``of`` made by ``services.save_activity_from_record``, with an
    accreditation statement and disclosed planners and faculty unless given."""
    made, _ = services.save_activity_from_record(
        record=record(provider=of.name, **overrides),
        actor=actor,
        kind=kind,
        provider=of,
        publish=publish,
        extra=extra,
        statements={"accreditation": ACCREDITATION, **(statements or {})},
        people=copy.deepcopy(PEOPLE if people is None else people),
    )
    return made
