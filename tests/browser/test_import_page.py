"""The staff import page in a real Chromium: paste a listing, review the marked source, save.

axe (WCAG 2.2 AA) on the source and review pages; a 390px phone scrolls neither sideways.
Set ``OPENCME_SCREENSHOTS=/some/folder`` to keep screenshots of what the test sees.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import expect

from opencme.activities.models import Activity
from opencme.ingest.loader import import_listing
from opencme.ingest.parsing import parse_listing
from opencme.providers.models import Provider
from tests import factories
from tests.browser.audit import look_at_every_width
from tests.browser.orm import db
from tests.browser.test_finder import axe_violations, csp_errors, shoot
from tests.browser.test_journey import no_sideways_scroll

pytestmark = pytest.mark.browser

LISTING = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "listings"
    / "seed_000_pcss_moud_course_page.txt"
).read_text(encoding="utf-8")


@pytest.fixture
def staff_cookies(catalog, live_server) -> list[dict[str, Any]]:
    """A signed-in member of staff of one provider, as browser cookies (made before launch)."""
    provider = factories.provider(name="Importing Health")
    user = factories.staff(of=provider, email="importer@example.org")
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    return [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]


def _to_review(page: Any, url: str) -> None:
    page.goto(url)
    page.get_by_label("Listing text").fill(LISTING)
    page.get_by_role("button", name="Read the listing").click()
    page.get_by_role("heading", name="Draft").wait_for()


def test_import_page_paste_review_and_save_in_chromium(
    live_server, staff_cookies: list[dict[str, Any]], launch
) -> None:
    url = live_server.url + "/import/"
    context = launch()
    context.add_cookies(staff_cookies)
    page = context.new_page()
    blocked = csp_errors(page)
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Import", exact=True).click()
    page.wait_for_url(url)
    shoot(page, "import-source-desktop", slices=1)

    _to_review(page, url)
    credit_lines = page.locator("li.src-line--credit")
    assert credit_lines.count() >= 1
    assert "credits" in credit_lines.first.inner_text()
    assert page.locator("li.src-line--missed").count() >= 1
    assert (
        page.get_by_role("textbox", name="Title", exact=True)
        .input_value()
        .startswith("An Overview on the Use of Opioids")
    )
    shoot(page, "import-review-desktop", slices=3)

    page.get_by_role("textbox", name="Title", exact=True).fill(
        "Opioids for Low Back Pain (imported)"
    )
    # A person who saves has checked each field marked "needs review" against the source.
    boxes = page.locator("input[name^='confirm_']")
    for i in range(boxes.count()):
        boxes.nth(i).check()
    page.get_by_role("button", name="Save as a listed activity").click()
    page.wait_for_url(re.compile(r"/activities/\d+/$"))
    expect(page.get_by_role("heading", name="Opioids for Low Back Pain (imported)")).to_be_visible()
    assert "Saved" in page.locator(".messages").inner_text()
    assert blocked == [], blocked

    audit = launch(bypass_csp=True)
    audit.add_cookies(staff_cookies)
    audit_page = audit.new_page()
    audit_page.goto(url)
    assert axe_violations(audit_page) == [], "source"
    _to_review(audit_page, url)
    assert axe_violations(audit_page) == [], "review"

    phone = launch(width=390, height=844)
    phone.add_cookies(staff_cookies)
    phone_page = phone.new_page()
    phone_page.goto(url)
    no_sideways_scroll(phone_page)
    shoot(phone_page, "import-source-phone", slices=1)
    _to_review(phone_page, url)
    no_sideways_scroll(phone_page)
    shoot(phone_page, "import-review-phone", slices=3)


@pytest.fixture
def held_review(staff_cookies) -> str:
    """A listing imported with two fields read with low confidence and a navigation title: held
    back from the finder, its review page's path."""
    provider = Provider.objects.get(name="Importing Health")
    user = get_user_model().objects.get(email="importer@example.org")
    draft = parse_listing(LISTING, origin="browser test")
    draft.record["title"] = "Return to Course Listing"
    draft.confidence = {k: 0.99 for k in draft.record} | {"expires": 0.35, "credits": 0.5}
    outcome = import_listing(
        text=LISTING, origin="browser test", actor=user, provider=provider, draft=draft
    )
    assert outcome.activity_id is not None, outcome.reasons
    activity = Activity.objects.get(pk=outcome.activity_id)
    assert activity.status == Activity.Status.DRAFT, outcome
    return f"/import/?review={activity.pk}"


