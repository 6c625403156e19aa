"""Writing audit events. Call inside the service's transaction so both commit or neither."""

from __future__ import annotations

from typing import Any

from django.db import models

from opencme.core import clock, rows
from opencme.core.models import AuditEvent

# Every write of a learner's journey records an event (about nine a journey), on SQLite inside
# the write lock: written out (core.rows), 0.03 ms instead of the 0.14 of objects.create.
_COLUMNS = ("at", "actor", "action", "object_type", "object_id", "before", "after", "note")


def record(
    *,
    actor: Any,
    action: str,
    obj: models.Model,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str = "",
) -> None:
    """Write one audit event; ``action`` is a dotted code (``activities.activity.published``)."""
    values = (
        clock.now(),
        actor.pk if getattr(actor, "pk", None) else None,
        action,
        obj._meta.label_lower,
        str(obj.pk),
        before,
        after,
        note,
    )
    rows.insert(AuditEvent, _COLUMNS, [values])


def changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Keep only the keys whose values differ, so events show what changed."""
    keys = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}
