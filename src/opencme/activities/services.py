"""Every write to activities: one atomic function each, with the acting user and an audit event."""

from __future__ import annotations

import hashlib
from types import SimpleNamespace
from typing import Any

from django.db import transaction
from django.utils.text import slugify

from opencme.accreditation.rules import check_activity
from opencme.accreditation.selectors import integrity_standards_get, rulebook_get
from opencme.activities import indexing
from opencme.activities.bulk import insert_objects, insert_rows, reserve_ids
from opencme.activities.disclosures import disclosure_problems, standard_wording
from opencme.activities.models import (
    Activity,
    CreditDesignation,
    Faculty,
    MocDesignation,
    Specialty,
)
from opencme.activities.people import (
    disclosure_snapshot,
    parse_people,
    parse_supporters,
    replace_people,
    replace_supporters,
    sync_faculty_names,
)
from opencme.activities.records import ParsedRecord, activity_record, parse_record
from opencme.activities.selectors import activity_get_for_page
from opencme.core import audit, clock
from opencme.core.errors import Problem, ValidationFailed
from opencme.providers.models import Provider
from opencme.providers.services import get_or_create_provider

STATEMENT_FIELDS = {
    "accreditation": "accreditation_statement",
    "commercial_support": "commercial_support_statement",
    "funding": "funding_statement",
    "disclaimer": "disclaimer_statement",
}


def source_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _snapshot(activity: Activity) -> dict[str, Any]:
    loaded = activity_get_for_page(activity.pk)
    record = activity_record(loaded)
    record["status"] = activity.status
    record["kind"] = activity.kind
    record.update(disclosure_snapshot(loaded))
    return record


def activity_problems(activity: Activity) -> list[Problem]:
    """What stops ``activity`` from being published, by the rules in force: the record's rules,
    then (hosted only) what learners must be told before they start."""
    loaded = activity_get_for_page(activity.pk)
    facts = parse_record(activity_record(loaded))
    fields = facts.fields
    fields["planned_by_team"] = activity.planned_by_team
    fields["commercial_support_statement"] = activity.commercial_support_statement
    fields["commercial_supporters"] = [s.name for s in loaded.commercial_supporters.all()]
    book = rulebook_get()
    # A stored UAN is on the designation; parse_record takes it from the record's uan list.
    return (
        facts.problems
        + check_activity(book, facts.facts())
        + disclosure_problems(book, integrity_standards_get(), loaded)
    )


@transaction.atomic
def save_activity_from_record(
    *,
    record: dict[str, Any],
    actor: Any,
    kind: str,
    provider: Provider | None = None,
    activity: Activity | None = None,
    statements: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
    source_text: str = "",
    source_origin: str = "",
    source_key: str = "",
    publish: bool = False,
    people: list[dict[str, Any]] | None = None,
    supporters: list[dict[str, Any]] | None = None,
) -> tuple[Activity, str]:
    """Create or update an activity from an activity record.

    Returns the activity and what happened: ``created``, ``updated`` or ``unchanged``. A listed
    activity is published as its source states it, keeping rule problems as warnings; a hosted
    one is published only when ``publish`` is set and every rule check passes, including what
    learners must be told before they start. ``people`` (planners and faculty with their
    disclosures, see ``people.parse_people``) replace the record's faculty names when given;
    ``supporters`` are the commercial supporters.
    """
    parsed = parse_record(record)
    people_rows, people_problems = parse_people(people)
    supporter_rows, supporter_problems = parse_supporters(supporters)
    if parsed.problems or people_problems or supporter_problems:
        raise ValidationFailed(parsed.problems + people_problems + supporter_problems)
    if provider is None:
        provider, _ = get_or_create_provider(name=parsed.provider, actor=actor)
    fields = dict(parsed.fields)
    for key, field_name in STATEMENT_FIELDS.items():
        fields[field_name] = (statements or {}).get(key, "")
    fields.update(extra or {})
    if source_text:
        fields.update(
            source_text=source_text,
            source_hash=source_hash(source_text),
            source_origin=source_origin,
        )
    if source_key:
        fields["source_key"] = source_key
    if activity is None and source_key:
        activity = Activity.objects.filter(provider=provider, source_key=source_key).first()

    if activity is None:
        activity = Activity.objects.create(provider=provider, kind=kind, **fields)
        _replace_related(activity, parsed, people_rows, supporter_rows)
        outcome, before = "created", None
    else:
        before = _snapshot(activity)
        # Writes happen first and are compared after; an unchanged record rolls back to here.
        unchanged_mark = transaction.savepoint_create()
        for name, value in fields.items():
            setattr(activity, name, value)
        activity.provider = provider
        activity.kind = kind
        activity.save()
        _replace_related(activity, parsed, people_rows, supporter_rows)
        outcome = "updated"

    warnings = [
        {"field": p.field, "message": p.message}
        for p in check_activity(
            rulebook_get(),
            _facts(parsed, activity, [s.name for s in activity.commercial_supporters.all()]),
        )
    ]
    if kind == Activity.Kind.LISTED:
        activity.warnings = warnings
        _mark_published(activity)
    elif publish:
        refused = [Problem(w["field"], w["message"]) for w in warnings]
        refused += disclosure_problems(
            rulebook_get(), integrity_standards_get(), activity_get_for_page(activity.pk)
        )
        if refused:
            raise ValidationFailed(refused)
        _mark_published(activity)
    activity.save()
    after = _snapshot(activity)
    if before is not None:
        if before == after:
            transaction.savepoint_rollback(unchanged_mark)
            return Activity.objects.get(pk=activity.pk), "unchanged"
        transaction.savepoint_commit(unchanged_mark)
        changed_before, changed_after = audit.changed(before, after)
        audit.record(
            actor=actor,
            action="activities.activity.updated",
            obj=activity,
            before=changed_before,
            after=changed_after,
        )
    else:
        audit.record(actor=actor, action="activities.activity.created", obj=activity, after=after)
    indexing.reindex_activity(activity)
    return activity, outcome


