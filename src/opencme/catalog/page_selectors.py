"""Reads the finder's pages need beside the search itself: names for slugs, kinds of results.

The search (``catalog.selectors.catalog_search``) returns facet values as slugs and results as
activity records; a page shows names, and marks listed activities. Each function is one query
whatever the number of values, and none when given nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from opencme.activities.models import Activity, Specialty
from opencme.catalog.models import CatalogEntry
from opencme.providers.models import Provider


def specialty_names(slugs: Iterable[str]) -> dict[str, str]:
    """``{slug: name}`` for the specialties among ``slugs`` (unknown slugs are left out)."""
    wanted = set(slugs)
    if not wanted:
        return {}
    return dict(Specialty.objects.filter(slug__in=wanted).values_list("slug", "name"))


def provider_names(slugs: Iterable[str]) -> dict[str, str]:
    """``{slug: name}`` for the providers among ``slugs`` (unknown slugs are left out)."""
    wanted = set(slugs)
    if not wanted:
        return {}
    return dict(Provider.objects.filter(slug__in=wanted).values_list("slug", "name"))


def listed_activity_ids(activity_ids: Iterable[int]) -> set[int]:
    """Which of these catalog entries are listed activities (shown as the source states them)."""
    wanted = set(activity_ids)
    if not wanted:
        return set()
    return set(
        CatalogEntry.objects.filter(activity_id__in=wanted, kind=Activity.Kind.LISTED).values_list(
            "activity_id", flat=True
        )
    )
