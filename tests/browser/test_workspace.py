"""A coordinator signs in and lands in the provider workspace, searches the activities and
sees what is due; at 1280 and 390 px, no axe violations, no sideways scroll, nothing the CSP
blocks, and the header says where they are."""

from __future__ import annotations

import re
from typing import Any

import pytest

from opencme.reporting.tests import data
from tests import factories
from tests.browser.audit import look_at_every_width
from tests.browser.test_finder import csp_errors

pytestmark = pytest.mark.browser
PASSWORD = "Coordinator-desk-2026"
# CPE Monitor takes pharmacy credit up to 60 days after completion and PARS 30: 55 days on,
# the pharmacist's claim is due this week and the physician's is overdue.
DAYS_LATER = 55


@pytest.fixture
def coordinator(catalog, settings) -> dict[str, Any]:
    """A provider with activities and two claims, and its coordinator, made before the browser."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    provider = data.provider("Lakeside Health Education")
    pain = data.activity(provider, title="Managing chronic pain safely")
    data.activity(provider, title="Sepsis in the first hour")
    factories.activity(of=provider, title="Pain in older adults: a draft")
    data.claim(data.learner(data.PHARMACIST), pain, "ACPE")
    data.claim(data.learner(data.PHYSICIAN), pain, "AMA_PRA_1")
    user = factories.user(email="coordinator@example.org", password=PASSWORD)
    factories.membership(of=provider, member=user)
    settings.CLOCK_OFFSET_DAYS = DAYS_LATER
    return {"email": user.email, "slug": provider.slug}


def test_coordinator_lands_in_the_workspace_searches_and_sees_what_is_due(
    live_server, coordinator, launch
) -> None:
    base = live_server.url
    strict = launch()
    page = strict.new_page()
    blocked = csp_errors(page)
    page.goto(f"{base}/accounts/sign-in/")
    page.get_by_label("Email").fill(coordinator["email"])
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    home = f"{base}/provider/{coordinator['slug']}/"
    page.wait_for_url(home)
    assert page.get_by_role("heading", level=1).inner_text().endswith("Lakeside Health Education")
    nav = page.get_by_role("navigation", name="Main")
    assert nav.get_by_role("link", name="Workspace").get_attribute("aria-current") == "page"
    assert nav.get_by_role("link", name="Reports").get_attribute("aria-current") is None

    due = page.locator("section", has=page.get_by_role("heading", name="What is due"))
    due_text = due.inner_text()
    for shown in ("Overdue (1)", "Due this week (1)", "Dana Q Whitfield", "Mei Tanaka"):
        assert shown in due_text
    claims = page.locator("section", has=page.get_by_role("heading", name="Recent claims"))
    stamp = r"Claimed \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M [A-Z]{3,4}"  # with its zone
    assert re.search(stamp, claims.inner_text())

    page.get_by_label("Search titles").fill("pain")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"\?q=pain"))
    listed = page.locator("section", has=page.get_by_role("heading", name="Activities"))
    text = listed.inner_text()
    assert "2 activities with “pain” in the title." in text
    assert "Sepsis in the first hour" not in text
    page.get_by_role("link", name=re.compile(r"^Draft")).click()
    page.wait_for_url(re.compile(r"state=draft&q=pain"))
    assert "1 activity draft with “pain” in the title." in listed.inner_text()
    searched = page.url

    page.get_by_role("link", name="Open reports").click()
    page.wait_for_url(f"{base}/reports/{coordinator['slug']}/")
    assert nav.get_by_role("link", name="Reports").get_attribute("aria-current") == "page"
    assert blocked == []

    # axe needs its script injected, which a strict CSP refuses: audit in a second browser.
    pages = ((home, "workspace"), (searched, "workspace-search"))
    look_at_every_width(launch, strict.cookies(), pages, prefix="home")
