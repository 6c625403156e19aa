"""The activity record's fields in their documented order (shared/ACTIVITY-RECORD.md).

Pure data, shared by the importer (which makes records) and the activities app (which checks
and stores them), so both agree on one shape.
"""

from __future__ import annotations

RECORD_KEYS: tuple[str, ...] = (
    "title",
    "provider",
    "joint_providers",
    "url",
    "description",
    "format",
    "delivery",
    "start_date",
    "end_date",
    "expires",
    "location",
    "estimated_minutes",
    "cost",
    "registration",
    "providership",
    "commercial_support",
    "credits",
    "moc",
    "uan",
    "specialties",
    "audience",
    "faculty",
    "objectives",
    "measured_outcomes",
    "topics",
    "statements",
)
