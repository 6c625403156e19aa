"""Rows inserted by a written-out statement read back as the ORM would have stored them."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from opencme.accounts.models import LearnerProfile
from opencme.core import rows
from opencme.core.models import AuditEvent
from tests.journey_data import learner

pytestmark = pytest.mark.django_db

COLUMNS = ("at", "actor", "action", "object_type", "object_id", "before", "after", "note")


def test_insert_writes_every_row_with_json_dates_and_keys_as_the_orm_does():
    user = learner()
    at = dt.datetime(2026, 11, 22, 17, 30, 5, 123456, tzinfo=dt.UTC)
    after = {"answers": [1, "two", {"three": None}], "name": "Zoë O’Brien", "ok": True}
    rows.insert(
        AuditEvent,
        COLUMNS,
        [
            (at, user.pk, "x.first", "accounts.user", str(user.pk), None, after, ""),
            (at, None, "x.second", "accounts.user", "7", {"a": 1}, None, "a note"),
        ],
    )
    first, second = AuditEvent.objects.filter(action__startswith="x.").order_by("action")
    assert (first.at, first.actor_id, first.before, first.after) == (at, user.pk, None, after)
    assert (second.actor_id, second.object_id, second.before, second.after, second.note) == (
        None,
        "7",
        {"a": 1},
        None,
        "a note",
    )


def test_insert_of_no_rows_writes_nothing():
    rows.insert(AuditEvent, COLUMNS, [])
    assert not AuditEvent.objects.filter(action__startswith="x.").exists()


def test_add_inserts_a_new_instance_stamps_its_auto_fields_and_gives_it_its_key():
    user = learner()
    profile = LearnerProfile.objects.get(user=user)
    profile.delete()
    made = LearnerProfile(user=user, legal_name="Zoë O’Brien", profession="physician")
    made.birth_month, made.birth_day = 2, 29
    rows.add(made)
    assert made.pk is not None
    assert not made._state.adding
    stored = LearnerProfile.objects.get(pk=made.pk)
    assert (stored.user_id, stored.legal_name, stored.profession) == (
        user.pk,
        "Zoë O’Brien",
        "physician",
    )
    assert (stored.birth_month, stored.birth_day, stored.consent_pars) == (2, 29, False)
    assert stored.updated_at == made.updated_at  # stamped as save() stamps auto_now
    made.legal_name = "Zoë O'Brien"
    made.save()  # the instance is a saved one now: an update, not a second row
    assert LearnerProfile.objects.filter(user=user).count() == 1


def test_add_keeps_decimals_json_and_keys_as_the_orm_does():
    user = learner()
    first = AuditEvent(action="x.add", object_type="t", object_id="1", after={"a": [1, 2]})
    first.at, first.actor_id = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC), user.pk
    second = AuditEvent(action="x.add", object_type="t", object_id="2", at=first.at)
    rows.add(first)
    rows.add(second)
    assert second.pk > first.pk
    stored = AuditEvent.objects.get(pk=first.pk)
    assert (stored.at, stored.actor_id, stored.after, stored.before) == (
        first.at,
        user.pk,
        {"a": [1, 2]},
        None,
    )


def test_select_and_exists_find_rows_by_equal_fields_and_keys():
    user, other = learner(), learner()
    at = dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)
    rows.insert(
        AuditEvent,
        COLUMNS,
        [
            (at, user.pk, "x.sel", "t", "1", None, {"n": 1}, ""),
            (at, other.pk, "x.sel", "t", "2", None, None, ""),
        ],
    )
    found = rows.select(AuditEvent, actor=user.pk, action="x.sel")
    assert [(e.object_id, e.after, e.at) for e in found] == [("1", {"n": 1}, at)]
    assert rows.select(AuditEvent, actor=user.pk, action="x.none") == []
    assert rows.exists(AuditEvent, actor=other.pk, object_id="2")
    assert not rows.exists(AuditEvent, actor=other.pk, object_id="1")


def test_add_all_leaves_out_rows_that_break_a_uniqueness_when_asked():
    has_one, has_none = learner(), learner()
    LearnerProfile.objects.filter(user=has_none).delete()
    rows.add_all(
        [
            LearnerProfile(user=has_one, legal_name="Second Profile"),
            LearnerProfile(user=has_none, legal_name="First Profile"),
        ],
        ignore_conflicts=True,
    )
    assert LearnerProfile.objects.get(user=has_one).legal_name != "Second Profile"
    made = LearnerProfile.objects.get(user=has_none)
    assert (made.legal_name, made.updated_at is not None) == ("First Profile", True)
    with pytest.raises(IntegrityError), transaction.atomic():
        rows.add_all([LearnerProfile(user=has_one)])


def test_update_writes_only_the_fields_named():
    user = learner()
    profile = LearnerProfile.objects.get(user=user)
    profile.legal_name, profile.npi = "Renamed Learner", "1234567893"
    rows.update(profile, ("legal_name",))
    stored = LearnerProfile.objects.get(pk=profile.pk)
    assert (stored.legal_name, stored.npi) == ("Renamed Learner", "")
