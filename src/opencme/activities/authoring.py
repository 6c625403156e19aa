"""Provider staff's writes to an activity from the workspace: create a draft, edit its details,
archive it, clone it as a re-release. Each is one transaction with the acting user and an audit
event holding what changed (before/after); a change learners can see is reindexed."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.db import models, transaction

from opencme.accreditation.rules import DELIVERIES, FORMATS, PROVIDERSHIPS, REGISTRATIONS
from opencme.accreditation.topics import clean_approvals, clean_topics
from opencme.activities import indexing
from opencme.activities.models import Activity, Specialty
from opencme.activities.services import activity_problems, snapshot
from opencme.core import audit
from opencme.core.errors import Problem, ValidationFailed
from opencme.providers.models import Provider

# The activity's own fields the details editor writes (people, credit and steps have theirs).
DETAIL_FIELDS = (
    "title",
    "description",
    "url",
    "format",
    "delivery",
    "location",
    "estimated_minutes",
    "start_date",
    "end_date",
    "expires",
    "cost_free",
    "cost_amount",
    "cost_currency",
    "cost_note",
    "registration",
    "providership",
    "joint_providers",
    "planned_by_team",
    "audience",
    "objectives",
    "measured_outcomes",
    "topics",
    "meets",
    "accreditation_statement",
    "commercial_support_statement",
    "funding_statement",
    "disclaimer_statement",
)
# Texts the record keeps only as "stated or not"; the audit keeps their words.
_TEXTS = (
    "accreditation_statement",
    "commercial_support_statement",
    "funding_statement",
    "disclaimer_statement",
    "planned_by_team",
    "cost_note",
)
# What a clone does not keep: its identity, its life so far, its import, and what a
# re-release takes anew (its dates).
_NOT_CLONED = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "kind",
        "status",
        "published_at",
        "start_date",
        "start_precision",
        "end_date",
        "end_precision",
        "expires",
        "expires_precision",
        "source_key",
        "source_origin",
        "source_hash",
        "source_text",
        "warnings",
    }
)
# What apps below this one copy when an activity is cloned (learning: its steps and questions),
# registered at start-up as indexers are; each runs inside the clone's transaction.
Cloner = Callable[..., Any]
_cloners: list[Cloner] = []


def on_clone(cloner: Cloner) -> None:
    """Have ``cloner(source=, target=, actor=)`` copy its part of every cloned activity."""
    if cloner not in _cloners:
        _cloners.append(cloner)


_CHOICES = {
    "format": FORMATS,
    "delivery": DELIVERIES,
    "registration": REGISTRATIONS,
    "providership": PROVIDERSHIPS,
}


def state(activity: Activity) -> dict[str, Any]:
    """What the audit compares: the activity record, its people, and the statements' words."""
    out = snapshot(activity)
    out["meets"] = list(activity.meets)
    for name in _TEXTS:
        out[name] = getattr(activity, name)
    return out


def _audit_change(activity: Activity, *, actor: Any, before: dict[str, Any], action: str) -> None:
    changed_before, changed_after = audit.changed(before, state(activity))
    if changed_after or changed_before:
        audit.record(
            actor=actor, action=action, obj=activity, before=changed_before, after=changed_after
        )


@transaction.atomic
def create_activity(*, provider: Provider, title: str, actor: Any) -> Activity:
    """A new hosted draft of ``provider`` with only its title; the rest is filled in later."""
    title = title.strip()
    if not title:
        raise ValidationFailed(Problem("title", "is required"))
    activity = Activity.objects.create(
        provider=provider, kind=Activity.Kind.HOSTED, status=Activity.Status.DRAFT, title=title
    )
    audit.record(
        actor=actor, action="activities.activity.created", obj=activity, after=state(activity)
    )
    return activity


def detail_problems(changes: dict[str, Any]) -> list[Problem]:
    """What is wrong with ``changes`` to an activity's details, whatever the form checked."""
    problems: list[Problem] = []
    if "title" in changes and not str(changes["title"] or "").strip():
        problems.append(Problem("title", "is required"))
    for name, allowed in _CHOICES.items():
        value = changes.get(name, "")
        if value and value not in allowed:
            problems.append(Problem(name, "choose one of the options"))
    start, end, expires = (changes.get(n) for n in ("start_date", "end_date", "expires"))
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        problems.append(Problem("end_date", "must not be before the release or start date"))
    if isinstance(start, dt.date) and isinstance(expires, dt.date) and expires <= start:
        problems.append(Problem("expires", "must be after the release or start date"))
    amount = changes.get("cost_amount")
    if amount is not None and Decimal(amount) < 0:
        problems.append(Problem("cost_amount", "must not be negative"))
    if changes.get("cost_free") is False and amount is None and not changes.get("cost_note"):
        problems.append(Problem("cost_amount", "state the price, or a note on the cost"))
    if "topics" in changes:
        problems += clean_topics(changes["topics"] or [])[1]
    if "meets" in changes:
        problems += clean_approvals(changes["meets"] or [])[1]
    currency = changes.get("cost_currency", "")
    if currency and not (len(currency) == 3 and currency.isalpha() and currency.isupper()):
        problems.append(Problem("cost_currency", "a three-letter code such as USD"))
    return problems


