"""The finder in a real Chromium: search, filter by facet, open seed 000, accessibility, phones.

Set ``OPENCME_SCREENSHOTS=/some/folder`` to save full-page screenshots of what the tests see.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from opencme.activities.models import Activity
from tests.browser.conftest import AXE

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SEED_000_TITLE = "An Overview on the Use of Opioids for Low Back Pain"


def shoot(page: Any, name: str, slices: int = 3) -> None:
    """A full-page screenshot, and the top of the page in a few screen-high slices to read."""
    folder = os.environ.get("OPENCME_SCREENSHOTS")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)
    size = page.viewport_size
    total = page.evaluate("() => document.documentElement.scrollHeight")
    for i in range(slices):
        top = i * size["height"]
        if top >= total:
            break
        clip = {
            "x": 0,
            "y": top,
            "width": size["width"],
            "height": min(size["height"], total - top),
        }
        page.screenshot(path=str(Path(folder) / f"{name}-{i + 1}.png"), full_page=True, clip=clip)


def csp_errors(page: Any) -> list[str]:
    errors: list[str] = []
    page.on(
        "console",
        lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None,
    )
    return errors


def axe_violations(page: Any) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


def test_finder_search_filter_and_open_seed_000(
    live_server, launch, catalog: dict[str, Activity]
) -> None:
    context = launch()
    page = context.new_page()
    blocked = csp_errors(page)

    page.goto(live_server.url + "/")
    page.get_by_label("Search activities").fill("opioid")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/activities/\?q=opioid"))

    page.get_by_label("Include expired activities").check()
    page.wait_for_url(re.compile(r"include_expired=true"))
    expect(page.get_by_role("link", name=SEED_000_TITLE)).to_be_visible()

    page.get_by_label(re.compile(r"^AMA PRA Category 1 Credit™ \(\d+\)$")).check()
    page.wait_for_url(re.compile(r"credit_type=AMA_PRA_1"))
    expect(
        page.get_by_role("link", name=re.compile("Credit type: AMA PRA Category 1"))
    ).to_be_visible()
    card = page.locator(".card", has_text=SEED_000_TITLE)
    assert "1.25 AMA PRA Category 1 Credit™" in card.inner_text()
    assert "Listed from source" in card.inner_text()
    shoot(page, "finder-desktop")

    card.get_by_role("link", name=SEED_000_TITLE).click()
    page.wait_for_url(re.compile(rf"/activities/{catalog['000'].pk}/\?from="))
    assert page.get_by_role("heading", level=1).inner_text() == SEED_000_TITLE
    back = page.get_by_role("link", name="Back to results")
    assert "q=opioid" in (back.get_attribute("href") or "")
    rows = page.locator("table").first.locator("tbody tr")
    cells = [rows.nth(i).inner_text().split("\t") for i in range(rows.count())]
    amounts = {cell[0]: cell[1] for cell in cells}
    for name in (
        "AMA PRA Category 1 Credit™",
        "AAPA Category 1 CME",
        "ASWB ACE social work CE",
        "Nursing contact hours",
        "ACPE pharmacy CE",
    ):
        assert amounts[name] == "1.25", (name, amounts)
    assert amounts["Interprofessional Continuing Education (IPCE) credit"] == "amount not stated"
    expect(page.get_by_role("heading", name="Rule warnings from the source")).to_be_visible()
    shoot(page, "seed-000-desktop")
    assert blocked == [], blocked


def test_finder_works_without_javascript_filters_apply_on_submit(
    live_server, launch, catalog: dict[str, Activity]
) -> None:
    context = launch()
    page = context.new_page()
    # Switch scripts off for this page by blocking our one script file.
    page.route(re.compile(r"/static/web/site\.js$"), lambda route: route.abort())
    page.goto(live_server.url + "/activities/?include_expired=true")
    page.get_by_label(re.compile(r"^AMA PRA Category 1 Credit™ \(\d+\)$")).check()
    assert "credit_type" not in page.url  # nothing happens until the form is sent
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"credit_type=AMA_PRA_1"))
    assert page.locator(".card").count() > 0


def test_finder_filters_by_a_topic_ticked_by_its_label(
    live_server, launch, catalog: dict[str, Activity]
) -> None:
    page = launch().new_page()
    page.goto(live_server.url + "/activities/?include_expired=true")
    topics = page.get_by_role("group", name="Topic")
    topics.get_by_label(
        re.compile(r"^Medical ethics and professional responsibility \(\d+\)$")
    ).check()
    page.wait_for_url(re.compile(r"topic=ethics"))
    assert page.locator(".card").count() > 0
    assert "Topic: Medical ethics and professional responsibility" in page.inner_text("main")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/activities/?include_expired=true",
        "/activities/?include_expired=true&topic=ethics",
        "/activities/?credit_type=NOPE&page=0",
        "seed-000",
        "seed-003",
    ],
)
def test_pages_have_no_wcag_a_or_aa_violations(
    live_server, launch, catalog: dict[str, Activity], path: str
) -> None:
    name = path
    if path.startswith("seed-"):
        path = f"/activities/{catalog[path.removeprefix('seed-')].pk}/"
    # axe is injected as an inline script, which the site's own policy rightly forbids.
    context = launch(bypass_csp=True)
    page = context.new_page()
    page.goto(live_server.url + path)
    shoot(page, "axe-" + re.sub(r"[^a-z0-9]+", "-", name).strip("-"), slices=1)
    assert axe_violations(page) == []


@pytest.mark.parametrize("path", ["/", "/activities/?include_expired=true", "seed-000", "seed-003"])
def test_pages_fit_a_390px_phone_without_sideways_scrolling(
    live_server, launch, catalog: dict[str, Activity], path: str
) -> None:
    name = path
    if path.startswith("seed-"):
        path = f"/activities/{catalog[path.removeprefix('seed-')].pk}/"
    context = launch(width=390, height=844)
    page = context.new_page()
    page.goto(live_server.url + path)
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], widths
    if path.startswith("/activities/?"):
        # Filters fold away under their summary on a phone.
        assert page.locator("details.filters").get_attribute("open") is None
        shoot(page, "finder-mobile-closed", slices=2)
        expect(page.get_by_label("Include expired activities")).not_to_be_visible()
        page.locator("summary.filters__summary").click()
        expect(page.get_by_label("Include expired activities")).to_be_visible()
        shoot(page, "finder-mobile")
    if name == "seed-000":
        shoot(page, "seed-000-mobile")
