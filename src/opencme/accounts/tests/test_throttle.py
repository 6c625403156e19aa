"""Sign-in throttling that cannot be turned against everyone (issue 16, item 1).

The client's address is read through ``OPENCME_TRUSTED_PROXIES`` (only that many hops of
``X-Forwarded-For`` are believed); an address that fails often is slowed down (429 with
Retry-After, for that address only) and never locks accounts; the per-account limit stays.
``/admin/login/`` and password reset are throttled the same way.
"""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client

from opencme.accounts.models import Attempt
from tests import factories

pytestmark = pytest.mark.django_db
PASSWORD = "Lumbar-reassess-2026"
PROXY = "10.9.9.9"  # the reverse proxy every request comes through


@pytest.fixture(autouse=True)
def _fast_hashes(settings):
    """MD5 instead of Argon2: these tests check hundreds of passwords, not the hasher."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def through_proxy(client_address: str, spoofed: str = "") -> Client:
    """A browser at ``client_address`` behind one proxy, which appends what it saw to
    whatever ``X-Forwarded-For`` the browser sent (``spoofed``)."""
    forwarded = f"{spoofed}, {client_address}" if spoofed else client_address
    return Client(REMOTE_ADDR=PROXY, headers={"X-Forwarded-For": forwarded})


WRONG = "not the password 1"


def sign_in(client: Client, email: str, password: str = WRONG):
    return client.post("/accounts/sign-in/", {"email": email, "password": password})


def test_invented_addresses_from_one_client_do_not_lock_everyone_behind_the_proxy(settings):
    settings.TRUSTED_PROXIES = 1
    factories.user(email="nurse@example.org", password=PASSWORD)
    attacker = through_proxy("203.0.113.7")
    statuses = [sign_in(attacker, f"invented{i}@example.org").status_code for i in range(30)]
    assert statuses.count(422) >= 10  # real checks first, then slowed down
    assert statuses[-1] == 429
    # Someone else behind the same proxy signs in at once.
    response = sign_in(through_proxy("198.51.100.20"), "nurse@example.org", PASSWORD)
    assert response.status_code == 302


def test_a_slowed_address_is_told_when_to_come_back_and_is_not_locked_out(settings):
    settings.TRUSTED_PROXIES = 1
    factories.user(email="nurse@example.org", password=PASSWORD)
    attacker = through_proxy("203.0.113.7")
    for i in range(40):
        response = sign_in(attacker, f"invented{i}@example.org")
    assert response.status_code == 429
    wait = int(response["Retry-After"])
    assert 1 <= wait <= 60
    assert "network address" in response.content.decode()
    # After the wait (not 15 minutes) the address may try again.
    settings.CLOCK_OFFSET_DAYS = (wait + 1) / 86400
    assert sign_in(attacker, "nurse@example.org", PASSWORD).status_code == 302


def test_only_the_configured_hops_of_x_forwarded_for_are_believed(settings):
    settings.TRUSTED_PROXIES = 1
    # The attacker invents the left part of the header afresh each time; the proxy's entry
    # (the last one) is what counts, so all attempts come from one address.
    statuses = []
    for i in range(40):
        client = through_proxy("203.0.113.7", spoofed=f"192.0.2.{i}")
        statuses.append(sign_in(client, f"invented{i}@example.org").status_code)
    assert statuses[-1] == 429
    assert set(Attempt.objects.values_list("ip", flat=True)) == {"203.0.113.7"}


def test_without_trusted_proxies_x_forwarded_for_is_ignored(settings):
    settings.TRUSTED_PROXIES = 0
    client = Client(REMOTE_ADDR="198.51.100.3", headers={"X-Forwarded-For": "192.0.2.1"})
    sign_in(client, "someone@example.org")
    assert list(Attempt.objects.values_list("ip", flat=True)) == ["198.51.100.3"]


def test_the_per_account_limit_stays_and_holds_from_every_address(settings):
    settings.TRUSTED_PROXIES = 1
    factories.user(email="nurse@example.org", password=PASSWORD)
    for i in range(5):
        assert sign_in(through_proxy(f"203.0.113.{i}"), "nurse@example.org").status_code == 422
    response = sign_in(through_proxy("198.51.100.20"), "nurse@example.org", PASSWORD)
    assert response.status_code == 429
    assert "wait 15 minutes or reset your password" in response.content.decode()
    assert int(response["Retry-After"]) > 14 * 60


def test_twelve_wrong_admin_passwords_are_throttled_and_recorded():
    factories.user(email="root@example.org", password=PASSWORD, is_staff=True, is_superuser=True)
    client = Client()
    statuses = []
    for _ in range(12):
        response = client.post(
            "/admin/login/?next=/admin/",
            {"username": "root@example.org", "password": "wrong", "next": "/admin/"},
        )
        statuses.append(response.status_code)
    assert statuses[:5] == [200] * 5  # Django's own "please enter the correct" page
    assert set(statuses[5:]) == {429}
    assert Attempt.objects.filter(email="root@example.org", kind="sign-in").count() == 5
    # The right password waits too, then a right one clears the failures.
    right = {"username": "root@example.org", "password": PASSWORD, "next": "/admin/"}
    assert client.post("/admin/login/", right).status_code == 429


def test_a_right_admin_password_gets_in_and_clears_the_failures():
    factories.user(email="root@example.org", password=PASSWORD, is_staff=True, is_superuser=True)
    client = Client()
    client.post("/admin/login/", {"username": "root@example.org", "password": "wrong"})
    response = client.post(
        "/admin/login/", {"username": "root@example.org", "password": PASSWORD, "next": "/admin/"}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert not Attempt.objects.filter(email="root@example.org").exists()


def test_ten_password_reset_requests_do_not_send_ten_emails():
    factories.user(email="forgot@example.org", password=PASSWORD)
    client = Client()
    for _ in range(10):
        response = client.post("/accounts/password-reset/", {"email": "forgot@example.org"})
        assert response.status_code in (302, 429)
    assert 1 <= len(mail.outbox) <= 3


def test_reset_requests_from_one_address_for_many_accounts_are_slowed():
    for i in range(10):
        factories.user(email=f"user{i}@example.org", password=PASSWORD)
    client = Client()
    statuses = [
        client.post("/accounts/password-reset/", {"email": f"user{i}@example.org"}).status_code
        for i in range(10)
    ]
    assert statuses[-1] == 429
    assert len(mail.outbox) < 10


def test_site_administrators_see_the_recorded_failures_read_only():
    admin_user = factories.superuser(email="root@example.org")
    Client().post("/accounts/sign-in/", {"email": "victim@example.org", "password": WRONG})
    client = Client()
    client.force_login(admin_user)
    page = client.get("/admin/accounts/attempt/")
    assert page.status_code == 200
    assert "victim@example.org" in page.content.decode()
    assert client.get("/admin/accounts/attempt/add/").status_code == 403
    staff = factories.user(is_staff=True)
    client.force_login(staff)
    assert client.get("/admin/accounts/attempt/").status_code == 403
