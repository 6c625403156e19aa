"""Account pages: sign-up and confirmation, sign-in with throttling, sign-out, the profile."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from opencme.accounts.models import User
from opencme.accounts.services import profile_for
from tests import factories
from tests.journey_data import learner

pytestmark = pytest.mark.django_db
PASSWORD = "Lumbar-reassess-2026"


def test_sign_up_then_confirm_link_from_the_email(django_capture_on_commit_callbacks):
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/accounts/sign-up/",
            {
                "email": "New.Nurse@Example.org",
                "password": PASSWORD,
                "password_again": PASSWORD,
                "legal_name": "Ana Ruiz",
                "profession": "nurse",
            },
        )
    assert response["Location"] == "/accounts/sign-up/check-your-email/"
    assert "new.nurse@example.org" in client.get(response["Location"]).content.decode()
    user = User.objects.get(email="new.nurse@example.org")
    assert user.email_confirmed_at is None
    assert profile_for(user).profession == "nurse"
    [message] = mail.outbox
    link = re.search(r"https?://\S+(/accounts/confirm/\S+/)", str(message.body))
    assert link, message.body
    page = client.get(link[1])
    assert page.status_code == 200
    assert "Your email is confirmed" in page.content.decode()
    user.refresh_from_db()
    assert user.email_confirmed_at is not None


def test_confirm_altered_link_says_it_is_not_valid():
    response = Client().get("/accounts/confirm/42:nonsense/")
    assert response.status_code == 400
    assert "This link is not valid." in response.content.decode()


def test_sign_up_errors_name_the_fields():
    factories.user(email="taken@example.org")
    response = Client().post(
        "/accounts/sign-up/",
        {"email": "taken@example.org", "password": "short", "password_again": "other"},
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert 'href="#id_password_again"' in html
    assert "The two passwords differ" in html
    assert User.objects.filter(email="taken@example.org").count() == 1


def test_sign_in_goes_to_next_and_sign_out_is_post_only():
    factories.user(email="ok@example.org", password=PASSWORD)
    client = Client()
    response = client.post(
        "/accounts/sign-in/?next=/learn/transcript/",
        {"email": "ok@example.org", "password": PASSWORD, "next": "/learn/transcript/"},
    )
    assert response["Location"] == "/learn/transcript/"
    assert "Sign out" in client.get("/learn/").content.decode()
    assert client.get("/accounts/sign-out/").status_code == 405
    client.post("/accounts/sign-out/")
    assert client.get("/learn/").status_code == 302


def test_sign_in_refuses_an_outside_next_url():
    factories.user(email="ok2@example.org", password=PASSWORD)
    response = Client().post(
        "/accounts/sign-in/",
        {"email": "ok2@example.org", "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response["Location"] == "/learn/"


def test_sign_in_throttled_after_five_failures_says_wait_or_reset():
    factories.user(email="slow@example.org", password=PASSWORD)
    client = Client()
    for _ in range(5):
        response = client.post("/accounts/sign-in/", {"email": "slow@example.org", "password": "x"})
        assert response.status_code == 422
        assert "Email and password do not match an account." in response.content.decode()
    response = client.post(
        "/accounts/sign-in/", {"email": "slow@example.org", "password": PASSWORD}
    )
    assert response.status_code == 429
    assert "wait 15 minutes or reset your password" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_profile_requires_sign_in():
    response = Client().get("/accounts/profile/")
    assert response["Location"] == "/accounts/sign-in/?next=/accounts/profile/"


def test_profile_errors_name_fields_and_nothing_is_saved():
    user = learner("physician")
    client = Client()
    client.force_login(user)
    response = client.post(
        "/accounts/profile/",
        {
            "legal_name": "Dana Whitfield",
            "profession": "physician",
            "npi": "1234567890",
            "birth_month": "2",
            "birth_day": "30",
            "license_1_state": "ZZ",
            "license_1_number": "MD-1",
        },
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert 'href="#id_npi">NPI: Is not a valid NPI: its check digit does not match.' in html
    assert 'href="#id_birth_day">Birth day: Month 2 has no day 30.' in html
    # The second license row: the problem lands on that row, not the first.
    assert 'href="#id_license_1_state">State: &#x27;ZZ&#x27; is not a US state' in html
    assert 'aria-describedby="id_npi_error' in html
    assert profile_for(user).npi == ""


def test_profile_saves_licenses_boards_and_consent():
    user = learner("pharmacist")
    client = Client()
    client.force_login(user)
    page = client.get("/accounts/profile/").content.decode()
    assert 'value="1234567"' in page  # the NABP id already given
    response = client.post(
        "/accounts/profile/",
        {
            "legal_name": "Mei Tanaka",
            "degree": "PharmD",
            "profession": "pharmacist",
            "npi": "1234567893",
            "nabp_eprofile_id": "1234567",
            "birth_month": "4",
            "birth_day": "17",
            "license_2_state": "oh",
            "license_2_number": "RPH-0301",
            "license_2_renewal_date": "2027-09-15",
            "board_0_board": "ABIM",
            "board_0_identifier": "123456",
            "consent_cpe_monitor": "on",
        },
    )
    assert response.status_code == 302
    profile = profile_for(user)
    assert [(lic.state, lic.number, str(lic.renewal_date)) for lic in profile.licenses.all()] == [
        ("OH", "RPH-0301", "2027-09-15")
    ]
    assert [(b.board, b.identifier) for b in profile.board_ids.all()] == [("ABIM", "123456")]
    assert (profile.consent_cpe_monitor, profile.consent_pars) == (True, False)
    assert profile.npi == "1234567893"


def test_password_reset_sends_our_link_and_sets_the_password():
    factories.user(email="forgot@example.org", password=PASSWORD)
    client = Client()
    response = client.post("/accounts/password-reset/", {"email": "forgot@example.org"})
    assert response["Location"] == "/accounts/password-reset/sent/"
    [message] = mail.outbox
    link = re.search(r"https?://[^/\s]+(/accounts/password-reset/\S+/)", str(message.body))
    assert link, message.body
    form_url = client.get(link[1])["Location"]  # Django swaps the token for a session one
    response = client.post(
        form_url, {"new_password1": "Another-long-one-77", "new_password2": "Another-long-one-77"}
    )
    assert response["Location"] == "/accounts/password-reset/done/"
    assert User.objects.get(email="forgot@example.org").check_password("Another-long-one-77")
