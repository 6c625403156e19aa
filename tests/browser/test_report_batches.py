"""A coordinator makes a CPE Monitor batch, downloads it twice in two formats with the same
rows, tries to submit it without a date (the message beside the field), submits it and sees
the deadline move; at 1280 and 390 px, no axe violations, no sideways scroll, no CSP errors."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from opencme.core import clock
from opencme.reporting.tests import data
from tests import factories
from tests.browser.test_finder import axe_violations, csp_errors, shoot

pytestmark = pytest.mark.browser
PASSWORD = "Coordinator-desk-2026"
DAYS_LATER = 55  # CPE Monitor's 60 days: the pharmacists' claims fall due this week


@pytest.fixture
def coordinator(catalog, settings) -> dict[str, Any]:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    provider = data.provider("Lakeside Health Education")
    pain = data.activity(provider, title="Managing chronic pain safely")
    for name in ("Mei Tanaka", "Omar Haddad"):
        data.claim(data.learner(data.PHARMACIST, legal_name=name), pain, "ACPE")
    user = factories.user(email="coordinator@example.org", password=PASSWORD)
    factories.membership(of=provider, member=user)
    settings.CLOCK_OFFSET_DAYS = DAYS_LATER
    return {"email": user.email, "slug": provider.slug}


def _rows_of(download: Any, fmt: str) -> list[list[str]]:
    body = Path(download.path()).read_bytes()  # Playwright's temporary copy
    if fmt == "csv":
        return list(csv.reader(io.StringIO(body.decode())))[1:]
    sheet = load_workbook(io.BytesIO(body), read_only=True).active
    return [["" if v is None else str(v) for v in r] for r in sheet.iter_rows(values_only=True)][1:]


def test_coordinator_makes_downloads_and_submits_a_batch(live_server, coordinator, launch):
    base = live_server.url
    strict = launch()
    page = strict.new_page()
    blocked = csp_errors(page)
    page.goto(f"{base}/accounts/sign-in/")
    page.get_by_label("Email").fill(coordinator["email"])
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/provider/"))
    reports = f"{base}/reports/{coordinator['slug']}/"
    page.goto(reports)
    assert "Due this week (2)" in page.inner_text("body")

    heading = page.get_by_role("heading", name="CPE Monitor pharmacy credit")
    card = page.locator("article", has=heading)
    with page.expect_download() as made:
        card.get_by_role("button", name="Make a batch and download").click()
    first = _rows_of(made.value, "csv")
    assert len(first) == 2
    page.goto(reports)
    page.get_by_role("link", name=re.compile(r"^Batch \d+$")).first.click()
    page.wait_for_url(re.compile(r"/batches/\d+/$"))
    batch_url = page.url
    with page.expect_download() as again:
        page.get_by_role("link", name="Download CSV").click()
    with page.expect_download() as sheet:
        page.get_by_role("link", name="Download Excel (XLSX)").click()
    assert _rows_of(again.value, "csv") == first == _rows_of(sheet.value, "xlsx")

    page.get_by_label("Date you uploaded it").fill("")
    page.get_by_role("button", name="Mark as submitted").click()
    error = page.locator("#id_submitted_on_error")
    assert "Enter the date you uploaded the file." in error.inner_text()
    shoot(page, "batch-error-1280")
    page.goto(batch_url)
    # The site's clock runs DAYS_LATER on (settings.CLOCK_OFFSET_DAYS): submit on its today.
    page.get_by_label("Date you uploaded it").fill(clock.today().isoformat())
    page.get_by_label("Confirmation number").fill("CPE-2026-118")
    page.get_by_role("button", name="Mark as submitted").click()
    page.wait_for_url(batch_url)
    assert "confirmation CPE-2026-118" in page.inner_text("body")
    page.goto(reports)
    body = page.inner_text("body")
    assert "Due this week (0)" in body
    assert blocked == []

    for width in (1280, 390):
        audit = launch(bypass_csp=True, width=width, height=900)
        audit.add_cookies(strict.cookies())
        look = audit.new_page()
        for url, name in ((reports, "reports"), (batch_url, "batch")):
            look.goto(url)
            widths = look.evaluate(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
            )
            shoot(look, f"{name}-{width}")
            assert widths[0] <= widths[1], (width, url, widths)
            assert axe_violations(look) == [], (width, url)
