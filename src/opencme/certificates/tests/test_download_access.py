"""The owner's downloads (PDF and signed credential) answer a browser session and an API
client with its bearer token alike: the URLs ``GET /api/me/certificates`` gives work for both,
and nobody else gets them."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from opencme.accounts.services import issue_token
from opencme.certificates.tests.helpers import claimed
from tests import factories


def _urls(client: Client) -> list[str]:
    [item] = client.get("/api/me/certificates").json()
    return [item["pdf_url"], item["credential_url"]]


def _bearer(user) -> Client:
    return Client(headers={"Authorization": f"Bearer {issue_token(user=user)}"})


@pytest.mark.django_db
def test_download_owner_by_token_gets_pdf_and_credential(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    client = _bearer(cert.learner)
    pdf_url, credential_url = _urls(client)
    pdf = client.get(pdf_url)
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    credential = client.get(credential_url)
    assert credential.status_code == 200
    assert json.loads(credential.content)["proof"]["type"] == "DataIntegrityProof"


@pytest.mark.django_db
def test_download_owner_by_session_gets_pdf_and_credential(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    client = Client()
    client.force_login(cert.learner)
    for url in _urls(client):
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_download_anonymous_is_sent_to_sign_in(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    for suffix in (".pdf", ".json"):
        response = Client().get(f"/certificates/{cert.code}{suffix}")
        assert response.status_code == 302
        assert "/accounts/" in response["Location"]


@pytest.mark.django_db
def test_download_bad_token_is_401_not_a_redirect(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    client = Client(headers={"Authorization": "Bearer not-a-real-token"})
    response = client.get(f"/certificates/{cert.code}.pdf")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.django_db
def test_download_other_learner_gets_404_by_token_or_session(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    other = factories.user()
    by_token = _bearer(other)
    by_session = Client()
    by_session.force_login(other)
    for client in (by_token, by_session):
        for suffix in (".pdf", ".json"):
            assert client.get(f"/certificates/{cert.code}{suffix}").status_code == 404
