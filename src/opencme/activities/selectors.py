"""Every read of activities, with its query plan decided here."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet

from opencme.activities.models import Activity, Specialty
from opencme.providers.selectors import provider_ids_for_staff


def activity_queryset_for_record() -> QuerySet[Activity]:
    """Activities with everything the activity record needs, in four queries for any count."""
    return Activity.objects.select_related("provider").prefetch_related(
        "credits", "moc", "faculty", Prefetch("specialties", queryset=Specialty.objects.all())
    )


def activity_get_for_record(activity_id: int) -> Activity:
    return activity_queryset_for_record().get(pk=activity_id)


def activity_queryset_for_page() -> QuerySet[Activity]:
    """The record's relations and what learners are told before they start: the financial
    relationships of the people in control of content and the commercial supporters (two more
    queries)."""
    return activity_queryset_for_record().prefetch_related(
        "faculty__relationships", "commercial_supporters"
    )


def activity_get_for_page(activity_id: int) -> Activity:
    return activity_queryset_for_page().get(pk=activity_id)


def activity_list_for_staff(user: Any) -> QuerySet[Activity]:
    """The activities ``user`` may see and edit as provider staff (all for site administrators)."""
    qs = Activity.objects.select_related("provider")
    if getattr(user, "is_superuser", False):
        return qs
    return qs.filter(provider_id__in=provider_ids_for_staff(user))


def activity_get_published(activity_id: int) -> Activity | None:
    """A published activity with all its page shows, or None when there is none with this id.

    Query plan: the activity joined to its provider (1), then one prefetch each for credits,
    MOC, faculty, their financial relationships, commercial supporters and specialties (6):
    seven queries. Statement texts, warnings and source are columns of the activity itself.
    """
    return (
        activity_queryset_for_page()
        .filter(pk=activity_id, status=Activity.Status.PUBLISHED)
        .first()
    )
