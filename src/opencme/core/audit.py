"""Writing audit events. Call inside the service's transaction so both commit or neither."""

from __future__ import annotations

from typing import Any, cast

from django.db import connection, models
from django.db.models import Field

from opencme.core import clock
from opencme.core.models import AuditEvent

# Every write of a learner's journey records an event (about nine a journey), inside the write
# lock on SQLite; Model.objects.create took 0.14 ms of which the statement is 0.03. So the
# statement is written out once, and each value is made ready by its own field, as the ORM does.
_COLUMNS = ("at", "actor", "action", "object_type", "object_id", "before", "after", "note")
_FIELDS = [cast("Field[Any, Any]", AuditEvent._meta.get_field(name)) for name in _COLUMNS]
_INSERT_SQL = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608  (the model's own names)
    AuditEvent._meta.db_table,
    ", ".join(str(field.column) for field in _FIELDS),
    ", ".join(["%s"] * len(_FIELDS)),
)


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
    with connection.cursor() as cursor:
        cursor.execute(
            _INSERT_SQL,
            [
                field.get_db_prep_save(value, connection)
                for field, value in zip(_FIELDS, values, strict=True)
            ],
        )


def changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Keep only the keys whose values differ, so events show what changed."""
    keys = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}
