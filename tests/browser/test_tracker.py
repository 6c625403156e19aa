"""The clinician's tracker in Chromium: a physician enters two licenses and a DEA registration
(a mistake first, shown beside its field), sees the gaps, the timeline and each number's why;
no axe violations and no sideways scroll at 1280 and 390 px, nothing the CSP blocks.

Set ``OPENCME_SCREENSHOTS=/some/folder`` to keep screenshots of each page at both widths.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from playwright.sync_api import expect

from opencme.core import clock
from opencme.requirements.models import Credential
from tests import factories
from tests.browser.audit import look_at_every_width
from tests.browser.orm import db
from tests.browser.test_finder import csp_errors

pytestmark = pytest.mark.browser
PASSWORD = "Tracker-physician-2026"
EMAIL = "tracker@example.org"


@pytest.fixture
def physician(live_server, transactional_db, settings) -> str:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    factories.user(email=EMAIL, password=PASSWORD)
    return EMAIL


def _add_license(page: Any, state: str, expires: dt.date) -> None:
    page.get_by_label("State", exact=True).select_option(label=state)
    page.get_by_label("Type of license").select_option(label="Doctor of Medicine (MD)")
    page.get_by_label("Expires on").fill(expires.isoformat())
    page.get_by_label("Which renewal ends on that date?").select_option(
        label="Third renewal or later"
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Add this license").click()
    expect(page.get_by_text("Saved. The tracker now counts your credit toward it.")).to_be_visible()


def test_physician_enters_licenses_and_dea_and_sees_the_gaps(physician, live_server, chromium):
    base = live_server.url
    today = clock.today()
    florida_expiry = dt.date(today.year + 1, 1, 31)
    texas_expiry = dt.date(today.year + 1, 8, 31)
    dea_expiry = dt.date(today.year + 2, 3, 31)
    context = chromium(width=1280)
    page = context.new_page()
    blocked = csp_errors(page)

    page.goto(f"{base}/accounts/sign-in/")
    page.get_by_label("Email").fill(physician)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/learn/")
    page.get_by_role("link", name="Tracker").click()
    page.wait_for_url(f"{base}/learn/tracker/")
    page.get_by_role("link", name="Add your licenses, DEA registration and board").click()
    page.wait_for_url(f"{base}/learn/tracker/credentials/")

    # A license without its expiry: the problem is named beside the field, nothing saved.
    page.get_by_label("State", exact=True).select_option(label="Florida")
    with page.expect_navigation():
        page.get_by_role("button", name="Add this license").click()
    expect(page.get_by_role("heading", name="There are problems")).to_be_visible()
    error = page.locator("#id_license-expires_on_error")
    assert "Give the date the license expires" in error.inner_text()
    assert db(lambda: Credential.objects.count()) == 0

    _add_license(page, "Florida", florida_expiry)
    _add_license(page, "Texas", texas_expiry)
    page.get_by_label("Registration renewal date").fill(dea_expiry.isoformat())
    with page.expect_navigation():
        page.get_by_role("button", name="Add the DEA registration").click()
    table = page.get_by_role("table")
    for name in (
        "Florida license: Doctor of Medicine (MD)",
        "Texas license: Doctor of Medicine (MD)",
        "DEA registration",
    ):
        expect(table.get_by_role("link", name=name, exact=True)).to_be_visible()
    assert table.get_by_text("Number: not given").count() == 3  # no number was needed

    page.get_by_role("link", name="What is due", exact=True).click()
    page.wait_for_url(f"{base}/learn/tracker/")
    florida = page.get_by_role("region", name="Florida license: Doctor of Medicine (MD)")
    expect(florida.get_by_text("Credit still due")).to_be_visible()
    expect(florida.get_by_text("0 of 40 hours: 40 still missing")).to_be_visible()
    gap = florida.locator("ul.gap-list > li", has_text="prevention of medical errors")
    expect(gap).to_be_visible()
    # The gap links to the finder's question for it (topic, credit types, free first).
    find = gap.get_by_role("link", name=re.compile(r"^Find activities for 2-hour course"))
    assert "topic=medical_errors" in (find.get_attribute("href") or "")
    dea = page.get_by_role("region", name="DEA registration")
    expect(dea.get_by_text("8 hours").first).to_be_visible()
    timeline = page.locator("ol.timeline > li")
    assert timeline.count() >= 3
    assert blocked == []

    florida.get_by_role("link", name="Why these numbers for Florida").click()
    page.get_by_text("Why: 2-hour course on the prevention of medical errors").click()
    quote = page.locator("details[open] blockquote").first
    expect(quote).to_be_visible()
    expect(page.locator("details[open] a[href^='http']").first).to_be_visible()
    why_url = page.url

    page.get_by_role("link", name="Credit from elsewhere").click()
    page.wait_for_url(f"{base}/learn/tracker/credits/")
    assert blocked == []

    look_at_every_width(
        chromium,
        context.cookies(),
        [
            (f"{base}/learn/tracker/", "dashboard"),
            (f"{base}/learn/tracker/credentials/", "credentials"),
            (why_url, "why"),
            (f"{base}/learn/tracker/credits/", "credits"),
        ],
        prefix="tracker",
    )
