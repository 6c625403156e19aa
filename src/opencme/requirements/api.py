"""``GET /api/me/tracker``: the tracker page's data as JSON, for the signed-in clinician or a
bearer token, like the other ``/api/me`` endpoints."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Query, Router
from pydantic import BaseModel, Field

from opencme.accounts.api_auth import LEARNER_AUTH
from opencme.core import clock
from opencme.core.schemas import Day, ProblemsOut
from opencme.requirements import selectors
from opencme.requirements.explain import CredentialView, RequirementView, TrackerView

router = Router(tags=["tracker"], auth=LEARNER_AUTH)


class TrackerParams(BaseModel):
    # Far dates are refused: cycles are reckoned back from them, years before 1 do not exist.
    as_of: Day | None = Field(None, ge=dt.date(1950, 1, 1), le=dt.date(2100, 12, 31))


class CitationOut(BaseModel):
    url: str
    retrieved: dt.date
    quote: str
    verify: bool


class AppliedOut(BaseModel):
    credit_id: str
    title: str
    provider: str
    completed_on: dt.date
    credit_type: str
    amount: float
    source: str  # "OpenCME" or "self-reported"
    reason: str


class RequirementOut(BaseModel):
    id: str
    label: str
    unit: str
    required: float
    counted: float
    missing: float
    applies: bool
    is_gap: bool
    is_topic: bool
    due: dt.date
    satisfied_by: str
    verify: bool
    citations: list[CitationOut]
    applied: list[AppliedOut]


class CredentialOut(BaseModel):
    id: int
    kind: str
    name: str
    rule_set: str
    rule_title: str
    status: str
    status_words: str
    cycle_start: dt.date | None
    deadline: dt.date | None
    requirements: list[RequirementOut]


class TimelineOut(BaseModel):
    date: dt.date
    credential_id: int
    credential: str
    is_deadline: bool
    open: list[str]


class TrackerOut(BaseModel):
    as_of: dt.date
    credentials: list[CredentialOut]
    timeline: list[TimelineOut]


def _requirement(req: RequirementView) -> dict:
    return {
        "id": req.id,
        "label": req.label,
        "unit": req.unit,
        "required": float(req.required),
        "counted": float(req.counted),
        "missing": float(req.missing),
        "applies": req.applies,
        "is_gap": req.is_gap,
        "is_topic": req.is_topic,
        "due": req.due,
        "satisfied_by": req.satisfied_by,
        "verify": req.verify,
        "citations": [
            {"url": c.url, "retrieved": c.retrieved, "quote": c.quote, "verify": c.verify}
            for c in req.citations
        ],
        "applied": [
            {
                "credit_id": a.credit.id,
                "title": a.credit.title,
                "provider": a.credit.provider,
                "completed_on": a.credit.completed_on,
                "credit_type": a.credit.credit_type,
                "amount": float(a.amount),
                "source": a.credit.source,
                "reason": a.reason,
            }
            for a in req.applied
        ],
    }


def _credential(card: CredentialView) -> dict:
    return {
        "id": card.held.pk,
        "kind": card.held.kind,
        "name": card.held.name,
        "rule_set": card.held.rule_set,
        "rule_title": card.rule_title,
        "status": card.status,
        "status_words": card.status_words,
        "cycle_start": card.cycle_start,
        "deadline": card.deadline,
        "requirements": [_requirement(r) for r in card.requirements],
    }


def tracker_out(view: TrackerView) -> dict:
    return {
        "as_of": view.as_of,
        "credentials": [_credential(c) for c in view.credentials],
        "timeline": [
            {
                "date": e.date,
                "credential_id": e.credential.pk,
                "credential": e.credential.name,
                "is_deadline": e.is_deadline,
                "open": [g.label for g in e.gaps],
            }
            for e in view.timeline
        ],
    }


@router.get(
    "/me/tracker",
    response={200: TrackerOut, 401: ProblemsOut, 422: ProblemsOut},
    summary="My tracker: each credential's status, requirements, credits applied and deadlines",
    description="Statuses: met, due, grace, overdue, exempt, not_applicable, no_rules (no rule "
    "file is shipped for the credential). Each requirement carries its citations (verify: not "
    "yet checked against the authority's own text) and the credits applied with the reason in "
    "words; source is 'OpenCME' for claims here and 'self-reported' for credit from elsewhere. "
    "as_of (YYYY-MM-DD, default today) evaluates on another day.",
)
def tracker(request: HttpRequest, params: Query[TrackerParams]):
    as_of = params.as_of or clock.today()
    return tracker_out(selectors.tracker_for(request.user, as_of=as_of))
