"""Coming from an activity: sign-up, the confirmation email, confirmation and sign-in bring the
learner back to it, ready to enroll; a ``next`` pointing elsewhere is ignored."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.core import mail
from django.test import Client

from opencme.accounts.models import User
from opencme.activities.models import Activity
from tests import factories
from tests.journey_data import seed_000_rerelease

pytestmark = pytest.mark.django_db
PASSWORD = "Lumbar-reassess-2026"
EVIL = "https://evil.example/"


@pytest.fixture
def activity() -> Activity:
    return seed_000_rerelease()


def hrefs(html: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'href="([^"]*)"', html)]


def sign_up(client: Client, email: str, next_url: str, capture) -> str:
    """Sign up from ``/accounts/sign-up/?next=<next_url>``; the path of the emailed link."""
    form = client.get("/accounts/sign-up/", {"next": next_url}).content.decode()
    if next_url.startswith("/activities/"):
        assert "Once you confirm your email, you come back to <strong>" in form
    hidden = re.search(r'<input type="hidden" name="next" value="([^"]*)"', form)
    with capture(execute=True):
        response = client.post(
            "/accounts/sign-up/",
            {
                "email": email,
                "password": PASSWORD,
                "password_again": PASSWORD,
                "next": unescape(hidden[1]) if hidden else "",
            },
        )
    assert response.status_code == 302, response.content.decode()
    [message] = [m for m in mail.outbox if email in m.to]
    link = re.search(r"https?://[^/\s]+(/accounts/confirm/\S+/)", str(message.body))
    assert link, message.body
    return link[1]


def test_activity_page_sign_in_and_sign_up_links_come_back_to_it(activity):
    html = Client().get(f"/activities/{activity.pk}/").content.decode()
    back = f"next=/activities/{activity.pk}/"
    links = hrefs(html)
    assert f"/accounts/sign-in/?{back}" in links
    assert f"/accounts/sign-up/?{back}" in links


def test_next_survives_sign_up_the_email_and_confirmation_which_signs_in(
    activity, django_capture_on_commit_callbacks
):
    client = Client()
    path = f"/activities/{activity.pk}/"
    link = sign_up(client, "back@example.org", path, django_capture_on_commit_callbacks)
    # The link works in another browser too (the email is read on a phone).
    phone = Client()
    page = phone.get(link)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Your email is confirmed" in html
    user = User.objects.get(email="back@example.org")
    assert phone.session["_auth_user_id"] == str(user.pk)
    assert f"Continue to {activity.title}" in unescape(html)
    assert path in hrefs(html)
    # Back on the activity: signed in, ready to enroll.
    assert f'action="/learn/activities/{activity.pk}/enroll/"' in phone.get(path).content.decode()


def test_a_second_opening_of_the_link_offers_sign_in_back_to_the_activity(
    activity, django_capture_on_commit_callbacks
):
    path = f"/activities/{activity.pk}/"
    link = sign_up(Client(), "twice@example.org", path, django_capture_on_commit_callbacks)
    Client().get(link)  # the first opening confirms and signs that browser in
    other = Client()
    html = unescape(other.get(link).content.decode())
    assert "_auth_user_id" not in other.session  # the link signs in once only
    assert f"Sign in to continue to {activity.title}" in html
    sign_in_url = f"/accounts/sign-in/?next={path}"
    assert sign_in_url in hrefs(html)
    form = other.get(sign_in_url).content.decode()
    assert f'name="next" value="{path}"' in form
    response = other.post(
        sign_in_url, {"email": "twice@example.org", "password": PASSWORD, "next": path}
    )
    assert response["Location"] == path


def test_a_confirmation_link_older_than_a_day_confirms_but_asks_to_sign_in(
    activity, django_capture_on_commit_callbacks, settings
):
    path = f"/activities/{activity.pk}/"
    link = sign_up(Client(), "late@example.org", path, django_capture_on_commit_callbacks)
    settings.CLOCK_OFFSET_DAYS = 2
    late = Client()
    html = unescape(late.get(link).content.decode())
    assert "Your email is confirmed" in html
    assert User.objects.get(email="late@example.org").email_confirmed_at is not None
    assert "_auth_user_id" not in late.session
    assert f"/accounts/sign-in/?next={path}" in hrefs(html)
    settings.CLOCK_OFFSET_DAYS = 8
    assert Client().get(link).status_code == 400  # past seven days the link has expired


def test_check_email_page_and_sign_in_page_keep_next(activity, django_capture_on_commit_callbacks):
    client = Client()
    path = f"/activities/{activity.pk}/"
    sign_up(client, "wait@example.org", path, django_capture_on_commit_callbacks)
    waiting = client.get("/accounts/sign-up/check-your-email/").content.decode()
    assert f"/accounts/sign-in/?next={path}" in hrefs(waiting)
    sign_in = client.get("/accounts/sign-in/", {"next": path}).content.decode()
    assert f"/accounts/sign-up/?next={path}" in hrefs(sign_in)


def test_an_outside_next_is_ignored_all_the_way(django_capture_on_commit_callbacks):
    client = Client()
    form = client.get("/accounts/sign-up/", {"next": EVIL}).content.decode()
    assert "evil.example" not in form
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/accounts/sign-up/",
            {
                "email": "safe@example.org",
                "password": PASSWORD,
                "password_again": PASSWORD,
                "next": EVIL,
            },
        )
    [message] = mail.outbox
    link = re.search(r"https?://[^/\s]+(/accounts/confirm/\S+/)", str(message.body))
    assert link, message.body
    html = client.get(link[1]).content.decode()
    assert "evil.example" not in html
    assert "/learn/" in hrefs(html)  # the default next step: my learning
    assert "evil.example" not in client.get("/accounts/sign-in/", {"next": EVIL}).content.decode()
    factories.user(email="out@example.org", password=PASSWORD)
    response = Client().post(
        f"/accounts/sign-in/?next={EVIL}",
        {"email": "out@example.org", "password": PASSWORD, "next": "//evil.example/x"},
    )
    assert response["Location"] == "/learn/"
