"""Activity topics are codes of the topic vocabulary; an activity may declare what it meets.

A record or an edit naming a topic outside the vocabulary is refused on the field ``topics``
(nothing written); labels are stored as their codes; the 0004 data migration maps stored values
that name a topic and keeps the rest in an audit event.
"""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps as django_apps
from django.core.exceptions import ValidationError as DjangoValidationError

from opencme.activities import authoring, services
from opencme.activities.models import Activity
from opencme.activities.records import activity_record, parse_record
from opencme.core.errors import ValidationFailed
from opencme.core.models import AuditEvent
from tests import factories

pytestmark = pytest.mark.django_db


def test_a_record_with_topic_labels_stores_codes_in_vocabulary_order() -> None:
    parsed = parse_record(factories.record(topics=["Ethics", "prevention of medical errors"]))
    assert parsed.problems == []
    assert parsed.fields["topics"] == ["medical_errors", "ethics"]


def test_a_record_naming_an_unknown_topic_is_refused_on_topics() -> None:
    provider = factories.provider()
    with pytest.raises(ValidationFailed) as caught:
        services.save_activity_from_record(
            record=factories.record(topics=["medical_errors", "DEA MATE Act eligible"]),
            actor=None,
            kind=Activity.Kind.HOSTED,
            provider=provider,
        )
    assert [p.field for p in caught.value.problems] == ["topics"]
    assert "DEA MATE Act eligible" in caught.value.problems[0].message
    assert not Activity.objects.filter(provider=provider).exists()


def test_editing_topics_and_meets_stores_codes_and_is_audited() -> None:
    provider = factories.provider()
    editor = factories.staff(of=provider)
    activity = factories.activity(of=provider)
    authoring.update_activity_details(
        activity=activity,
        changes={"topics": ["Human trafficking", "child_abuse"], "meets": ["tx-hhsc"]},
        actor=editor,
    )
    activity.refresh_from_db()
    assert activity.topics == ["human_trafficking", "child_abuse"]
    assert activity.meets == ["tx-hhsc"]
    assert activity_record(activity)["topics"] == ["human_trafficking", "child_abuse"]
    event = AuditEvent.objects.filter(action="activities.activity.updated").latest("id")
    before, after = event.before or {}, event.after or {}
    assert before["meets"] == []
    assert before["topics"] == ["substance_use_disorders"]
    assert after["meets"] == ["tx-hhsc"]
    assert after["topics"] == ["human_trafficking", "child_abuse"]


def test_editing_an_unknown_topic_or_requirement_names_the_field_and_writes_nothing() -> None:
    provider = factories.provider()
    activity = factories.activity(of=provider, extra={"topics": ["ethics"]})
    with pytest.raises(ValidationFailed) as caught:
        authoring.update_activity_details(
            activity=activity,
            changes={"topics": ["ethics", "wellness"], "meets": ["everything"]},
            actor=factories.staff(of=provider),
        )
    assert sorted(p.field for p in caught.value.problems) == ["meets", "topics"]
    activity.refresh_from_db()
    assert activity.topics == ["ethics"]
    assert activity.meets == []


def test_the_data_migration_maps_named_topics_and_audits_the_rest() -> None:
    provider = factories.provider()
    mixed = factories.activity(of=provider)
    clean = factories.activity(of=provider)
    Activity.objects.filter(pk=mixed.pk).update(
        topics=["DEA MATE Act eligible", "Human Trafficking", "ethics"]
    )
    Activity.objects.filter(pk=clean.pk).update(topics=["ethics"])
    migration = importlib.import_module("opencme.activities.migrations.0004_activity_topic_codes")
    migration.map_topics(django_apps, None)
    mixed.refresh_from_db()
    clean.refresh_from_db()
    assert mixed.topics == ["human_trafficking", "ethics"]
    assert clean.topics == ["ethics"]
    event = AuditEvent.objects.get(action="activities.activity.topics_mapped")
    assert event.object_id == str(mixed.pk)
    assert event.before == {"topics": ["DEA MATE Act eligible", "Human Trafficking", "ethics"]}
    assert "DEA MATE Act eligible" in event.note


def test_the_models_validators_refuse_codes_outside_the_vocabulary() -> None:
    # what the admin's forms run before they save
    activity = factories.activity(of=factories.provider())
    activity.topics = ["ethics", "wellness"]
    activity.meets = ["everything"]
    with pytest.raises(DjangoValidationError) as caught:
        activity.full_clean()
    assert set(caught.value.message_dict) == {"topics", "meets"}
    assert "wellness" in caught.value.message_dict["topics"][0]
