"""The people and credit pages in Chromium: a coordinator adds a faculty member with a relevant
financial relationship and its mitigation, designates two credit types (one with a UAN checked
as typed), registers MOC, tries to publish with a designation statement missing, sees the
message beside the field, uses the standard wording and publishes. A person is also added
without script. Every page: no axe violations, no sideways scroll, nothing the CSP blocks, at
1280 and 390 px."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from opencme.activities.models import Activity, CreditDesignation, MocDesignation
from opencme.reporting.tests import data
from tests import factories
from tests.browser import workspace_editor_steps as editor
from tests.browser import workspace_people_credit_steps as steps
from tests.browser.audit import look_at_every_width
from tests.browser.orm import db
from tests.browser.test_finder import csp_errors, shoot

pytestmark = pytest.mark.browser
PASSWORD = "Coordinator-desk-2026"
UAN = "JA0000000-0000-26-001-H01-P"
AMA = "AMA PRA Category 1 Credit™"
ACPE = "ACPE pharmacy CE"


@pytest.fixture
def desk(live_server, transactional_db, settings) -> dict[str, Any]:
    """A draft with its details, planners and accreditation, but no credit yet; a coordinator."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    provider = data.provider("Lakeside Health Education")
    draft = factories.activity(
        of=provider, title="Opioid prescribing in primary care", start_date="2026-03-01"
    )
    CreditDesignation.objects.filter(activity=draft).delete()
    MocDesignation.objects.filter(activity=draft).delete()
    user = factories.user(email="coordinator@example.org", password=PASSWORD)
    factories.membership(of=provider, member=user)
    return {"email": user.email, "slug": provider.slug, "id": draft.pk}


def test_coordinator_records_disclosures_and_credit_then_publishes(
    live_server, desk, chromium
) -> None:
    base, slug, activity_id = live_server.url, desk["slug"], desk["id"]
    strict = chromium()
    page = strict.new_page()
    blocked = csp_errors(page)
    editor.sign_in(page, base, email=desk["email"], password=PASSWORD)

    steps.add_faculty_with_relationship(
        page,
        base,
        slug,
        activity_id,
        "Sam Speaker, PharmD",
        "Acme Pharma",
        "Consultant",
        "Slides reviewed by a planner without relationships for fair balance.",
    )
    card = steps.person_card(page, "Sam Speaker, PharmD").inner_text()
    assert "Acme Pharma: Consultant" in card
    assert "1 relevant relationship" in card

    # The UAN is checked as it is typed, before anything is sent.
    page.goto(steps.credit_url(base, slug, activity_id))
    form = page.locator("form", has=page.get_by_role("button", name="Add the designation"))
    expect(form.get_by_label("Universal Activity Number (UAN)")).not_to_be_visible()
    form.get_by_label("Credit type").select_option(label=ACPE)
    hint = form.locator("#field-credits-new-amount_helptext").inner_text()
    assert hint == "In steps of 0.25 contact hours, at least 0.25: the most a learner can claim."
    form.get_by_label("Universal Activity Number (UAN)").fill("JA0000000-0000-26")
    assert "Not yet a UAN" in form.locator("[data-uan-status]").inner_text()
    form.get_by_label("Universal Activity Number (UAN)").fill(UAN)
    assert "right format" in form.locator("[data-uan-status]").inner_text()
    form.get_by_label("Maximum amount").fill("1.5")
    preview = form.locator("[data-preview-text]").inner_text()
    assert "approved for 1.5 contact hours of pharmacy continuing education" in preview

    steps.add_credit(page, base, slug, activity_id, AMA, "1.25")
    steps.add_credit(page, base, slug, activity_id, ACPE, "1.25", uan=UAN, standard=True)
    steps.add_moc(
        page,
        base,
        slug,
        activity_id,
        "American Board of Internal Medicine (ABIM)",
        "1.25",
        ["Medical Knowledge"],
    )
    assert "MOC designation added." in page.inner_text("main")

    hub = f"{base}/provider/{slug}/activities/{activity_id}/"
    assert editor.publish(page, hub) is False
    assert page.url.endswith("/credit/?check=1#field-credits-0-statement")
    beside = page.locator("#credit-" + str(_credit_id(activity_id, "AMA_PRA_1"))).inner_text()
    assert "state the credit designation statement learners read" in beside
    assert "Lakeside Health Education designates this enduring material" in beside  # preview

    shoot(page, "people-credit-refused-1280")
    steps.use_standard_statement(page, AMA)
    assert steps.statement_of(page, 1).startswith("Lakeside Health Education designates this")
    credit_page = page.url
    assert editor.publish(page, hub) is True
    assert db(lambda: Activity.objects.get(pk=activity_id).status) == "published"
    assert blocked == []

    look_at_every_width(
        chromium,
        strict.cookies(),
        [
            (steps.people_url(base, slug, activity_id), "people"),
            (steps.credit_url(base, slug, activity_id) + "?check=1", "credit"),
            (credit_page, "credit-after"),
        ],
        prefix="people-credit",
    )


def _credit_id(activity_id: int, code: str) -> int:
    return db(lambda: CreditDesignation.objects.get(activity_id=activity_id, credit_type=code).pk)


def test_people_page_works_without_script_and_shows_problems_beside_fields(
    live_server, desk, chromium
) -> None:
    base, slug, activity_id = live_server.url, desk["slug"], desk["id"]
    plain = chromium(javascript=False, width=390)
    page = plain.new_page()
    editor.sign_in(page, base, email=desk["email"], password=PASSWORD)
    steps.add_person(
        page, base, slug, activity_id, "Avery Reviewer, RN", capacity="Content reviewer"
    )
    steps.add_relationship(page, "Avery Reviewer, RN", "Acme Devices", "Speaker")
    page.goto(steps.people_url(base, slug, activity_id) + "?check=1")
    card = steps.person_card(page, "Avery Reviewer, RN")
    assert "state how the relevant financial relationships were mitigated" in card.inner_text()
    # refused input comes back beside its field
    steps.add_person(page, base, slug, activity_id, "")
    assert "This field is required." in page.locator("#field-people-new-name_error").inner_text()
    look_at_every_width(
        chromium,
        plain.cookies(),
        [(steps.people_url(base, slug, activity_id) + "?check=1", "people-check")],
        prefix="people-credit",
    )
