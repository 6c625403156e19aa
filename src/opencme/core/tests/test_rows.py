"""Rows inserted by a written-out statement read back as the ORM would have stored them."""

from __future__ import annotations

import datetime as dt

import pytest

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
