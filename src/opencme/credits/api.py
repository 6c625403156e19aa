"""Learner journey endpoints: enroll, see and complete steps, claim credit, the transcript."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from django.http import HttpRequest, HttpResponse
from ninja import Field, Query, Router, Schema
from pydantic import BaseModel

from opencme.accounts.api_auth import LEARNER_AUTH
from opencme.activities.models import Activity
from opencme.core.errors import NotFound
from opencme.core.schemas import Day, IdPath, InputSchema, Line, ProblemsOut
from opencme.core.text import max_length
from opencme.credits import services
from opencme.credits.exports import transcript_view_csv
from opencme.credits.journey import claim_out, enrollment_view
from opencme.credits.models import Claim
from opencme.credits.selectors import transcript_for
from opencme.credits.transcript import transcript_view
from opencme.learning import services as learning_services
from opencme.learning.reads import journey_activity
from opencme.learning.schemas import (
    ClaimOut,
    ContentProgressIn,
    ContentProgressOut,
    EnrollmentOut,
    StepIn,
)
from opencme.learning.selectors import enrollment_get_for_learner
from opencme.learning.viewing import record_content_progress

router = Router(tags=["learning"], auth=LEARNER_AUTH)
ERRORS = {401: ProblemsOut, 404: ProblemsOut, 422: ProblemsOut}


class ClaimIn(InputSchema):
    credit_type: Line = Field(max_length=max_length(Claim, "credit_type"))
    amount: float | Annotated[Line, Field(max_length=20)]


@router.post(
    "/activities/{activity_id}/enroll",
    response={200: EnrollmentOut, **ERRORS},
    summary="Enroll in a hosted activity (again: the existing enrollment)",
)
def enroll(request: HttpRequest, activity_id: IdPath):
    activity = journey_activity(activity_id)
    if activity is None or activity.status != Activity.Status.PUBLISHED:
        raise NotFound("no published activity has this id", field="activity_id")
    enrollment, created, steps = learning_services.enroll_with_steps(
        activity=activity, learner=request.user
    )
    if created and steps is not None:  # nothing done yet: no progress or claims to read
        return enrollment_view(enrollment, request.user, steps, progress={}, claims=[])
    return enrollment_view(enrollment, request.user)


@router.get(
    "/enrollments/{enrollment_id}", response={200: EnrollmentOut, **ERRORS}, summary="My enrollment"
)
def enrollment_detail(request: HttpRequest, enrollment_id: IdPath):
    enrollment = enrollment_get_for_learner(enrollment_id=enrollment_id, user=request.user)
    return enrollment_view(enrollment, request.user)


@router.post(
    "/enrollments/{enrollment_id}/steps/{step_id}",
    response={200: EnrollmentOut, **ERRORS},
    summary="Complete a step: answers, {} for content, minutes for attestation",
)
def step_complete(request: HttpRequest, enrollment_id: IdPath, step_id: IdPath, data: StepIn):
    # record_step locks the enrollment and refuses anyone else's as not found.
    done = learning_services.record_step(
        enrollment=enrollment_id,
        step_id=step_id,
        actor=request.user,
        answers=data.answers,
        minutes=data.minutes,
        seconds_spent=data.seconds_spent,
    )
    return enrollment_view(done.enrollment, request.user, done.steps, done.rows)


@router.post(
    "/enrollments/{enrollment_id}/steps/{step_id}/progress",
    response={200: ContentProgressOut, **ERRORS},
    summary="Report a content step's viewing: the spans of its video played, in seconds",
)
def step_progress(
    request: HttpRequest, enrollment_id: IdPath, step_id: IdPath, data: ContentProgressIn
):
    # the first report opens the step; spans beyond the time since then are cut off
    return record_content_progress(
        enrollment=enrollment_id, step_id=step_id, actor=request.user, watched=data.watched
    ).as_dict()


@router.post(
    "/enrollments/{enrollment_id}/claims",
    response={201: ClaimOut, **ERRORS},
    summary="Claim credit of one type",
)
def claim_create(request: HttpRequest, enrollment_id: IdPath, data: ClaimIn):
    # claim_credit locks the enrollment and refuses anyone else's as not found.
    claim = services.claim_credit(
        enrollment=enrollment_id,
        credit_type=data.credit_type,
        amount=data.amount,
        actor=request.user,
    )
    return 201, claim_out(claim)


class TranscriptParams(Schema):
    date_from: Day | None = None
    date_to: Day | None = None
    credit_type: Line | None = Field(None, max_length=max_length(Claim, "credit_type"))


class TranscriptRowOut(BaseModel):  # made from dicts: see learning.schemas
    claim_id: int
    activity_id: int
    activity: str
    provider: str
    date: dt.date
    credit_type: str
    amount: float
    unit: str


class TranscriptOut(BaseModel):
    claims: list[TranscriptRowOut]
    totals: dict[str, float]


def transcript_rows(transcript) -> list[dict]:
    return [
        {
            "claim_id": c.pk,
            "activity_id": c.activity_id,
            "activity": c.activity.title,
            "provider": c.activity.provider.name,
            "date": c.claimed_at.date(),
            "credit_type": c.credit_type,
            "amount": float(c.amount),
            "unit": c.unit,
        }
        for c in transcript.claims
    ]


@router.get(
    "/me/transcript",
    response={200: TranscriptOut, 401: ProblemsOut, 422: ProblemsOut},
    summary="My transcript",
)
def transcript(request: HttpRequest, params: Query[TranscriptParams]):
    result = transcript_for(request.user, **params.model_dump())
    return {
        "claims": transcript_rows(result),
        "totals": {k: float(v) for k, v in result.totals.items()},
    }


@router.get(
    "/me/transcript.csv",
    response={200: None, 401: ProblemsOut, 422: ProblemsOut},
    summary="My transcript as CSV",
    openapi_extra={"responses": {200: {"description": "CSV", "content": {"text/csv": {}}}}},
)
def transcript_download(request: HttpRequest, params: Query[TranscriptParams]) -> HttpResponse:
    return transcript_view_csv(transcript_view(request.user, **params.model_dump()))
