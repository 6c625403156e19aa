"""Deadline reminders in Chromium: the stop link from an email works without signing in (a
confirm page, then a POST), a broken link gets a page saying so, and the tracker turns them
back on; no axe violations and no sideways scroll at 1280 and 390 px, nothing the CSP blocks.

Set ``OPENCME_SCREENSHOTS=/some/folder`` to keep screenshots of each page at both widths.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from playwright.sync_api import expect

from opencme.core import clock
from opencme.requirements import reminders, services
from opencme.requirements.models import TrackerProfile
from tests import factories
from tests.browser.audit import look_at_every_width
from tests.browser.orm import db
from tests.browser.test_finder import csp_errors

pytestmark = pytest.mark.browser
PASSWORD = "Reminded-physician-2026"
EMAIL = "reminded@example.org"


@pytest.fixture
def physician(live_server, transactional_db, settings) -> Any:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    user = factories.user(email=EMAIL, password=PASSWORD)
    services.save_credential(
        actor=user, user=user, kind="dea", expires_on=clock.today() + dt.timedelta(days=30)
    )
    return user


def _on(user: Any) -> bool:
    profile = TrackerProfile.objects.filter(user=user).first()
    return profile is None or profile.reminders_on


def test_stop_by_the_link_then_turn_back_on_from_the_tracker(physician, live_server, chromium):
    base = live_server.url
    stop = f"{base}/learn/tracker/reminders/stop/{reminders.unsubscribe_token(physician.pk)}/"
    bad = f"{base}/learn/tracker/reminders/stop/{physician.pk}.not-our-signature/"
    look_at_every_width(chromium, [], [(stop, "confirm"), (bad, "bad-link")], prefix="reminders")

    context = chromium(width=390)
    page = context.new_page()
    blocked = csp_errors(page)
    page.goto(stop)
    expect(page.get_by_role("heading", name="Stop deadline reminders?")).to_be_visible()
    assert EMAIL not in page.content()  # masked
    assert db(lambda: _on(physician))
    with page.expect_navigation():
        page.get_by_role("button", name="Stop these reminders").click()
    expect(page.get_by_role("heading", name="Deadline reminders stopped")).to_be_visible()
    assert not db(lambda: _on(physician))
    done = page.url
    look_at_every_width(chromium, [], [(done, "stopped")], prefix="reminders")

    page.get_by_role("link", name="your tracker").click()
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/learn/tracker/#reminders")
    section = page.get_by_role("region", name="Deadline reminders by email")
    expect(section.get_by_text("Off: we do not email you about deadlines.")).to_be_visible()
    with page.expect_navigation():
        section.get_by_role("button", name="Turn reminders on").click()
    expect(page.get_by_text("Deadline reminders are on.")).to_be_visible()
    assert db(lambda: _on(physician))
    assert blocked == []
    look_at_every_width(
        chromium, context.cookies(), [(f"{base}/learn/tracker/", "tracker")], prefix="reminders"
    )
