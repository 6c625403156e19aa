"""Activity services: idempotent saves from records, and an audit event for every change."""

from __future__ import annotations

import pytest

from opencme.activities import services
from opencme.activities.models import Activity, CreditDesignation
from opencme.catalog.models import CatalogEntry
from opencme.core.errors import ValidationFailed
from opencme.core.models import AuditEvent
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def provider():
    return factories.provider(name="Provider A")


@pytest.fixture
def editor(provider):
    return factories.staff(of=provider, email="editor@a.example.org")


def save(record, provider, actor=None, **kwargs):
    return services.save_activity_from_record(
        record=record, actor=actor, kind=Activity.Kind.HOSTED, provider=provider, **kwargs
    )


def events(activity: Activity) -> list[str]:
    return list(
        AuditEvent.objects.filter(object_type="activities.activity", object_id=str(activity.pk))
        .order_by("id")
        .values_list("action", flat=True)
    )


def test_save_activity_from_record_same_record_twice_is_unchanged(provider):
    first, outcome = save(factories.record(), provider, source_key="listing-1")
    assert outcome == "created"

    again, outcome = save(factories.record(), provider, source_key="listing-1")

    assert outcome == "unchanged"
    assert again.pk == first.pk
    assert Activity.objects.count() == 1
    assert events(first) == ["activities.activity.created"]


def test_save_activity_from_record_unchanged_with_activity_given(provider):
    first, _ = save(factories.record(), provider)
    again, outcome = save(factories.record(), provider, activity=first)
    assert (again.pk, outcome) == (first.pk, "unchanged")
    assert CreditDesignation.objects.filter(activity=first).count() == 2


def test_save_activity_from_record_changed_record_updates_same_id(provider, editor):
    first, _ = save(factories.record(), provider, source_key="listing-1")

    changed = factories.record(
        title="Opioids for Low Back Pain: 2026 update",
        credits=[{"type": "AMA_PRA_1", "amount": 2, "unit": "credit"}],
    )
    updated, outcome = save(changed, provider, actor=editor, source_key="listing-1")

    assert outcome == "updated"
    assert updated.pk == first.pk
    assert Activity.objects.count() == 1
    assert updated.title == "Opioids for Low Back Pain: 2026 update"
    assert list(updated.credits.values_list("credit_type", "amount")) == [("AMA_PRA_1", 2)]
    event = AuditEvent.objects.get(action="activities.activity.updated")
    assert event.actor == editor
    assert event.object_id == str(first.pk)
    before, after = event.before or {}, event.after or {}
    assert before["title"] == "An Overview on the Use of Opioids for Low Back Pain"
    assert after["title"] == "Opioids for Low Back Pain: 2026 update"
    assert "description" not in after  # only what changed


def test_save_activity_from_record_bad_record_names_fields_writes_nothing(provider):
    bad = factories.record(
        provider="",
        format="podcast",
        start_date="2026-13-01",
        cost={"free": "yes"},
        credits=[{"type": "ama", "amount": "lots", "unit": "credit"}],
        moc=[{"points": 1}],
    )
    with pytest.raises(ValidationFailed) as caught:
        save(bad, provider)

    assert {p.field for p in caught.value.problems} >= {
        "provider",
        "format",
        "start_date",
        "cost.free",
        "credits[0].type",
        "credits[0].amount",
        "moc[0].board",
    }
    assert not Activity.objects.exists()
    assert not CreditDesignation.objects.exists()
    assert not AuditEvent.objects.filter(object_type="activities.activity").exists()


def test_save_activity_from_record_bad_update_leaves_the_old_version(provider):
    first, _ = save(factories.record(), provider)
    with pytest.raises(ValidationFailed):
        save(factories.record(title="New", expires="someday"), provider, activity=first)
    first.refresh_from_db()
    assert first.title == factories.GOOD_RECORD["title"]
    assert events(first) == ["activities.activity.created"]


def test_save_activity_from_record_unknown_field_is_named(provider):
    with pytest.raises(ValidationFailed) as caught:
        save(factories.record(credit_hours=3), provider)
    assert [p.field for p in caught.value.problems] == ["credit_hours"]


def test_audit_events_for_create_update_publish_withdraw(provider, editor):
    activity, _ = save(
        factories.record(),
        provider,
        actor=editor,
        statements={"accreditation": factories.ACCREDITATION},
        people=factories.PEOPLE,
    )
    # A record names faculty only: what the people disclosed stays across the update.
    save(
        factories.record(title="Renamed"),
        provider,
        actor=editor,
        activity=activity,
        statements={"accreditation": factories.ACCREDITATION},
    )
    services.publish_activity(activity=activity, actor=editor)
    services.withdraw_activity(activity=activity, actor=editor, reason="superseded")

    assert events(activity) == [
        "activities.activity.created",
        "activities.activity.updated",
        "activities.activity.published",
        "activities.activity.withdrawn",
    ]
    rows = AuditEvent.objects.filter(
        object_type="activities.activity", object_id=str(activity.pk)
    ).order_by("id")
    assert all(e.actor == editor for e in rows)
    created, updated, published, withdrawn = rows
    assert (created.after or {})["title"] == factories.GOOD_RECORD["title"]
    assert (updated.before, updated.after) == (
        {"title": factories.GOOD_RECORD["title"]},
        {"title": "Renamed"},
    )
    assert (published.before, published.after) == ({"status": "draft"}, {"status": "published"})
    assert (withdrawn.before, withdrawn.after) == (
        {"status": "published"},
        {"status": "withdrawn"},
    )
    assert withdrawn.note == "superseded"


def test_withdraw_activity_removes_it_from_the_catalog(provider):
    activity = factories.activity(of=provider, publish=True)
    assert CatalogEntry.objects.filter(activity=activity).exists()
    services.withdraw_activity(activity=activity, actor=None)
    assert not CatalogEntry.objects.filter(activity=activity).exists()


def test_record_admin_change_audits_only_real_changes(provider, editor):
    activity = factories.activity(of=provider)
    before = services.snapshot(activity)

    services.record_admin_change(activity=activity, actor=editor, before=before)
    assert events(activity) == ["activities.activity.created"]

    activity.location = "Boston"
    activity.save()
    services.record_admin_change(activity=activity, actor=editor, before=before)
    event = AuditEvent.objects.get(action="activities.activity.updated")
    assert (event.before, event.after) == ({"location": None}, {"location": "Boston"})
