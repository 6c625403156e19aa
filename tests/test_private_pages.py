"""Pages and files of one's own are never kept by a browser or a shared cache
(``Cache-Control: private, no-store``); public pages keep their own caching."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from opencme.accounts.confirmation import confirmation_token
from opencme.accounts.services import issue_token
from opencme.certificates.tests.helpers import claimed
from tests import journey_data

pytestmark = pytest.mark.django_db

PRIVATE = {"private", "no-store"}


def _directives(response) -> set[str]:
    return {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",")}


@pytest.fixture
def owned():
    cert = claimed(journey_data.seed_000_rerelease(), "AMA_PRA_1", "1.25")
    return cert, cert.claim.enrollment


def _pages(cert, enrollment) -> list[str]:
    return [
        reverse("accounts:profile"),
        reverse("learning:my_learning"),
        reverse("credits:enrollment", args=[enrollment.pk]),
        reverse("credits:transcript"),
        reverse("credits:transcript_csv"),
        reverse("certificates:transcript_pdf"),
        reverse("certificates:pdf", args=[cert.code]),
        reverse("certificates:credential", args=[cert.code]),
        "/api/me/profile",
        "/api/me/transcript",
        f"/api/enrollments/{enrollment.pk}",
    ]


def test_signed_in_private_pages_are_not_stored(owned):
    cert, enrollment = owned
    client = Client()
    client.force_login(cert.learner)
    for url in _pages(cert, enrollment):
        response = client.get(url)
        assert response.status_code == 200, url
        assert _directives(response) >= PRIVATE, (url, response.get("Cache-Control"))


def test_private_downloads_by_api_token_are_not_stored(owned):
    cert, _ = owned
    client = Client(headers={"Authorization": f"Bearer {issue_token(user=cert.learner)}"})
    for url in [
        reverse("certificates:pdf", args=[cert.code]),
        reverse("certificates:credential", args=[cert.code]),
        reverse("certificates:transcript_pdf"),
        "/api/me/certificates",
        "/api/me/transcript.csv",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert _directives(response) >= PRIVATE, (url, response.get("Cache-Control"))


def test_confirmation_link_page_is_not_stored(owned):
    cert, _ = owned
    response = Client().get(reverse("accounts:confirm", args=[confirmation_token(cert.learner)]))
    assert response.status_code == 200
    assert cert.learner.email in response.content.decode()
    assert _directives(response) >= PRIVATE


def test_public_pages_keep_their_caching(owned):
    cert, _ = owned
    signed_in = Client()
    signed_in.force_login(cert.learner)
    suggest = signed_in.get(reverse("catalog:suggest"), {"q": "opi"})
    assert suggest["Cache-Control"] == "public, max-age=300"
    anonymous = Client().get(reverse("certificates:verify", args=[cert.code]))
    assert "no-store" not in anonymous.get("Cache-Control", "")
