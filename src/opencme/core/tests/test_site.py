"""The site's one public address: every absolute link starts with OPENCME_SITE_URL, whatever
host a request came in on, and a malformed address fails the system checks."""

from __future__ import annotations

import pytest
from django.core import mail
from django.template.loader import render_to_string
from django.test import override_settings

from opencme.core.checks import check_site_url, check_site_url_deploy
from opencme.core.site import absolute_url, address_problems

SITE = "https://cme.example.org:8443"


@pytest.mark.parametrize(
    "url",
    [
        "https://cme.example.org",
        "http://127.0.0.1:9000",
        "https://cme.example.org/",
        "http://[::1]:8000",
    ],
)
def test_address_problems_accepts_a_site_root(url):
    assert address_problems(url) == []


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("cme.example.org", "http:// or https://"),
        ("ftp://cme.example.org", "http:// or https://"),
        ("https://", "no host name"),
        ("https://cme.example.org/opencme", "without a path"),
        ("https://cme.example.org/?a=1", "without a path"),
        ("https://user:pw@cme.example.org", "user name or password"),
        ("http://127.0.0.1:port", "not a URL"),
    ],
)
def test_address_problems_names_what_is_wrong(url, problem):
    assert any(problem in p for p in address_problems(url)), address_problems(url)


def test_absolute_url_joins_the_site_and_a_path():
    with override_settings(SITE_URL=SITE + "/"):
        assert absolute_url("/verify/abc") == SITE + "/verify/abc"
    with pytest.raises(ValueError, match="starting with '/'"):
        absolute_url("verify/abc")


def test_check_site_url_refuses_a_malformed_address():
    with override_settings(SITE_URL="cme.example.org"):
        [error] = check_site_url(None)
    assert error.id == "opencme.core.E001"
    with override_settings(SITE_URL=SITE):
        assert check_site_url(None) == []


@pytest.mark.parametrize(
    ("configured", "url", "ids"),
    [
        (False, "http://127.0.0.1:8000", ["opencme.core.E002"]),
        (True, "http://cme.example.org", ["opencme.core.E003"]),
        (True, "https://elsewhere.example.org", ["opencme.core.W004"]),
        (True, "https://cme.example.org", []),
    ],
)
def test_check_site_url_deploy_wants_a_set_https_address(configured, url, ids):
    with override_settings(
        SITE_URL=url, SITE_URL_CONFIGURED=configured, ALLOWED_HOSTS=["cme.example.org"]
    ):
        assert [e.id for e in check_site_url_deploy(None)] == ids


@pytest.mark.django_db
def test_password_reset_email_links_to_the_site_address_not_the_request_host(client):
    from tests import factories

    factories.user(email="reset.me@example.org")
    with override_settings(SITE_URL=SITE, ALLOWED_HOSTS=["evil.example", "testserver"]):
        client.post(
            "/accounts/password-reset/", {"email": "reset.me@example.org"}, HTTP_HOST="evil.example"
        )
    [message] = mail.outbox
    assert f"{SITE}/accounts/password-reset/" in message.body
    assert "evil.example" not in message.body


def test_absolute_url_tag_reverses_on_the_site_address():
    with override_settings(SITE_URL=SITE):
        text = render_to_string(
            "accounts/password_reset_email.txt",
            {"email": "a@example.org", "uid": "MQ", "token": "abc-def"},
        )
    assert f"{SITE}/accounts/password-reset/MQ/abc-def/" in text
