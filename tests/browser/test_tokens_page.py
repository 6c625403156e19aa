"""The API tokens page in Chromium at 1280 and 390 px: reached from the profile, a token made
(its key shown once), listed and revoked; no axe violations, nothing the CSP blocks."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from opencme.accounts import services
from tests import factories
from tests.browser.test_finder import axe_violations, csp_errors, shoot

pytestmark = pytest.mark.browser
PASSWORD = "Lumbar-reassess-2026"


def sign_in(page: Any, base: str, email: str) -> None:
    page.goto(f"{base}/accounts/sign-in/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/learn/")


@pytest.fixture
def account(catalog, settings) -> str:
    """A learner with a password and one token, made before the browser starts."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    user = factories.user(email="tokens@example.org", password=PASSWORD)
    services.issue_token(user=user, name="Laptop script that exports my transcript nightly")
    return user.email


def make_token(page: Any, base: str, email: str, name: str) -> str:
    """Sign in, go from the profile to the tokens page, make a token ``name``; its key."""
    sign_in(page, base, email)
    page.goto(f"{base}/accounts/profile/")
    page.get_by_role("link", name="See, make and revoke your API tokens").click()
    expect(page.get_by_role("heading", name="Your API tokens")).to_be_visible()
    expect(page.get_by_text("Never used").first).to_be_visible()
    page.get_by_label("Name").fill(name)
    page.get_by_role("button", name="Make a token").click()
    return page.locator("#new-token").inner_text().strip()


@pytest.mark.parametrize("width", [1280, 390])
def test_tokens_page_makes_lists_and_revokes_at_each_width(account, live_server, launch, width):
    # As served (strict CSP): the whole flow, nothing blocked.
    page = launch(width=width, height=900).new_page()
    blocked = csp_errors(page)
    key = make_token(page, live_server.url, account, "My phone")
    assert len(key) >= 40
    box = page.locator("#new-token").bounding_box()
    assert box is not None
    assert box["x"] + box["width"] <= width  # the key wraps, never cut off
    page.get_by_role("button", name="Revoke the token My phone").click()
    page.wait_for_url(f"{live_server.url}/accounts/tokens/")
    expect(page.get_by_text("The token is revoked")).to_be_visible()
    assert page.locator("#new-token").count() == 0
    assert page.get_by_role("heading", name="My phone").count() == 0
    assert blocked == []
    # axe needs its script let in: the same pages in a context that bypasses the CSP.
    audit = launch(bypass_csp=True, width=width, height=900).new_page()
    make_token(audit, live_server.url, account, "Tablet")
    assert axe_violations(audit) == []
    shoot(audit, f"tokens-made-{width}")
    audit.goto(f"{live_server.url}/accounts/tokens/")
    assert axe_violations(audit) == []
    shoot(audit, f"tokens-list-{width}")
