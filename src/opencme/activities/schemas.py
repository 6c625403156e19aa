"""The activity record as an API schema (shared/ACTIVITY-RECORD.md)."""

from __future__ import annotations

from ninja import Field, Schema


class CostTierOut(Schema):
    label: str
    amount: float | None
    currency: str | None


class CostOut(Schema):
    free: bool | None
    amount: float | None
    currency: str | None
    tiers: list[CostTierOut]
    note: str | None = None


class CreditOut(Schema):
    type: str
    amount: float | None
    unit: str
    label: str | None = None


class MocOut(Schema):
    board: str
    points: float | None
    credit_types: list[str]


class StatementsOut(Schema):
    accreditation: bool
    commercial_support: bool
    funding: bool
    disclaimer: bool


class ActivityRecordOut(Schema):
    id: int
    title: str | None
    provider: str
    joint_providers: list[str]
    url: str | None
    description: str | None
    format: str | None
    delivery: str | None
    start_date: str | None
    end_date: str | None
    expires: str | None
    location: str | None
    estimated_minutes: int | None
    cost: CostOut
    registration: str | None
    providership: str | None
    commercial_support: bool | None
    credits: list[CreditOut]
    moc: list[MocOut]
    uan: list[str]
    specialties: list[str]
    audience: list[str]
    faculty: list[str]
    objectives: list[str]
    measured_outcomes: list[str]
    topics: list[str] = Field(
        description="Codes of the topic vocabulary (labels: the finder's facet_labels.topic)"
    )
    statements: StatementsOut
