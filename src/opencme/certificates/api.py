"""Certificates in the API: public verification by code, and the learner's own list."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema

from opencme.accounts.api_auth import LEARNER_AUTH
from opencme.certificates import presenters, selectors
from opencme.core.schemas import CodePath, ProblemsOut

router = Router(tags=["certificates"])


class CertificateStatesOut(Schema):
    title: str
    kind: str
    name: str
    degree: str
    activity_title: str
    format_label: str
    participation_date: str
    completion_date: str
    provider_name: str
    provider_address: str
    credit_type: str
    credit_name: str
    amount: str
    unit: str
    uan: str
    statements: list[str]


class CertificatePublicOut(Schema):
    code: str
    status: str
    issued_at: str
    revoked_at: str | None
    replaced_by: str | None
    current: str | None
    verify_url: str
    issuer: str
    states: CertificateStatesOut


class MyCertificateOut(Schema):
    code: str
    activity: str
    credit_type: str
    amount: str
    status: str
    pdf_url: str
    credential_url: str


@router.get(
    "/certificates/{code}",
    response={200: CertificatePublicOut, 404: ProblemsOut, 422: ProblemsOut},
    summary="Verify a certificate: its status and exactly what it states",
    auth=None,
)
def certificate_verify(request: HttpRequest, code: CodePath) -> Any:
    return presenters.public_view(selectors.certificate_get_public(code=code))


@router.get(
    "/me/certificates",
    response={200: list[MyCertificateOut], 401: ProblemsOut},
    summary="My certificates, newest first, with their PDF and signed credential",
    auth=LEARNER_AUTH,
)
def my_certificates(request: HttpRequest) -> Any:
    return [presenters.owner_item(c) for c in selectors.certificate_list_for_learner(request.user)]
