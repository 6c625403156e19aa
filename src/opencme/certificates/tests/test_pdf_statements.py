"""Each credit type's certificate PDF, read back with pypdf: the learner's name, the amount and
every statement that credit type requires."""

from __future__ import annotations

from decimal import Decimal

import pytest

from opencme.certificates.models import Certificate
from opencme.certificates.tests.helpers import claimed, pdf_text

JA = "is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME)"


def _squash(text: str) -> str:
    return "".join(text.split())


def _assert_pdf_states(cert: Certificate, *phrases: str) -> str:
    text = _squash(pdf_text(cert))
    assert _squash(cert.content["name"]) in text
    assert _squash(cert.content["amount"]) in text
    for statement in cert.content["statements"]:
        assert _squash(statement) in text, statement
    for phrase in phrases:
        assert _squash(phrase) in text, phrase
    return text


@pytest.mark.parametrize(
    ("credit_type", "profession", "profile", "phrases"),
    [
        (
            "AMA_PRA_1",
            "physician",
            {},
            [
                "AMA PRA Category 1 Credit(s)™",
                "Physicians should claim only the credit commensurate with the extent of their "
                "participation in the activity.",
            ],
        ),
        ("AAPA_1", "physician_assistant", {"legal_name": "Ana Ruiz"}, ["Approval is valid until"]),
        (
            "ASWB_ACE",
            "social_worker",
            {"legal_name": "Sam Okafor"},
            ["Association of Social Work Boards (ASWB)", "1.25 general continuing education"],
        ),
        (
            "ACPE",
            "pharmacist",
            {},
            ["Universal Activity Number (UAN): JA0000000-0000-", "CPE Monitor", "NABP e-Profile"],
        ),
        (
            "IPCE",
            "other",
            {"legal_name": "Kim Lee"},
            ["planned by and for the healthcare team", "Interprofessional Continuing Education"],
        ),
    ],
)
def test_certificate_pdf_states_credit_type_statements(
    rerelease, credit_type, profession, profile, phrases
):
    cert = claimed(rerelease, credit_type, "1.25", profession, **profile)
    assert cert.kind == "credit"
    text = _assert_pdf_states(cert, *phrases)
    # Joint Accreditation's statement stands alone, once, before the designation.
    assert text.count(_squash(JA)) == 1
    assert cert.content["statements"][0].startswith("In support of improving patient care")


def test_certificate_pdf_ancc_states_pharmacology_hours_apart(rerelease):
    rerelease.credits.filter(credit_type="NURSING_CE").update(
        credit_type="ANCC", pharmacology_hours=Decimal("0.5")
    )
    cert = claimed(rerelease, "ANCC", "1", "nurse")
    _assert_pdf_states(
        cert,
        "designates this activity for a maximum of 1.25 ANCC contact hours",
        "Of these, 0.5 contact hours are pharmacotherapeutic (pharmacology) hours.",
    )
    assert cert.content["amount"] == "1"


def test_certificate_pdf_ancc_without_pharmacology_hours_says_none(rerelease):
    rerelease.credits.filter(credit_type="NURSING_CE").update(credit_type="ANCC")
    cert = claimed(rerelease, "ANCC", "1.25", "nurse")
    assert not any("pharmacology" in s for s in cert.content["statements"])


def test_certificate_participation_for_nurse_on_ama_only_activity(rerelease):
    rerelease.credits.exclude(credit_type="AMA_PRA_1").delete()
    cert = claimed(rerelease, "PARTICIPATION", "1", "nurse")
    assert cert.kind == "participation"
    assert cert.content["title"] == "Certificate of participation"
    _assert_pdf_states(
        cert,
        "Certificate of participation",
        "was designated for a maximum of 1.25 AMA PRA Category 1 Credit™",
        "Luis Ortega participated in 1 hour of this activity",
    )
    assert cert.credential["credentialSubject"].get("creditsEarned") is None


def test_certificate_not_ja_provider_carries_its_own_statement(rerelease):
    provider = rerelease.provider
    provider.accreditor = "ACCME"
    provider.accreditation_statement = "PCSS-MOUD is accredited by the ACCME to provide CME."
    provider.save()
    cert = claimed(rerelease, "AMA_PRA_1", "0.5")
    assert cert.content["statements"][0] == provider.accreditation_statement
    assert not any("jointly accredited" in s for s in cert.content["statements"])
    _assert_pdf_states(cert)


def test_certificate_pdf_is_landscape_one_page(rerelease):
    import io

    from pypdf import PdfReader

    from opencme.certificates.pdf import certificate_pdf

    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    reader = PdfReader(io.BytesIO(certificate_pdf(cert)))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