def _facts(parsed: ParsedRecord, activity: Activity, supporters: list[str] | None = None):
    parsed.fields["planned_by_team"] = activity.planned_by_team
    parsed.fields["commercial_support_statement"] = activity.commercial_support_statement
    parsed.fields["commercial_supporters"] = supporters or []
    return parsed.facts()


def _mark_published(activity: Activity) -> None:
    if activity.status != Activity.Status.PUBLISHED:
        activity.status = Activity.Status.PUBLISHED
        activity.published_at = clock.now()


def _replace_related(
    activity: Activity,
    parsed: ParsedRecord,
    people: list[dict[str, Any]] | None = None,
    supporters: list[dict[str, Any]] | None = None,
) -> None:
    activity.credits.all().delete()
    credits = [CreditDesignation(activity=activity, **credit) for credit in parsed.credits]
    if not activity.is_listed:
        # A record carries no designation statements: a hosted activity made from one states
        # the rule book's standard wording (the editor asks for it instead).
        book = rulebook_get()
        for credit in credits:
            credit.statement = standard_wording(book, activity, credit)
    CreditDesignation.objects.bulk_create(credits)
    activity.moc.all().delete()
    MocDesignation.objects.bulk_create(MocDesignation(activity=activity, **m) for m in parsed.moc)
    if people is None:
        sync_faculty_names(activity, parsed.faculty)
    else:
        replace_people(activity, people)
    if supporters is not None:
        replace_supporters(activity, supporters)
    activity.specialties.set(specialties_get_or_create(parsed.specialties))


def specialties_get_or_create(names: list[str]) -> list[Specialty]:
    out = []
    for name in names:
        slug = slugify(name)[:200] or "specialty"
        specialty = Specialty.objects.filter(slug=slug).first()
        if specialty is None:
            specialty = Specialty.objects.create(name=name, slug=slug)
        out.append(specialty)
    return out


@transaction.atomic
def publish_activity(*, activity: Activity, actor: Any) -> Activity:
    """Publish a hosted activity, or refuse with one problem per field that breaks a rule."""
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    if activity.status == Activity.Status.PUBLISHED:
        return activity
    problems = activity_problems(activity)
    if problems:
        raise ValidationFailed(problems)
    before = {"status": activity.status}
    _mark_published(activity)
    activity.save(update_fields=["status", "published_at", "updated_at"])
    audit.record(
        actor=actor,
        action="activities.activity.published",
        obj=activity,
        before=before,
        after={"status": activity.status},
    )
    indexing.reindex_activity(activity)
    return activity


@transaction.atomic
def withdraw_activity(*, activity: Activity, actor: Any, reason: str = "") -> Activity:
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    before = {"status": activity.status}
    activity.status = Activity.Status.WITHDRAWN
    activity.save(update_fields=["status", "updated_at"])
    audit.record(
        actor=actor,
        action="activities.activity.withdrawn",
        obj=activity,
        before=before,
        after={"status": activity.status},
        note=reason,
    )
    indexing.reindex_activity(activity)
    return activity


@transaction.atomic
def delete_activity(*, activity: Activity, actor: Any) -> None:
    """Delete a draft activity, leaving an audit event; a published one is withdrawn instead."""
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    if activity.status != Activity.Status.DRAFT:
        raise ValidationFailed(
            Problem("status", "only a draft can be deleted; withdraw a published activity")
        )
    activity_id = activity.pk
    audit.record(
        actor=actor, action="activities.activity.deleted", obj=activity, before=_snapshot(activity)
    )
    activity.delete()
    indexing.reindex([activity_id])


