"""Which providers a user acts for."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from opencme.providers.models import Provider


def provider_ids_for_staff(user: Any) -> set[int]:
    """Providers ``user`` is staff of; every provider for a site administrator is not implied."""
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(user.provider_memberships.values_list("provider_id", flat=True))


def provider_list_for_staff(user: Any) -> QuerySet[Provider]:
    if getattr(user, "is_superuser", False):
        return Provider.objects.all()
    return Provider.objects.filter(id__in=provider_ids_for_staff(user))
