"""Writes to providers and their staff."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.text import slugify

from opencme.core import audit
from opencme.providers.models import Provider, ProviderStaff


@transaction.atomic
def get_or_create_provider(*, name: str, actor: Any, **fields: Any) -> tuple[Provider, bool]:
    """The provider called ``name``, created with ``fields`` if it does not exist yet."""
    name = " ".join(name.split())
    provider = Provider.objects.filter(name__iexact=name).first()
    if provider:
        return provider, False
    base = slugify(name)[:190] or "provider"
    slug, n = base, 1
    while Provider.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    provider = Provider.objects.create(name=name, slug=slug, **fields)
    audit.record(
        actor=actor, action="providers.provider.created", obj=provider, after={"name": name}
    )
    return provider, True


@transaction.atomic
def add_staff(*, provider: Provider, user: Any, actor: Any, role: str = "editor") -> ProviderStaff:
    """Make ``user`` staff of ``provider``, with admin access to that provider's activities."""
    membership, _ = ProviderStaff.objects.get_or_create(
        provider=provider, user=user, defaults={"role": role}
    )
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    audit.record(
        actor=actor,
        action="providers.staff.added",
        obj=membership,
        after={"user": user.email, "provider": provider.name, "role": role},
    )
    return membership
