"""The audit packet PDF, read back: the summary (requirements, counted and missing, credits
applied with their reasons, the rule's citations with the date read and the sentence quoted,
self-reported credit marked so), then the certificate of each OpenCME claim applied. The PDF
and the CSV are their owner's alone."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from opencme.certificates.models import Certificate
from opencme.certificates.services import revoke_certificate
from opencme.core import clock
from opencme.credits.services import claim_credit
from opencme.requirements import services
from opencme.requirements.models import Credential
from tests import factories, journey_data

pytestmark = pytest.mark.django_db


def _physician_with_a_claim() -> tuple[Any, Credential, Certificate]:
    activity = journey_data.seed_000_rerelease()
    user, enrollment = journey_data.ready_to_claim(activity, legal_name="Ines Packetwright")
    claim = claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=user)
    cert = Certificate.objects.get(claim=claim, status=Certificate.Status.VALID)
    license = services.save_credential(
        actor=user,
        user=user,
        kind="license",
        state="FL",
        license_type="MD",
        expires_on=clock.today() + dt.timedelta(days=200),
        renewal_number=3,
    )
    services.record_external_credit(
        actor=user,
        user=user,
        title="Medical errors and patient safety",
        provider="Elsewhere CME",
        completed_on=clock.today() - dt.timedelta(days=20),
        credit_type="AMA_PRA_1",
        amount="2",
        topics=["medical_errors"],
    )
    return user, license, cert


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _pages(body: bytes) -> list[str]:
    return [
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(body)).pages
    ]


def test_packet_holds_the_summary_then_each_claims_certificate() -> None:
    user, license, cert = _physician_with_a_claim()
    response = _client(user).get(reverse("requirements:credential_packet_pdf", args=[license.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pages = _pages(response.content)
    summary = " ".join(pages[:-1])
    first = pages[0]
    assert "Audit packet: Florida license: Doctor of Medicine (MD)" in first
    assert "Ines Packetwright" in first
    assert "Summary" in first
    assert "2-hour course on the prevention of medical errors" in summary
    assert "Medical errors and patient safety" in summary
    assert "self-reported" in summary
    assert "OpenCME" in summary  # the claim's source
    assert "An Overview on the Use of Opioids for Low Back Pain" in summary
    assert "Source: https://" in summary
    assert ", read " in summary  # the date each citation was read
    assert "counts toward the topic it covers" in summary  # a reason in words
    assert f"certificate {cert.code}, on the pages that follow" in summary
    # The certificate comes last, on a page of its own after the summary.
    assert cert.code in pages[-1]
    assert "Audit packet" not in pages[-1]
    summary_pages = [i for i, p in enumerate(pages) if "Certificates attached" in p]
    assert summary_pages
    assert len(pages) == summary_pages[-1] + 2


def test_a_revoked_certificate_is_not_attached_and_the_packet_says_so() -> None:
    user, license, cert = _physician_with_a_claim()
    provider_staff = factories.staff(of=cert.provider)
    revoke_certificate(certificate=cert, reason="issued in error", actor=provider_staff)
    body = _client(user).get(reverse("requirements:credential_packet_pdf", args=[license.pk]))
    pages = _pages(body.content)
    assert "no valid certificate stands for this claim" in " ".join(pages)
    assert "Certificates attached" in pages[-1]  # nothing after the summary


def test_packet_pdf_and_csv_are_their_owners_alone() -> None:
    user, license, _ = _physician_with_a_claim()
    for name in ("credential_packet_pdf", "credential_packet"):
        url = reverse(f"requirements:{name}", args=[license.pk])
        anonymous = Client().get(url)
        assert anonymous.status_code == 302
        assert "/accounts/sign-in/" in anonymous["Location"]
        other = _client(factories.user())
        assert other.get(url).status_code == 404, name
        assert _client(user).get(url).status_code == 200, name


def test_no_packet_for_a_credential_without_rules() -> None:
    user = factories.user()
    row = services.save_credential(
        actor=user,
        user=user,
        kind="license",
        state="AK",
        license_type="MD",
        expires_on=clock.today() + dt.timedelta(days=200),
    )
    assert row.rule_set == ""
    client = _client(user)
    assert (
        client.get(reverse("requirements:credential_packet_pdf", args=[row.pk])).status_code == 404
    )
    detail = client.get(reverse("requirements:credential", args=[row.pk])).content.decode()
    assert "packet.pdf" not in detail
