"""Claiming through the real services, for certificate tests."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader

from opencme.activities.models import Activity
from opencme.certificates.models import Certificate
from opencme.certificates.pdf import certificate_pdf
from opencme.credits.services import claim_credit
from tests import journey_data


def claimed(
    activity: Activity, credit_type: str, amount: str, profession: str = "physician", **profile: Any
) -> Certificate:
    """A learner of ``profession`` walks ``activity`` and claims; returns the certificate."""
    user, enrollment = journey_data.ready_to_claim(activity, profession, **profile)
    claim = claim_credit(enrollment=enrollment, credit_type=credit_type, amount=amount, actor=user)
    return Certificate.objects.get(claim=claim)


def pdf_text(cert: Certificate) -> str:
    """The PDF's text with runs of whitespace made one space (lines wrap anywhere)."""
    reader = PdfReader(io.BytesIO(certificate_pdf(cert)))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
