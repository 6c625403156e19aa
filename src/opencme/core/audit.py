"""Writing audit events. Call inside the service's transaction so both commit or neither."""

from __future__ import annotations

from typing import Any

from django.db import models

from opencme.core import clock
from opencme.core.models import AuditEvent


def record(
    *,
    actor: Any,
    action: str,
    obj: models.Model,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str = "",
) -> AuditEvent:
    """Write one audit event; ``action`` is a dotted code (``activities.activity.published``)."""
    return AuditEvent.objects.create(
        at=clock.now(),
        actor=actor if getattr(actor, "pk", None) else None,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        before=before,
        after=after,
        note=note,
    )


def changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Keep only the keys whose values differ, so events show what changed."""
    keys = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}
