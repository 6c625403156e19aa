"""The reports pages a coordinator reads (issue 17, items 5 and 6): outcomes with whole labels,
a date range with its message beside the field, a CSV per figure, charts that print black on
white; every reports page at 1280 and 390 px with no axe violations, no sideways scroll and no
CSP errors, and the navigation saying where the coordinator is."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from opencme.reporting.services import run_export
from opencme.reporting.tests import data
from opencme.reporting.tests.outcomes_data import LONG, filled
from tests import factories
from tests.browser.test_finder import axe_violations, csp_errors, shoot

pytestmark = pytest.mark.browser
PASSWORD = "Coordinator-desk-2026"
TITLE = (
    "Managing chronic low back pain in primary care: opioid tapering, non-drug therapies and "
    "shared decisions with patients"
)


@pytest.fixture
def coordinator(live_server, transactional_db, settings) -> dict[str, Any]:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    provider = data.provider("Lakeside Health Education")
    activity = filled(provider, TITLE)
    user = factories.user(email="coordinator@example.org", password=PASSWORD)
    factories.membership(of=provider, member=user)
    factories.membership(of=data.provider("Harbor Nursing Institute"), member=user)
    _, batch = run_export(
        name="cpe-monitor", actor=user, out=None, provider=provider,
        provider_ids=frozenset({provider.pk}), every_format=True,
    )  # fmt: skip
    return {"slug": provider.slug, "activity_id": activity.pk, "batch_id": batch.pk}


def sign_in(page: Any, base: str, email: str, password: str) -> None:
    """Sign in through the form; staff land in the workspace."""
    page.goto(f"{base}/accounts/sign-in/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/provider/"))


def open_activity_outcomes(page: Any, base: str, slug: str, title: str) -> None:
    """From the provider's outcomes page, open one activity's outcomes by its title."""
    page.goto(f"{base}/reports/{slug}/outcomes/")
    page.get_by_role("link", name=title).click()
    page.wait_for_url(re.compile(r"/outcomes/\d+/"))


def set_dates(page: Any, start: str, end: str) -> None:
    """Filter the outcomes page by a date range (YYYY-MM-DD, either may be empty)."""
    page.get_by_label("From").fill(start)
    page.get_by_label("To").fill(end)
    with page.expect_navigation():
        page.get_by_role("button", name="Show these dates").click()


def _csv_rows(download: Any) -> list[list[str]]:
    return list(csv.reader(io.StringIO(Path(download.path()).read_text())))


def test_coordinator_reads_outcomes_filters_and_downloads_a_figure(
    live_server, coordinator, chromium
):
    base = live_server.url
    strict = chromium()
    page = strict.new_page()
    blocked = csp_errors(page)
    sign_in(page, base, "coordinator@example.org", PASSWORD)
    open_activity_outcomes(page, base, coordinator["slug"], TITLE)
    expect(page.get_by_role("heading", name=LONG)).to_be_visible()  # the whole question
    nav = page.get_by_role("navigation", name=re.compile("^Reports of"))
    assert nav.locator("[aria-current]").inner_text() == "Outcomes"
    main_nav = page.get_by_role("navigation", name="Main")
    assert main_nav.locator("[aria-current=page]").inner_text() == "Reports"
    knowledge = page.locator("section", has=page.get_by_role("heading", name="Knowledge"))
    assert "2 learners answered before and after" in knowledge.inner_text()
    with page.expect_download() as got:
        knowledge.get_by_role("link", name=re.compile("Download .*CSV")).click()
    rows = _csv_rows(got.value)
    assert rows[0][2] == "Learners"
    assert [r[2] for r in rows[1:]] == ["2", "2"]

    set_dates(page, "2026-03-01", "2026-02-01")
    error = page.locator("#id_end_error")
    assert "on or after the first day" in error.inner_text()
    assert page.get_by_label("To").get_attribute("aria-invalid") == "true"
    set_dates(page, "2026-03-01", "")
    assert "0 learners answered before and after" in page.inner_text("body")
    follow_up = page.locator("section", has=page.get_by_role("heading", name="Follow-up"))
    assert "0 answered of 0 follow-up surveys sent" in follow_up.inner_text()
    set_dates(page, "", "")
    assert "1 answered of 2 follow-up surveys sent (50% response rate)" in page.inner_text("body")

    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden()
    assert page.locator(".report-nav").is_hidden()
    fill = page.locator(".bars__bar").first.evaluate("e => getComputedStyle(e).fill")
    assert fill == "rgb(0, 0, 0)"
    assert blocked == []


def test_every_reports_page_fits_and_passes_axe(live_server, coordinator, chromium):
    base = live_server.url
    strict = chromium()
    sign_in(strict.new_page(), base, "coordinator@example.org", PASSWORD)
    slug, activity_id = coordinator["slug"], coordinator["activity_id"]
    pages = {
        "reports-index": f"{base}/reports/",
        "reports": f"{base}/reports/{slug}/",
        "batch": f"{base}/reports/{slug}/batches/{coordinator['batch_id']}/",
        "outcomes": f"{base}/reports/{slug}/outcomes/",
        "outcomes-activity": f"{base}/reports/{slug}/outcomes/{activity_id}/",
        "outcomes-dates-error": f"{base}/reports/{slug}/outcomes/{activity_id}/?start=2026-13-01",
    }
    for width in (1280, 390):
        audit = chromium(bypass_csp=True, width=width)
        audit.add_cookies(strict.cookies())
        look = audit.new_page()
        for name, url in pages.items():
            look.goto(url)
            shoot(look, f"{name}-{width}")
            sizes = look.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
            assert sizes[0] <= sizes[1], (name, width, sizes)
            assert axe_violations(look) == [], (name, width)
            if name.startswith("outcomes"):
                assert "…" not in look.inner_text("main")
