"""Sign-up does not reveal whether an address has an account (issue 16, item 6): the same
answer either way; the owner of an existing account gets an email saying so."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from opencme.accounts.models import User
from tests import factories

pytestmark = pytest.mark.django_db
PASSWORD = "Lumbar-reassess-2026"


@pytest.fixture(autouse=True)
def _fast_hashes(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def sign_up(email: str, capture):
    client = Client()
    form = {"email": email, "password": PASSWORD, "password_again": PASSWORD}
    with capture(execute=True):
        response = client.post("/accounts/sign-up/", form)
    page = client.get(response["Location"]) if response.status_code == 302 else response
    return response, page.content.decode().replace(email, "ADDRESS")


def test_the_web_sign_up_answers_the_same_for_a_taken_address(
    django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://cme.example.org"
    owner = factories.user(email="taken@example.org", password=PASSWORD)
    taken, taken_page = sign_up("taken@example.org", django_capture_on_commit_callbacks)
    fresh, fresh_page = sign_up("fresh@example.org", django_capture_on_commit_callbacks)
    assert (taken.status_code, taken["Location"]) == (fresh.status_code, fresh["Location"])
    strip = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
    assert strip.sub("", taken_page) == strip.sub("", fresh_page)
    assert User.objects.filter(email="taken@example.org").get() == owner
    to_owner = next(m for m in mail.outbox if m.to == ["taken@example.org"])
    assert "tried to create an OpenCME account" in to_owner.body
    assert "https://cme.example.org/accounts/sign-in/" in to_owner.body
    assert "https://cme.example.org/accounts/password-reset/" in to_owner.body
    assert "/accounts/confirm/" not in to_owner.body
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)  # nothing changed on the account


def test_the_api_sign_up_answers_the_same_for_a_taken_address(django_capture_on_commit_callbacks):
    factories.user(email="taken@example.org", password=PASSWORD)
    api = Client()

    def post(email: str):
        with django_capture_on_commit_callbacks(execute=True):
            return api.post(
                "/api/auth/signup",
                {"email": email, "password": PASSWORD},
                content_type="application/json",
            )

    taken, fresh = post("taken@example.org"), post("fresh@example.org")
    assert taken.status_code == fresh.status_code == 201
    assert set(taken.json()) == set(fresh.json())
    assert taken.json()["message"] == fresh.json()["message"]
    assert [m.to for m in mail.outbox] == [["taken@example.org"], ["fresh@example.org"]]


def test_repeated_sign_ups_with_a_taken_address_do_not_flood_its_owner(
    django_capture_on_commit_callbacks,
):
    factories.user(email="taken@example.org", password=PASSWORD)
    for _ in range(10):
        sign_up("taken@example.org", django_capture_on_commit_callbacks)
    assert 1 <= len(mail.outbox) <= 3
