"""Holding an imported activity back from the finder until a person confirms what needs review.

The activities service publishes a listed activity as its source states it. A field read with
low confidence or failing a check (``parsing.checks.review``) must not reach learners on the
parser's word alone, so after the service has saved the activity, and in the same transaction,
:func:`settle_import` holds it as a draft (not in the finder, not on its public page) with the
fields to confirm kept in ``Activity.warnings`` (kind ``review``); a staff member confirms them
on the import page, which saves it again and publishes it. The same call keeps the fields
that could not be read (kind ``unread``, ``parsing.checks.unread``) so public warnings can say
"could not be read" rather than "not stated". Each hold and confirmation is audited.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.db.models import QuerySet

from opencme.activities import indexing
from opencme.activities.bulk import insert_rows
from opencme.activities.disclosures import UNREAD
from opencme.activities.models import Activity
from opencme.core import audit, clock
from opencme.core.models import AuditEvent
from opencme.ingest.parsing.checks import Review

REVIEW = "review"


def rule_warnings(warnings: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The accreditation rule warnings (no kind): what the service itself stores."""
    return [w for w in warnings if not w.get("kind")]


def review_fields(activity: Activity) -> list[str]:
    return [str(w["field"]) for w in activity.warnings if w.get("kind") == REVIEW]


def is_held(activity: Activity) -> bool:
    """A listed activity kept out of the finder until a person confirms its flagged fields."""
    return (
        activity.is_listed
        and activity.status == Activity.Status.DRAFT
        and bool(review_fields(activity))
    )


def _settled(activity: Activity, held: Sequence[Review], unread: Sequence[str]) -> list[str]:
    """Give ``activity`` its settled warnings and status in memory; the fields changed."""
    warnings = rule_warnings(activity.warnings)
    warnings += [{"field": f, "message": "could not be read", "kind": UNREAD} for f in unread]
    warnings += [{"field": r.field, "message": r.reason, "kind": REVIEW} for r in held]
    fields = []
    if warnings != activity.warnings:
        activity.warnings = warnings
        fields.append("warnings")
    if held and activity.status != Activity.Status.DRAFT:
        activity.status, activity.published_at = Activity.Status.DRAFT, None
        fields += ["status", "published_at"]
    return fields


def _events(
    activity: Activity, held: Sequence[Review], confirmed: Sequence[str]
) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    if confirmed:
        out.append(("ingest.listing.confirmed", {"confirmed": list(confirmed)}))
    if held:
        reasons = [{"field": r.field, "reason": r.reason} for r in held]
        out.append(("ingest.listing.held", {"status": activity.status, "needs_review": reasons}))
    return out


def settle_import(
    *,
    activity_id: int,
    actor: Any,
    held: Sequence[Review],
    unread: Sequence[str],
    confirmed: Sequence[str] = (),
) -> Activity:
    """After a listed activity was saved (and so published): keep its unread fields, hold it as
    a draft while ``held`` names fields to confirm, and audit the hold and the confirmation.
    Runs inside the caller's transaction."""
    activity = Activity.objects.select_for_update().get(pk=activity_id)
    fields = _settled(activity, held, unread)
    if not fields and not confirmed:
        return activity
    if fields:
        activity.save(update_fields=[*fields, "updated_at"])
    for action, after in _events(activity, held, confirmed):
        audit.record(actor=actor, action=action, obj=activity, after=after)
    indexing.reindex_activity(activity)
    return activity


def settle_created(
    items: Sequence[tuple[Activity, Sequence[Review], Sequence[str]]], *, actor: Any
) -> None:
    """:func:`settle_import` for activities a bulk import has just created (``(activity, held,
    unread)``, instances already loaded): one update, one audit insert, one reindex."""
    changed: list[Activity] = []
    columns: set[str] = set()
    events: list[dict[str, Any]] = []
    now = clock.now()
    actor_id = actor.pk if getattr(actor, "pk", None) else None
    for activity, held, unread in items:
        fields = _settled(activity, held, unread)
        if not fields:
            continue
        changed.append(activity)
        columns.update(fields)
        events += [
            {
                "at": now,
                "actor_id": actor_id,
                "action": action,
                "object_type": Activity._meta.label_lower,
                "object_id": str(activity.pk),
                "after": after,
                "note": "bulk",
            }
            for action, after in _events(activity, held, ())
        ]
    if not changed:
        return
    Activity.objects.bulk_update(changed, sorted(columns))
    insert_rows(AuditEvent, events)
    if "status" in columns:
        indexing.reindex([a.pk for a in changed])


def held_list_for_providers(provider_ids: Iterable[int]) -> QuerySet[Activity]:
    """Listed drafts of these providers (the held ones among them: :func:`is_held`)."""
    return (
        Activity.objects.filter(
            provider_id__in=list(provider_ids),
            kind=Activity.Kind.LISTED,
            status=Activity.Status.DRAFT,
        )
        .select_related("provider")
        .only("id", "title", "warnings", "kind", "status", "provider__name")
        .order_by("-updated_at", "-id")
    )
