"""The site's frame in a real Chromium: the navigation is a "Menu" disclosure at 390 px and an
inline list at 1280 px, works from the keyboard (Escape closes it), shows every link without
script; the styled 404 page; no CSP errors and no axe violations.

Set ``OPENCME_SCREENSHOTS=/some/folder`` to save screenshots of what the tests see.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.test_finder import axe_violations, csp_errors, shoot

pytestmark = pytest.mark.browser

NAV_LINKS = ["Find activities", "API docs", "Sign in", "Create account"]


def nav_link(page: Any, name: str) -> Any:
    return page.get_by_role("navigation", name="Main").get_by_role("link", name=name)


def test_phone_menu_opens_closes_with_escape_and_keeps_focus(live_server, chromium) -> None:
    page = chromium(width=390).new_page()
    blocked = csp_errors(page)
    page.goto(live_server.url + "/")
    toggle = page.get_by_role("button", name="Menu")
    expect(toggle).to_be_visible()
    assert toggle.get_attribute("aria-expanded") == "false"
    expect(nav_link(page, "Find activities")).not_to_be_visible()
    shoot(page, "shell-home-390-closed", slices=1)

    # Keyboard: skip link, brand, then the menu button.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.navToggle") is not None
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    for name in NAV_LINKS:
        expect(nav_link(page, name), name).to_be_visible()
    shoot(page, "shell-home-390-open", slices=1)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Find activities"
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    expect(nav_link(page, "Find activities")).not_to_be_visible()
    assert page.evaluate("document.activeElement.dataset.navToggle") is not None

    toggle.click()
    nav_link(page, "Sign in").click()
    page.wait_for_url("**/accounts/sign-in/")
    assert page.get_by_role("button", name="Menu").get_attribute("aria-expanded") == "false"
    assert blocked == []


def test_wide_screen_shows_the_links_inline_without_a_menu_button(live_server, chromium) -> None:
    page = chromium(width=1280).new_page()
    page.goto(live_server.url + "/")
    expect(page.get_by_role("button", name="Menu")).not_to_be_visible()
    tops = {name: nav_link(page, name).bounding_box()["y"] for name in NAV_LINKS}
    assert len(set(tops.values())) == 1, tops  # one row
    shoot(page, "shell-home-1280", slices=1)


def test_without_script_the_links_show_and_the_button_does_not(live_server, chromium) -> None:
    page = chromium(width=390, javascript=False).new_page()
    page.goto(live_server.url + "/")
    expect(page.get_by_role("button", name="Menu")).not_to_be_visible()
    for name in NAV_LINKS:
        expect(nav_link(page, name), name).to_be_visible()


@pytest.mark.parametrize("width", [390, 1280])
def test_the_404_page_is_in_the_site_frame_and_accessible(
    live_server, chromium, width: int
) -> None:
    context = chromium(width=width)
    page = context.new_page()
    blocked = csp_errors(page)
    page.goto(live_server.url + "/")
    response = page.goto(live_server.url + "/no/such/page/")
    assert response is not None
    assert response.status == 404
    assert page.get_by_role("heading", level=1).inner_text() == "We can’t find that page"
    expect(page.get_by_role("button", name="Go back to the previous page")).to_be_visible()
    shoot(page, f"shell-404-{width}", slices=1)
    page.get_by_label("Search activities").fill("opioid")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/activities/?q=opioid")
    assert blocked == []

    audit = chromium(width=width, bypass_csp=True).new_page()  # axe is an inline script
    audit.goto(live_server.url + "/no/such/page/")
    assert axe_violations(audit) == []
    toggle = audit.get_by_role("button", name="Menu")
    if toggle.is_visible():
        toggle.click()
        assert axe_violations(audit) == []