def record_admin_change(*, activity: Activity, actor: Any, before: dict[str, Any] | None) -> None:
    """Audit and reindex an edit made through the admin (called inside the admin's transaction)."""
    after = _snapshot(activity)
    if before is None:
        audit.record(actor=actor, action="activities.activity.created", obj=activity, after=after)
    else:
        changed_before, changed_after = audit.changed(before, after)
        if changed_after:
            audit.record(
                actor=actor,
                action="activities.activity.updated",
                obj=activity,
                before=changed_before,
                after=changed_after,
            )
    indexing.reindex_activity(activity)


def snapshot(activity: Activity) -> dict[str, Any]:
    return _snapshot(activity)


@transaction.atomic
def bulk_create_activities(
    *,
    records: list[dict[str, Any]],
    actor: Any,
    kind: str,
    extra: dict[str, Any] | None = None,
    fields_each: list[dict[str, Any]] | None = None,
) -> list[int]:
    """Create many activities at once (imports, synthetic catalogs): all of them or none.

    Each record is checked as ``save_activity_from_record`` checks it; an invalid one refuses
    the whole batch, naming the record. Listed activities are published with their warnings.
    ``extra`` holds model fields for every activity, ``fields_each`` one dict per record.
    """
    book = rulebook_get()
    batch: list[tuple[ParsedRecord, dict[str, Any]]] = []
    problems: list[Problem] = []
    for i, record in enumerate(records):
        parsed = parse_record(record)
        problems += [Problem(f"records[{i}].{p.field}", p.message) for p in parsed.problems]
        batch.append((parsed, record))
    if problems:
        raise ValidationFailed(problems)

    names = {parsed.provider for parsed, _ in batch}
    providers = {p.name: p for p in Provider.objects.filter(name__in=names)}
    for name in sorted(names - set(providers)):
        providers[name], _ = get_or_create_provider(name=name, actor=actor)
    specialty_names = {s for parsed, _ in batch for s in parsed.specialties}
    specialties = {s.name: s for s in Specialty.objects.filter(name__in=specialty_names)}
    for specialty in specialties_get_or_create(sorted(specialty_names - set(specialties))):
        specialties[specialty.name] = specialty

    now = clock.now()
    activities = []
    ids = reserve_ids(Activity, len(batch))
    for i, (parsed, _) in enumerate(batch):
        fields = dict(parsed.fields, **(extra or {}), **(fields_each[i] if fields_each else {}))
        activity = Activity(id=ids[i], provider=providers[parsed.provider], kind=kind, **fields)
        activity.warnings = [
            {"field": p.field, "message": p.message}
            for p in check_activity(book, _facts(parsed, activity))
        ]
        if kind == Activity.Kind.LISTED:
            activity.status, activity.published_at = Activity.Status.PUBLISHED, now
        activities.append(activity)
    insert_objects(activities, with_pk=True)

    # Related rows are written as plain rows and handed to the indexer as prefetched relations
    # (read-only stand-ins with the fields the activity record reads), so the catalog entries
    # are made from memory instead of being read back.
    credits, mocs, faculty, links, events = [], [], [], [], []
    actor_id = actor.pk if getattr(actor, "pk", None) else None
    for a, (p, _) in zip(activities, batch, strict=True):
        own_specialties = [specialties[s] for s in dict.fromkeys(p.specialties)]
        credits += [dict(c, activity_id=a.pk) for c in p.credits]
        mocs += [dict(m, activity_id=a.pk) for m in p.moc]
        faculty += [
            {"activity_id": a.pk, "name": n, "position": i} for i, n in enumerate(p.faculty)
        ]
        links += [{"activity_id": a.pk, "specialty_id": s.pk} for s in own_specialties]
        events.append(
            {
                "at": now,
                "actor_id": actor_id,
                "action": "activities.activity.created",
                "object_type": Activity._meta.label_lower,
                "object_id": str(a.pk),
                "after": {"title": a.title, "kind": kind, "status": a.status},
                "note": "bulk",
            }
        )
        a._prefetched_objects_cache = {  # type: ignore[attr-defined]
            "credits": [SimpleNamespace(**c) for c in p.credits],
            "moc": [SimpleNamespace(**m) for m in p.moc],
            "faculty": [SimpleNamespace(name=n, capacity="faculty") for n in p.faculty],
            "specialties": sorted(own_specialties, key=lambda s: s.name),
        }
    from opencme.core.models import AuditEvent

    for model, rows in (
        (CreditDesignation, credits),
        (MocDesignation, mocs),
        (Faculty, faculty),
        (Activity.specialties.through, links),
        (AuditEvent, events),
    ):
        insert_rows(model, rows)
    indexing.reindex(activities)
    return ids