def test_import_page_review_flags_at_every_width_in_chromium(
    live_server, staff_cookies: list[dict[str, Any]], held_review: str, chromium
) -> None:
    url = live_server.url + held_review
    context = chromium()
    context.add_cookies(staff_cookies)
    page = context.new_page()
    page.goto(url)
    summary = page.get_by_role("region", name=re.compile("Needs review"))
    expect(summary).to_be_visible()
    for label in ("Title", "Expiry date", "Credits"):
        expect(summary.get_by_role("link", name=label)).to_be_visible()
    summary.get_by_role("link", name="Expiry date").click()
    flag = page.locator("#review-expires")
    assert "low confidence (35%" in flag.inner_text()
    expect(flag.get_by_label("I have checked the expiry date against the source")).to_be_visible()
    assert "link or button" in page.locator("#review-title").inner_text()
    assert page.locator("li.src-line--review").count() >= 1
    everything = page.get_by_label(
        "I have checked all 3 fields marked “needs review” against the source"
    )
    everything.scroll_into_view_if_needed()
    expect(everything).to_be_visible()
    look_at_every_width(chromium, staff_cookies, [(url, "review-flags")], prefix="import")


def test_import_page_proposed_topics_corrected_with_checkboxes_in_chromium(
    live_server, staff_cookies: list[dict[str, Any]], launch
) -> None:
    """Topics proposed from the listing's text are shown as proposed, by their labels, ticked;
    a person unticks one and ticks another, and the activity keeps the codes they saved."""
    url = live_server.url + "/import/"
    context = launch()
    context.add_cookies(staff_cookies)
    page = context.new_page()
    blocked = csp_errors(page)
    _to_review(page, url)
    topics = page.get_by_role("group", name="Topics", exact=True)
    note = topics.locator(".proposed")
    assert "Proposed from the listing's text" in note.inner_text()
    assert "Opioid prescribing and pain management" in note.inner_text()
    opioids = topics.get_by_role("checkbox", name="Opioid prescribing and pain management")
    assert opioids.is_checked()
    assert not topics.get_by_role("checkbox", name="Human trafficking").is_checked()
    topics.scroll_into_view_if_needed()
    shoot(page, "import-topics-desktop", slices=1)

    topics.get_by_role("checkbox", name="Pain management", exact=True).uncheck()
    topics.get_by_role("checkbox", name="Substance use disorders (DEA MATE)").check()
    boxes = page.locator("input[name^='confirm_']")
    for i in range(boxes.count()):
        boxes.nth(i).check()
    page.get_by_role("button", name="Save as a listed activity").click()
    page.wait_for_url(re.compile(r"/activities/\d+/$"))
    pk = int(page.url.rstrip("/").rsplit("/", 1)[1])
    saved = db(lambda: list(Activity.objects.get(pk=pk).topics))
    assert saved == ["opioid_prescribing", "substance_use_disorders"]
    assert blocked == [], blocked

    phone = launch(width=390, height=844)
    phone.add_cookies(staff_cookies)
    phone_page = phone.new_page()
    _to_review(phone_page, url)
    phone_page.get_by_role("group", name="Topics", exact=True).scroll_into_view_if_needed()
    no_sideways_scroll(phone_page)
    shoot(phone_page, "import-topics-phone", slices=1)
