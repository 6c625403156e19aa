"""The transcript PDF carries a verification code; ``/verify/transcript/<code>`` shows the same
rows, says whether they still match, and verifies nothing for an altered code."""

from __future__ import annotations

import io
import re

import pytest
from django.test import Client
from pypdf import PdfReader

from opencme.accounts.services import issue_token
from opencme.certificates.services import revoke_certificate
from opencme.certificates.tests.helpers import claimed
from opencme.certificates.transcripts import read_code
from opencme.credits.services import claim_credit
from tests import factories

pytestmark = pytest.mark.django_db
# the payload, then Django's signature (SHA-256, 43 base64url characters)
CODE = re.compile(r"/verify/transcript/([\w.-]+:[\w-]{43})")


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def _pdf_code(client: Client, query: str = "") -> tuple[str, str]:
    response = client.get(f"/learn/transcript.pdf{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = _text(response.content)
    # the address may wrap anywhere on the page: read it with the spaces taken out
    found = CODE.search(text.replace(" ", ""))
    assert found, text
    return text, found[1]


def test_transcript_pdf_lists_rows_and_its_code_verifies_them(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    client = Client()
    client.force_login(cert.learner)
    text, code = _pdf_code(client)
    assert "Dana Whitfield" in text
    assert "AMA PRA Category 1 Credit™" in text
    assert "Pending: the provider reports it to ACCME PARS / MOC boards by" in text
    assert cert.code in text.replace(" ", "")
    page = Client().get(f"/verify/transcript/{code}")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Matches." in html
    assert "Dana Whitfield" in html
    assert rerelease.title in html
    assert f'href="/verify/{cert.code}"' in html
    assert cert.learner.email not in html
    assert page["X-Robots-Tag"] == "noindex"


def test_transcript_code_says_changed_after_a_revocation(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    client = Client()
    client.force_login(cert.learner)
    _, code = _pdf_code(client)
    revoke_certificate(certificate=cert, reason="x", actor=factories.staff(of=rerelease.provider))
    html = Client().get(f"/verify/transcript/{code}").content.decode()
    assert "Changed since it was issued" in html
    assert "Matches." not in html


def test_transcript_code_ignores_claims_made_after_it_was_issued(rerelease):
    from tests.journey_data import ready_to_claim

    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    client = Client()
    client.force_login(cert.learner)
    _, code = _pdf_code(client)
    scope, _ = read_code(code) or (None, None)
    assert scope is not None
    assert scope.date_to == scope.issued_on  # the open period closed on the day of issue
    user, enrollment = ready_to_claim(rerelease, "physician")
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1", actor=user)
    assert "Matches." in Client().get(f"/verify/transcript/{code}").content.decode()


def test_transcript_code_altered_or_made_up_verifies_nothing(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    client = Client()
    client.force_login(cert.learner)
    _, code = _pdf_code(client)
    _, rest = code.split(".", 1)
    other = factories.user()
    forged = f"{other.pk}.{rest}"
    assert Client().get(f"/verify/transcript/{forged}").status_code == 404
    assert Client().get("/verify/transcript/nonsense").status_code == 404
    assert Client().get(f"/verify/transcript/{code[:-2]}").status_code == 404


def test_transcript_pdf_filters_by_credit_type_and_refuses_bad_filters(rerelease):
    from tests.journey_data import ready_to_claim

    user, enrollment = ready_to_claim(rerelease, "physician")
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1", actor=user)
    claim_credit(enrollment=enrollment, credit_type="PARTICIPATION", amount="1.25", actor=user)
    client = Client()
    client.force_login(user)
    text, code = _pdf_code(client, "?credit_type=PARTICIPATION")
    assert "Certificate of participation only" in text
    assert "AMA PRA Category 1 Credit™" not in text.split("Totals")[1]
    html = Client().get(f"/verify/transcript/{code}").content.decode()
    assert "Certificate of participation only" in html
    bad = client.get("/learn/transcript.pdf?date_from=yesterday")
    assert bad.status_code == 422
    assert "Claimed from:" in bad.content.decode()


def test_transcript_pdf_by_api_token_and_not_anonymous(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    token_client = Client(headers={"Authorization": f"Bearer {issue_token(user=cert.learner)}"})
    assert token_client.get("/learn/transcript.pdf").status_code == 200
    assert Client().get("/learn/transcript.pdf").status_code == 302