@transaction.atomic
def update_activity_details(
    *,
    activity: Activity,
    changes: dict[str, Any],
    actor: Any,
    specialties: list[Specialty] | None = None,
) -> Activity:
    """Write ``changes`` (fields of ``DETAIL_FIELDS``) and the specialties. Saving never
    publishes; a published hosted activity must still pass every publish check afterwards,
    else nothing is written and the problems are raised. A listed one keeps its rule problems
    as warnings, as an import does."""
    unknown = set(changes) - set(DETAIL_FIELDS)
    if unknown:
        raise ValueError(f"not details of an activity: {sorted(unknown)}")
    problems = detail_problems(changes)
    if problems:
        raise ValidationFailed(problems)
    changes = dict(changes)
    if "topics" in changes:  # stored as codes in vocabulary order, whether given as labels
        changes["topics"] = clean_topics(changes["topics"] or [])[0]
    if "meets" in changes:
        changes["meets"] = clean_approvals(changes["meets"] or [])[0]
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    before = state(activity)
    for name, value in changes.items():
        setattr(activity, name, value)
    if activity.cost_free:
        activity.cost_amount = None
    activity.save()
    if specialties is not None:
        activity.specialties.set(specialties)
    if activity.is_listed:
        # shown as its source states it: rule problems stay warnings, as on import
        activity.warnings = [
            {"field": p.field, "message": p.message} for p in activity_problems(activity)
        ]
        activity.save(update_fields=["warnings"])
    elif activity.status == Activity.Status.PUBLISHED:
        broken = activity_problems(activity)
        if broken:
            raise ValidationFailed(broken)
    _audit_change(activity, actor=actor, before=before, action="activities.activity.updated")
    if activity.status == Activity.Status.PUBLISHED:
        indexing.reindex_activity(activity)
    return activity


@transaction.atomic
def archive_activity(*, activity: Activity, actor: Any) -> Activity:
    """Take ``activity`` out of the catalog for good: no new learners, off the finder. It is
    kept (learners' claims and certificates stand) as a withdrawn activity."""
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    if activity.status == Activity.Status.WITHDRAWN:
        return activity
    before = {"status": activity.status}
    activity.status = Activity.Status.WITHDRAWN
    activity.save(update_fields=["status", "updated_at"])
    audit.record(
        actor=actor,
        action="activities.activity.archived",
        obj=activity,
        before=before,
        after={"status": activity.status},
    )
    indexing.reindex_activity(activity)
    return activity


def _values(obj: models.Model, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Every concrete field of ``obj`` but its key (and ``skip``), by column name."""
    return {
        f.attname: copy.deepcopy(getattr(obj, f.attname))
        for f in obj._meta.concrete_fields
        if not f.primary_key and f.name not in skip
    }


@transaction.atomic
def clone_activity(*, activity: Activity, actor: Any) -> Activity:
    """A re-release of ``activity``: a new hosted draft with every field, its specialties,
    people and their financial relationships, commercial supporters, credit and MOC
    designations, steps and questions; without its dates and with each UAN cleared (a
    re-release takes new ones)."""
    source = Activity.objects.get(pk=activity.pk)
    clone = Activity.objects.create(
        kind=Activity.Kind.HOSTED,
        status=Activity.Status.DRAFT,
        **_values(source, _NOT_CLONED),
    )
    clone.specialties.set(source.specialties.all())
    for person in source.faculty.prefetch_related("relationships"):
        copied = type(person).objects.create(
            **_values(person, frozenset({"activity"})), activity=clone
        )
        for rel in person.relationships.all():
            type(rel).objects.create(**_values(rel, frozenset({"person"})), person=copied)
    for supporter in source.commercial_supporters.all():
        type(supporter).objects.create(
            **_values(supporter, frozenset({"activity"})), activity=clone
        )
    for designation in source.credits.all():
        values = _values(designation, frozenset({"activity"})) | {"uan": ""}
        type(designation).objects.create(**values, activity=clone)
    for moc in source.moc.all():
        type(moc).objects.create(**_values(moc, frozenset({"activity"})), activity=clone)
    for cloner in _cloners:
        cloner(source=source, target=clone, actor=actor)
    audit.record(
        actor=actor,
        action="activities.activity.cloned",
        obj=clone,
        after=state(clone) | {"cloned_from": source.pk},
        note=f"re-release of activity {source.pk}",
    )
    return clone
