"""The journey's API shapes. The answers are plain pydantic models: their views hand them
dicts, so they need none of ``ninja.Schema``'s reading of ORM objects, which costs an
enrollment's answer (every step with its questions) a wrapper around each nested object."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field

from opencme.core.schemas import InputSchema, Line


class QuestionOut(BaseModel):
    id: int
    type: str
    text: str
    choices: list[str]


class StepOut(BaseModel):
    id: int
    kind: str
    title: str
    instructions: str
    state: str
    locked_reason: str | None
    content_url: str | None
    content_seconds: int | None = None
    min_watched_percent: int | None = None
    min_minutes: int | None = None
    questions: list[QuestionOut]
    score: int | None
    attempts: int


class ClaimOptionOut(BaseModel):
    credit_type: str
    name: str
    maximum: float | None
    increment: float
    unit: str


class ClaimOut(BaseModel):
    id: int
    credit_type: str
    amount: float
    unit: str
    claimed_at: str
    version: int


class EnrollmentOut(BaseModel):
    id: int
    activity_id: int
    activity_title: str
    status: str
    enrolled_at: str
    completed_at: str | None
    steps: list[StepOut]
    may_claim: bool
    claim_locked_reason: str | None
    claim_options: list[ClaimOptionOut]
    claims: list[ClaimOut]


class StepIn(InputSchema):
    answers: dict[Annotated[Line, Field(max_length=19)], Any] = Field(
        default_factory=dict,
        max_length=200,
        description="Answers by question id: text, a choice, a list of choices or 1 to 5",
    )
    minutes: int | None = Field(None, ge=1, le=24 * 60, description="attested minutes")
    seconds_spent: int | None = Field(None, ge=0, le=2**31 - 1)


class ContentProgressIn(InputSchema):
    """A player's report: the spans of the video played, ``[[start, end], ...]`` in seconds."""

    watched: Any = None


class ContentProgressOut(BaseModel):
    watched: list[list[float]]
    watched_percent: int
    seconds_spent: int
    minutes_spent: int
    rule_met: bool
    message: str
