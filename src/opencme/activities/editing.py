"""What every write of the activity editor's services does around its change: lock the
activity, compare what it was with what it is (as the section's snapshot shows it), keep one
audit event of the difference and reindex the activity when something changed. Called inside
the services' transactions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from opencme.activities import indexing
from opencme.activities.models import Activity
from opencme.core import audit


def audited[T](
    activity: Activity,
    actor: Any,
    action: str,
    write: Callable[[], T],
    snapshot: Callable[[Activity], dict[str, Any]],
) -> T:
    """Run ``write`` with the activity locked; audit what changed and reindex."""
    Activity.objects.select_for_update().filter(pk=activity.pk).first()
    before = snapshot(activity)
    result = write()
    changed_before, changed_after = audit.changed(before, snapshot(activity))
    if changed_before or changed_after:
        audit.record(
            actor=actor, action=action, obj=activity, before=changed_before, after=changed_after
        )
        indexing.reindex_activity(activity)
    return result


def assign[T](row: T, fields: dict[str, Any]) -> T:
    """Set ``fields`` on ``row`` and save it."""
    for key, value in fields.items():
        setattr(row, key, value)
    row.save()  # type: ignore[attr-defined]
    return row
