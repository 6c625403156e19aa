"""What a learner must see before starting, in a real Chromium at 1280 and 390 px with axe:
the hosted re-release of seed 000 (statements, disclosures, support, marked as demo data) and
the listed seed 000 (what its listing, as imported, does not state)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from opencme.activities.models import Activity
from opencme.core import clock
from opencme.web.demo.rerelease import ensure_rerelease
from tests.browser.test_finder import axe_violations, csp_errors, shoot

pytestmark = pytest.mark.browser


@pytest.fixture
def hosted(catalog: dict[str, Activity]) -> Activity:
    """Made before Chromium starts (the ORM refuses to run inside Playwright's event loop)."""
    return ensure_rerelease(seed=catalog["000"], today=clock.today())


@pytest.mark.parametrize("width", [1280, 390])
def test_disclosures_hosted_and_listed_pages(
    live_server, catalog: dict[str, Activity], hosted: Activity, launch, width: int
) -> None:
    # Under the site's CSP first (the section adds no inline script or style), then axe, which
    # Chromium can only inject with the CSP bypassed.
    strict: Any = launch(width=width).new_page()
    blocked = csp_errors(strict)
    strict.goto(f"{live_server.url}/activities/{hosted.pk}/")
    expect(strict.get_by_text("Before you start: accreditation and disclosures")).to_be_visible()
    assert blocked == []
    page: Any = launch(bypass_csp=True, width=width).new_page()

    page.goto(f"{live_server.url}/activities/{hosted.pk}/")
    section = page.get_by_role("region", name="Before you start: accreditation and disclosures")
    expect(section).to_be_visible()
    text = section.inner_text()
    assert "is jointly accredited" in text
    assert "for a maximum of 1.25 AMA PRA Category 1 Credit(s)™" in text
    assert text.count("No relevant financial relationships with ineligible companies.") == 2
    assert "This activity receives no commercial support." in text
    assert "Demo data." in text
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    shoot(page, f"disclosures-hosted-{width}")
    assert axe_violations(page) == []

    page.goto(f"{live_server.url}/activities/{catalog['000'].pk}/")
    section = page.get_by_role(
        "region", name="Accreditation and disclosures, as the source states them"
    )
    text = section.inner_text()
    assert "The source listing, as imported here, does not state:" in text
    assert "the financial relationships of Roger Chou, MD" in text
    shoot(page, f"disclosures-listed-{width}")
    assert axe_violations(page) == []
