"""The public verification page and API (valid, reissued, revoked; nothing more about the
learner) and the owner's downloads (others get 404, whatever code they guess)."""

from __future__ import annotations

import json

from django.test import Client

from opencme.accounts.services import update_profile
from opencme.certificates.services import revoke_certificate
from opencme.certificates.tests.helpers import claimed
from tests import factories


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_verify_page_valid_states_certificate(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    page = Client().get(f"/verify/{cert.code}")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Valid." in html
    assert "Dana Whitfield" in html
    assert "1.25" in html
    for statement in cert.content["statements"]:
        assert statement in html
    assert cert.learner.email not in html
    assert "1234567893" not in html
    assert f"learner {cert.learner_id}" not in html


def test_verify_page_reissued_links_current(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    update_profile(user=cert.learner, actor=cert.learner, changes={"legal_name": "Dana Kim"})
    cert.refresh_from_db()
    assert cert.replaced_by is not None
    html = Client().get(f"/verify/{cert.code}").content.decode()
    assert "Reissued." in html
    assert f'href="/verify/{cert.replaced_by.code}"' in html
    assert "Valid." in Client().get(f"/verify/{cert.replaced_by.code}").content.decode()


def test_verify_page_revoked_with_date(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    revoke_certificate(
        certificate=cert, reason="secret reason", actor=factories.staff(of=rerelease.provider)
    )
    cert.refresh_from_db()
    assert cert.revoked_at is not None
    html = Client().get(f"/verify/{cert.code}").content.decode()
    assert "Revoked" in html
    assert f"{cert.revoked_at:%b}" in html
    assert str(cert.revoked_at.year) in html
    assert "secret reason" not in html


def test_verify_unknown_code_404(db):
    assert Client().get("/verify/not-a-code").status_code == 404


def test_api_certificate_same_as_page(rerelease):
    cert = claimed(rerelease, "ACPE", "1.25", "pharmacist")
    body = Client().get(f"/api/certificates/{cert.code}").json()
    assert body["status"] == "valid"
    assert body["states"]["name"] == "Mei Tanaka"
    assert body["states"]["statements"] == cert.content["statements"]
    assert body["states"]["uan"].startswith("JA0000000-")
    text = json.dumps(body)
    assert cert.learner.email not in text
    assert "1234567" not in text.replace(cert.code, "")
    assert Client().get("/api/certificates/unknown").status_code == 404


def test_owner_downloads_pdf_and_credential(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    client = _client_for(cert.learner)
    pdf = client.get(f"/certificates/{cert.code}.pdf")
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    credential = client.get(f"/certificates/{cert.code}.json")
    assert credential.status_code == 200
    assert json.loads(credential.content)["proof"]["cryptosuite"] == "eddsa-rdfc-2022"


def test_other_learner_cannot_download_by_code_or_guess(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    other = claimed(rerelease, "AMA_PRA_1", "1.25").learner
    client = _client_for(other)
    for suffix in (".pdf", ".json"):
        assert client.get(f"/certificates/{cert.code}{suffix}").status_code == 404
        assert client.get(f"/certificates/{cert.pk}{suffix}").status_code == 404
        assert client.get(f"/certificates/{cert.code[:-1]}A{suffix}").status_code == 404
    anonymous = Client().get(f"/certificates/{cert.code}.pdf")
    assert anonymous.status_code in (302, 404)
    assert b"%PDF" not in anonymous.content


def test_api_me_certificates_lists_own_only(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    claimed(rerelease, "AMA_PRA_1", "1")  # another learner's
    rows = _client_for(cert.learner).get("/api/me/certificates").json()
    assert rows == [
        {
            "code": cert.code,
            "activity": rerelease.title,
            "credit_type": "AMA_PRA_1",
            "amount": "1.25",
            "status": "valid",
            "pdf_url": f"/certificates/{cert.code}.pdf",
            "credential_url": f"/certificates/{cert.code}.json",
        }
    ]
    assert Client().get("/api/me/certificates").status_code == 401


def test_issuer_document_publishes_key(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    doc = Client().get(f"/issuers/{rerelease.provider.slug}").json()
    method = doc["verificationMethod"][0]
    assert method["type"] == "Multikey"
    assert method["publicKeyMultibase"].startswith("z6Mk")
    assert cert.credential["proof"]["verificationMethod"] == method["id"]
    assert "private" not in json.dumps(doc).lower()
    assert Client().get("/issuers/no-such-provider").status_code == 404


def test_transcript_pdf_totals_per_credit_type(rerelease):
    from io import BytesIO

    from pypdf import PdfReader

    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    client = _client_for(cert.learner)
    response = client.get("/learn/transcript.pdf?date_from=2000-01-01&date_to=2999-12-31")
    assert response.status_code == 200
    text = " ".join(PdfReader(BytesIO(response.content)).pages[0].extract_text().split())
    assert "Dana Whitfield" in text
    assert "Totals" in text
    assert "AMA PRA Category 1 Credit™ 1.25" in text
    assert cert.code in text
    empty = client.get("/learn/transcript.pdf?date_from=2000-01-01&date_to=2000-01-02")
    assert "No credit claimed" in PdfReader(BytesIO(empty.content)).pages[0].extract_text()
    assert client.get("/learn/transcript.pdf?date_from=yesterday").status_code == 422
