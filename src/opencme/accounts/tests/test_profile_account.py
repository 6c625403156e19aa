"""The account section of the profile page: resend the confirmation (throttled), change the
password (session kept, audited), and boards chosen from the rule book's boards."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail
from django.test import Client

from opencme.accounts.models import User
from opencme.accounts.services import issue_token, profile_for
from opencme.core.audit import AuditEvent
from tests import factories
from tests.journey_data import learner

pytestmark = pytest.mark.django_db
PASSWORD = "Lumbar-reassess-2026"
NEW_PASSWORD = "Another-long-one-77"


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_profile_offers_resend_only_while_unconfirmed_and_change_password():
    user = learner("nurse")
    html = signed_in(user).get("/accounts/profile/").content.decode()
    assert 'action="/accounts/confirm/resend/"' in html
    assert 'href="/accounts/password/"' in html
    user.email_confirmed_at = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    user.save()
    html = signed_in(user).get("/accounts/profile/").content.decode()
    assert 'action="/accounts/confirm/resend/"' not in html
    assert 'href="/accounts/password/"' in html


def test_profile_licenses_point_to_the_trackers_credentials():
    html = signed_in(learner("nurse")).get("/accounts/profile/").content.decode()
    assert 'href="/learn/tracker/credentials/"' in html


def test_resend_confirmation_sends_a_working_link_then_waits_a_minute(
    django_capture_on_commit_callbacks,
):
    user = learner("nurse")
    client = signed_in(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/confirm/resend/", follow=True)
    assert response.redirect_chain[-1][0] == "/accounts/profile/"
    assert f"We sent a new link to {user.email}" in response.content.decode()
    assert len(mail.outbox) == 1
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post("/accounts/confirm/resend/", follow=True)
    assert len(mail.outbox) == 1  # throttled: no second email within the minute
    assert "Wait a minute before asking for another link" in again.content.decode()
    # A minute later it may be sent again.
    User.objects.filter(pk=user.pk).update(
        confirmation_sent_at=dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/confirm/resend/")
    assert len(mail.outbox) == 2
    link = re.search(r"https?://[^/\s]+(/accounts/confirm/\S+/)", str(mail.outbox[1].body))
    assert link
    assert "Your email is confirmed" in client.get(link[1]).content.decode()
    assert AuditEvent.objects.filter(action="accounts.user.confirmation_sent").count() == 2


def test_resend_confirmation_is_post_only_for_a_signed_in_unconfirmed_account():
    assert Client().post("/accounts/confirm/resend/")["Location"].startswith("/accounts/sign-in/")
    user = learner("nurse")
    assert signed_in(user).get("/accounts/confirm/resend/").status_code == 405
    user.email_confirmed_at = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    user.save()
    response = signed_in(user).post("/accounts/confirm/resend/", follow=True)
    assert "Your email address is confirmed already" in response.content.decode()
    assert mail.outbox == []


def test_change_password_keeps_the_session_and_the_old_one_stops_working():
    user = factories.user(email="change@example.org", password=PASSWORD)
    client = Client()
    client.post("/accounts/sign-in/", {"email": "change@example.org", "password": PASSWORD})
    page = client.get("/accounts/password/")
    assert page.status_code == 200
    assert "Change your password" in page.content.decode()
    response = client.post(
        "/accounts/password/",
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/accounts/profile/"
    assert "Your password is changed" in response.content.decode()
    assert client.get("/accounts/profile/").status_code == 200  # still signed in
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert not user.check_password(PASSWORD)
    refused = Client().post(
        "/accounts/sign-in/", {"email": "change@example.org", "password": PASSWORD}
    )
    assert refused.status_code == 422
    assert AuditEvent.objects.filter(
        action="accounts.user.password_changed", object_id=str(user.pk), actor=user
    ).exists()


def test_change_password_names_the_wrong_old_password_and_needs_sign_in():
    assert Client().get("/accounts/password/")["Location"].startswith("/accounts/sign-in/")
    user = factories.user(email="wrong@example.org", password=PASSWORD)
    response = signed_in(user).post(
        "/accounts/password/",
        {"old_password": "nope", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 422
    assert 'href="#id_old_password"' in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_profile_board_picker_lists_the_rule_books_boards_with_their_ids():
    html = signed_in(learner()).get("/accounts/profile/").content.decode()
    assert re.search(r'<select name="board_0_board"[^>]*id="id_board_0_board"', html)
    assert '<option value="ABIM">ABIM – American Board of Internal Medicine</option>' in html
    assert '<option value="ABPATH">ABPATH – American Board of Pathology</option>' in html


def test_profile_refuses_an_unknown_board_beside_the_field():
    user = learner()
    response = signed_in(user).post(
        "/accounts/profile/",
        {"profession": "physician", "board_0_board": "ABXYZ", "board_0_identifier": "42"},
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert 'id="id_board_0_board_error"' in html
    assert 'href="#id_board_0_board"' in html
    assert list(profile_for(user).board_ids.all()) == []


def test_api_refuses_an_unknown_board_naming_the_field():
    user = learner()
    client = Client(headers={"Authorization": f"Bearer {issue_token(user=user)}"})
    response = client.patch(
        "/api/me/profile",
        {
            "board_ids": [
                {"board": "ABIM", "identifier": "1"},
                {"board": "ABXYZ", "identifier": "2"},
            ]
        },
        "application/json",
    )
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["field"] == "board_ids[1].board"
    assert "ABXYZ" in problem["message"]
    half = client.patch(
        "/api/me/profile", {"board_ids": [{"board": "ABIM", "identifier": " "}]}, "application/json"
    )
    assert [p["field"] for p in half.json()["detail"]] == ["board_ids[0].identifier"]
    ok = client.patch(
        "/api/me/profile",
        {"board_ids": [{"board": "abpath", "identifier": "P-7"}]},
        "application/json",
    )
    assert ok.status_code == 200, ok.json()
    assert ok.json()["board_ids"] == [{"board": "ABPATH", "identifier": "P-7"}]
