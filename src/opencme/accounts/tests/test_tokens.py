"""API tokens a learner controls (issue 16, item 3): a lifetime, a name, a last-used time, a
page and an API to list and revoke them, all revoked on a password change or reset."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from opencme.accounts import services
from opencme.accounts.models import ApiToken
from opencme.core import clock
from tests import factories

pytestmark = pytest.mark.django_db
PASSWORD = "Lumbar-reassess-2026"


@pytest.fixture(autouse=True)
def _fast_hashes(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def bearer(key: str) -> Client:
    return Client(headers={"Authorization": f"Bearer {key}"})


def test_a_token_is_named_expires_after_its_lifetime_and_says_when(settings):
    settings.API_TOKEN_LIFETIME_DAYS = 30
    factories.user(email="ann@example.org", password=PASSWORD)
    response = Client().post(
        "/api/auth/token",
        {"email": "ann@example.org", "password": PASSWORD, "name": "My phone"},
        content_type="application/json",
    )
    assert response.status_code == 200
    body = response.json()
    assert body["name"] == "My phone"
    expires = dt.datetime.fromisoformat(body["expires_at"])
    assert dt.timedelta(days=29) < expires - clock.now() <= dt.timedelta(days=30)
    assert bearer(body["token"]).get("/api/me/profile").status_code == 200
    settings.CLOCK_OFFSET_DAYS = 31
    assert bearer(body["token"]).get("/api/me/profile").status_code == 401


def test_tokens_are_listed_without_their_keys_and_revoked_by_the_api():
    user = factories.user(email="ann@example.org")
    phone = services.issue_token(user=user, name="My phone")
    laptop = services.issue_token(user=user, name="Laptop script")
    listed = bearer(phone).get("/api/me/tokens")
    assert listed.status_code == 200
    assert [t["name"] for t in listed.json()] == ["Laptop script", "My phone"]
    assert phone not in listed.content.decode()
    assert laptop not in listed.content.decode()
    assert services.token_hash(phone) not in listed.content.decode()
    laptop_id = next(t["id"] for t in listed.json() if t["name"] == "Laptop script")
    assert bearer(phone).delete(f"/api/me/tokens/{laptop_id}").status_code == 204
    assert bearer(laptop).get("/api/me/profile").status_code == 401
    assert bearer(phone).get("/api/me/profile").status_code == 200


def test_nobody_lists_or_revokes_another_learners_tokens():
    ann, bob = factories.user(), factories.user()
    ann_key = services.issue_token(user=ann, name="Ann's")
    bob_key = services.issue_token(user=bob, name="Bob's")
    ann_id = ApiToken.objects.get(user=ann).pk
    assert [t["name"] for t in bearer(bob_key).get("/api/me/tokens").json()] == ["Bob's"]
    assert bearer(bob_key).delete(f"/api/me/tokens/{ann_id}").status_code == 404
    assert bearer(ann_key).get("/api/me/profile").status_code == 200
    assert Client().get("/api/me/tokens").status_code == 401
    browser = Client()
    browser.force_login(bob)
    assert browser.post(f"/accounts/tokens/{ann_id}/revoke/").status_code == 404
    assert ApiToken.objects.filter(pk=ann_id).exists()


def test_last_used_is_written_at_most_once_a_minute(settings):
    user = factories.user()
    key = services.issue_token(user=user, name="Script")
    token = ApiToken.objects.get(user=user)
    assert token.last_used_at is None
    bearer(key).get("/api/me/profile")
    token.refresh_from_db()
    first = token.last_used_at
    assert first is not None
    with CaptureQueriesContext(connection) as queries:
        bearer(key).get("/api/me/profile")
    assert not [q for q in queries if q["sql"].lstrip().upper().startswith("UPDATE")]
    token.refresh_from_db()
    assert token.last_used_at == first
    settings.CLOCK_OFFSET_DAYS = 2 / 1440  # two minutes later
    bearer(key).get("/api/me/profile")
    token.refresh_from_db()
    assert token.last_used_at > first


def test_a_password_change_revokes_every_token():
    user = factories.user(email="ann@example.org", password=PASSWORD)
    key = services.issue_token(user=user, name="Script")
    browser = Client()
    browser.force_login(user)
    response = browser.post(
        "/accounts/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "Another-long-one-77",
            "new_password2": "Another-long-one-77",
        },
    )
    assert response.status_code == 302
    assert bearer(key).get("/api/me/profile").status_code == 401
    assert not ApiToken.objects.filter(user=user).exists()


def test_a_password_reset_revokes_every_token():
    user = factories.user(email="forgot@example.org", password=PASSWORD)
    key = services.issue_token(user=user, name="Script")
    client = Client()
    client.post("/accounts/password-reset/", {"email": "forgot@example.org"})
    [message] = mail.outbox
    link = re.search(r"https?://[^/\s]+(/accounts/password-reset/\S+/)", str(message.body))
    assert link, message.body
    form_url = client.get(link[1])["Location"]
    response = client.post(
        form_url, {"new_password1": "Another-long-one-77", "new_password2": "Another-long-one-77"}
    )
    assert response["Location"] == "/accounts/password-reset/done/"
    assert bearer(key).get("/api/me/profile").status_code == 401


def test_the_tokens_page_lists_makes_shows_once_and_revokes():
    user = factories.user(email="ann@example.org")
    services.issue_token(user=user, name="Laptop script")
    browser = Client()
    assert browser.get("/accounts/tokens/")["Location"].startswith("/accounts/sign-in/")
    browser.force_login(user)
    page = browser.get("/accounts/tokens/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Laptop script" in html
    assert "Never used" in html
    assert "Expires" in html
    assert "no-store" in page["Cache-Control"]
    made = browser.post("/accounts/tokens/", {"name": "My phone"})
    assert made.status_code == 200
    assert "no-store" in made["Cache-Control"]
    key = re.search(r'<code id="new-token"[^>]*>([^<]+)</code>', made.content.decode())
    assert key, made.content.decode()
    assert bearer(key[1]).get("/api/me/profile").status_code == 200
    assert key[1] not in browser.get("/accounts/tokens/").content.decode()  # shown once
    phone = ApiToken.objects.get(user=user, name="My phone")
    revoked = browser.post(f"/accounts/tokens/{phone.pk}/revoke/")
    assert revoked["Location"] == "/accounts/tokens/"
    assert bearer(key[1]).get("/api/me/profile").status_code == 401


def test_the_tokens_page_refuses_a_name_too_long_beside_the_field():
    user = factories.user()
    browser = Client()
    browser.force_login(user)
    response = browser.post("/accounts/tokens/", {"name": "x" * 101})
    assert response.status_code == 422
    assert 'id="id_name_error"' in response.content.decode()
    assert not ApiToken.objects.filter(user=user).exists()


def test_revoking_needs_the_csrf_token():
    user = factories.user()
    services.issue_token(user=user, name="Script")
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    token = ApiToken.objects.get(user=user)
    assert browser.post(f"/accounts/tokens/{token.pk}/revoke/").status_code == 403
    assert ApiToken.objects.filter(pk=token.pk).exists()


def test_the_api_token_name_is_checked():
    factories.user(email="ann@example.org", password=PASSWORD)
    response = Client().post(
        "/api/auth/token",
        json.dumps({"email": "ann@example.org", "password": PASSWORD, "name": "x" * 101}),
        content_type="application/json",
    )
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["field"].split(".")[-1] == "name"  # "data.name" while the API names it so
