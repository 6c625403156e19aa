"""A returning physician in a real Chromium, at 1280 and 390 px: signs in, filters the finder
by nursing credit (one family for ANCC and other approved contact hours) with the keyboard and
keeps her place, looks at what is "Upcoming" (counted apart from what is open for credit
today), then searches with a typo ("opiod") and still finds the opioid activity run here, and
comes back to her results. axe on every page.

``OPENCME_SCREENSHOTS=/some/folder`` keeps what the test sees (``physician-*.png``).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from opencme.activities.models import Activity
from opencme.core import clock
from opencme.web.demo.rerelease import ensure_rerelease
from tests import factories
from tests.browser.test_finder import axe_violations, csp_errors, shoot
from tests.browser.test_journey import no_sideways_scroll

pytestmark = pytest.mark.browser

EMAIL = "returning.physician@example.org"
PASSWORD = "Lumbar-reassess-2026"
NURSING = "Nursing contact hours (ANCC or other approved)"


@pytest.fixture
def returning(catalog: dict[str, Activity]) -> dict[str, Any]:
    """The catalog with the hosted re-release of seed 000, and a physician with an account."""
    hosted = ensure_rerelease(seed=catalog["000"], today=clock.today())
    factories.user(email=EMAIL, password=PASSWORD)
    return {"hosted": hosted.pk, "title": hosted.title}


def results(page: Any) -> list[str]:
    return page.locator("li.card").all_inner_texts()


def shown_count(page: Any) -> int:
    text = page.locator(".results__count").inner_text()
    found = re.search(r"(\d+)\s+activit", text)
    return int(found[1]) if found else 0


@pytest.mark.parametrize("width", [1280, 390])
def test_returning_physician_filters_by_nursing_and_upcoming_and_searches_with_a_typo(
    live_server, returning: dict[str, Any], launch, width: int
) -> None:
    base = live_server.url
    context = launch(width=width, height=900)
    page = context.new_page()
    blocked = csp_errors(page)
    seen: list[str] = []

    # Sign in.
    page.goto(base + "/accounts/sign-in/")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/learn/$"))

    # The finder, filtered to nursing credit with the keyboard: the page reloads with the
    # filter ticked and the keyboard focus still on it.
    menu = page.get_by_role("button", name="Menu")
    if menu.is_visible():  # a phone: the navigation sits behind the menu button
        menu.click()
    page.get_by_role("navigation").get_by_role("link", name="Find activities").click()
    page.wait_for_url(re.compile(r"/activities/"))
    seen.append(page.url)
    everything = shown_count(page)
    filters = page.locator("details[data-filters]")
    if filters.get_attribute("open") is None:
        filters.locator("summary.filters__summary").click()
    nursing = page.get_by_label(re.compile(rf"^{re.escape(NURSING)}"))
    nursing.focus()
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"credit_family=nursing"))
    page.wait_for_load_state()
    nursing = page.get_by_label(re.compile(rf"^{re.escape(NURSING)}"))
    assert nursing.is_checked()
    focused = page.evaluate("() => document.activeElement && document.activeElement.id")
    assert focused == "f-credit_family-nursing", focused
    seen.append(page.url)
    shoot(page, f"physician-nursing-{width}", slices=2)
    nurses = shown_count(page)
    assert 0 < nurses < everything, (nurses, everything)
    label = nursing.locator("xpath=..").inner_text()
    assert f"({nurses})" in label, label
    for card in results(page):
        assert re.search(r"nursing|ANCC", card, re.I), card

    # Upcoming: counted apart, each dated.
    open_now = page.get_by_label(re.compile(r"^Open for credit now"))
    upcoming = page.get_by_label(re.compile(r"^Upcoming"))
    assert open_now.is_checked()
    upcoming_count = int(re.findall(r"\((\d+)\)", upcoming.locator("xpath=..").inner_text())[-1])
    assert upcoming_count > 0
    upcoming.check()
    page.wait_for_url(re.compile(r"upcoming=true"))
    page.wait_for_load_state()
    seen.append(page.url)
    shoot(page, f"physician-upcoming-{width}", slices=2)
    assert shown_count(page) == upcoming_count
    for card in results(page):
        assert "Upcoming: opens for credit" in card, card
        assert "Open for credit" not in card, card

    # A typo: "opiod" still finds the opioid activity that is run here.
    page.goto(base + "/activities/")
    box = page.get_by_label("Search activities")
    box.fill("opiod")
    box.press("Enter")
    page.wait_for_url(re.compile(r"q=opiod"))
    seen.append(page.url)
    shoot(page, f"physician-typo-{width}", slices=2)
    main = page.locator("main").inner_text()
    assert re.search(r"Showing results for “opioid”|Did you mean opioid", main), main
    card = (
        page.locator("li.card")
        .filter(has_text=returning["title"])
        .filter(has=page.locator(".badge--hosted"))
    )
    assert card.count() == 1
    card.get_by_role("link", name=returning["title"]).click()
    page.wait_for_url(re.compile(rf"/activities/{returning['hosted']}/"))
    seen.append(page.url)
    expect(page.get_by_role("button", name="Enroll")).to_be_visible()

    # Back to results keeps the question.
    page.get_by_role("link", name="Back to results").click()
    page.wait_for_url(re.compile(r"/activities/\?"))
    assert page.get_by_label("Search activities").input_value() in ("opiod", "opioid")
    assert page.locator("li.card").filter(has_text=returning["title"]).count() >= 1
    assert blocked == [], blocked

    # axe on each page seen (injected, so in a context that bypasses our CSP).
    audit = launch(bypass_csp=True, width=width, height=900)
    audit.add_cookies(context.cookies())
    audit_page = audit.new_page()
    for url in seen:
        audit_page.goto(url)
        assert axe_violations(audit_page) == [], url
        no_sideways_scroll(audit_page)
