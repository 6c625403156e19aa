"""Issue 17's whole coordinator story in a real Chromium, without Django admin.

A coordinator signs in and lands in the workspace; creates a hosted activity from nothing (two
credit types, a faculty member with a relationship and its mitigation, objectives, a quiz with
a pass mark, a survey unlocking the evaluation, a video with captions); tries to publish with a
designation statement missing and sees the message beside the field; fixes it, publishes and
previews. A pharmacist completes it and claims. The coordinator makes a CPE Monitor batch,
downloads it twice in two formats with the same rows, marks it submitted and sees the deadline
move. Every page: no axe violations and no sideways scroll at 1280 and 390 px; nothing the CSP
blocks.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

import pytest
from playwright.sync_api import expect

from opencme.core import clock
from opencme.learning.models import Step, StepKind
from opencme.reporting.tests import data
from tests import factories
from tests.browser import workspace_editor_steps as editor
from tests.browser import workspace_people_credit_steps as people
from tests.browser import workspace_steps_steps as building
from tests.browser.audit import look_at_every_width
from tests.browser.orm import db
from tests.browser.test_finder import csp_errors, shoot
from tests.browser.test_journey import answer_step, submit_step, watch_the_video
from tests.browser.test_report_batches import _rows_of

pytestmark = [pytest.mark.browser, pytest.mark.both_engines]
PASSWORD = "Coordinator-desk-2026"
TITLE = "Safer opioid tapering in community pharmacy"
AMA = "AMA PRA Category 1 Credit™"
ACPE = "ACPE pharmacy CE"
DAYS_LATER = 55  # CPE Monitor's 60 days: the claim falls due in the week the coordinator reports


@pytest.fixture
def desk(live_server, transactional_db, settings) -> dict[str, Any]:
    """A jointly accredited provider with nothing in it yet, its coordinator, and a pharmacist whose
    profile CPE Monitor can take (NABP e-Profile ID, birth date, consent)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.SITE_URL = live_server.url
    provider = factories.provider(
        name="Riverbend Pharmacy Education", accreditor="JA", accreditation_id="JA0000001"
    )
    coordinator = factories.user(email="coordinator@example.org", password=PASSWORD)
    factories.membership(of=provider, member=coordinator)
    pharmacist = data.learner(data.PHARMACIST, legal_name="Mei Tanaka")
    return {"slug": provider.slug, "coordinator": coordinator.email, "learner": pharmacist.email}


def values(rows: list[list[str]]) -> list[list[object]]:
    """Rows with each number as a number, so a spreadsheet's 1 equals a CSV's 1.00."""

    def value(cell: str) -> object:
        try:
            return Decimal(cell)
        except InvalidOperation:
            return cell

    return [[value(cell) for cell in row] for row in rows]


def pipeline(activity_id: int) -> list[dict[str, Any]]:
    """The activity's steps as the learner walks them, as plain values."""

    def read() -> list[dict[str, Any]]:
        steps = Step.objects.filter(activity_id=activity_id).prefetch_related("questions")
        return [
            {
                "id": s.pk,
                "kind": s.kind,
                "title": s.title,
                "questions": [(q.pk, q.type, list(q.choices)) for q in s.questions.all()],
            }
            for s in steps.order_by("position", "id")
        ]

    return db(read)


def test_coordinator_builds_publishes_and_reports_an_activity(
    live_server, desk, chromium, settings
) -> None:
    base, slug = live_server.url, desk["slug"]
    today = clock.today()
    uan = f"JA0000001-0000-{today:%y}-017-H08-P"
    strict = chromium()
    page = strict.new_page()
    blocked = csp_errors(page)
    staff_pages: dict[str, str] = {}

    # Sign in: staff land in their provider's workspace.
    editor.sign_in(page, base, email=desk["coordinator"], password=PASSWORD)
    assert page.url == f"{base}/provider/{slug}/"
    staff_pages["workspace"] = page.url

    # A hosted activity from nothing: details, dates, audience, objectives, accreditation.
    hub = editor.create_activity(page, base, slug=slug, title=TITLE)
    activity_id = int(re.findall(r"/activities/(\d+)/", hub)[0])
    staff_pages["new"] = f"{base}/provider/{slug}/activities/new/"
    staff_pages["hub"] = hub
    editor.open_section(page, "Details")
    staff_pages["details"] = page.url
    editor.fill_details(
        page,
        description="Plan and monitor a taper with the patient and the prescriber.",
        format="Enduring material",
        delivery="Online",
        start=today.isoformat(),
        expires=(today + dt.timedelta(days=365)).isoformat(),
        free=True,
        professions=["Pharmacists", "Physicians (MD/DO)"],
        objectives=["Choose a taper schedule", "Recognize withdrawal early"],
        save=False,
    )
    editor.insert_standard_wording(page, "Accreditation statement")
    editor.save_details(page)
    assert "Details saved." in page.inner_text("main")

    # A faculty member with a relevant financial relationship and how it was mitigated, a
    # planner with none, and no commercial support.
    people.add_faculty_with_relationship(
        page,
        base,
        slug,
        activity_id,
        "Rosa Delgado, PharmD",
        "Acme Pharma",
        "Consultant",
        "Content reviewed by a planner with no relationships for fair balance.",
    )
    assert (
        "Acme Pharma: Consultant" in people.person_card(page, "Rosa Delgado, PharmD").inner_text()
    )
    people.add_person(page, base, slug, activity_id, "Sam Okafor, PharmD", capacity="Planner",
                      disclosed="None: no relevant financial relationships with ineligible "
                      "companies")  # fmt: skip
    page.get_by_label("No commercial support").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Save commercial support").click()
    staff_pages["people"] = people.people_url(base, slug, activity_id)

    # Two credit types: AMA credit, its statement left for later; ACPE with its UAN.
    people.add_credit(page, base, slug, activity_id, AMA, "1")
    people.add_credit(page, base, slug, activity_id, ACPE, "1", uan=uan, standard=True)
    staff_pages["credit"] = people.credit_url(base, slug, activity_id)

    # The steps: a video with captions, a quiz with its pass mark, a survey that unlocks the
    # evaluation, and the claim after all of them.
    building.add_video_with_captions(page, base, slug, activity_id, title="Watch the talk",
                                     seconds=4, percent=90)  # fmt: skip
    building.add_quiz_with_pass_mark(
        page,
        base,
        slug,
        activity_id,
        title="Knowledge check",
        pass_mark=80,
        question="Which sign suggests the taper is too fast?",
        choices=("New anxiety and sweating", "Stable pain scores"),
        correct=("New anxiety and sweating",),
    )
    building.add_step(page, base, slug, activity_id, "survey", "Practice survey")
    building.add_question(page, kind="Scale 1-5", text="How confident are you planning a taper?")
    building.add_step(page, base, slug, activity_id, "evaluation", "Evaluation")
    building.add_question(page, kind="Free text", text="What will you change in your practice?")
    building.set_prerequisite(page, base, slug, activity_id, "Evaluation", "Practice survey")
    building.add_step(page, base, slug, activity_id, "claim", "Claim credit")
    building.set_prerequisite(page, base, slug, activity_id, "Claim credit",
                              "Watch the talk", "Knowledge check", "Evaluation")  # fmt: skip
    sentences = building.step_sentences(page, base, slug, activity_id)
    assert "Practice survey unlocks Evaluation." in sentences, sentences
    staff_pages["steps"] = building.steps_url(base, slug, activity_id)
    staff_pages["step"] = building.open_step(page, base, slug, activity_id, "Knowledge check")

    # Publishing is refused: the AMA designation states no statement; the message is beside it.
    assert editor.publish(page, hub) is False
    assert page.url.endswith("/credit/?check=1#field-credits-0-statement"), page.url
    beside = page.locator("#field-credits-0-statement").locator("xpath=..").inner_text()
    assert "To publish:" in beside
    assert "designation statement" in beside
    shoot(page, "story-refused-1280")
    people.use_standard_statement(page, AMA)
    assert people.statement_of(page, 1).startswith("Riverbend Pharmacy Education designates")
    assert editor.publish(page, hub) is True
    assert "Published" in page.inner_text("main")
    editor.preview(page, hub)
    assert "Preview — this is the activity’s page as learners see it." in page.inner_text("main")
    assert TITLE in page.inner_text("main")
    staff_pages["preview"] = page.url

    # A pharmacist finds it, enrolls, goes through every step and claims ACPE credit.
    learner = chromium()
    lp = learner.new_page()
    blocked_learner = csp_errors(lp)
    lp.goto(f"{base}/accounts/sign-in/")
    lp.get_by_label("Email").fill(desk["learner"])
    lp.get_by_label("Password").fill(factories.PASSWORD)
    lp.get_by_role("button", name="Sign in").click()
    lp.wait_for_url(re.compile(r"/learn/"))
    lp.goto(f"{base}/activities/{activity_id}/")
    assert "Rosa Delgado" in lp.inner_text("main")  # disclosed before starting
    lp.get_by_role("button", name="Enroll").click()
    lp.wait_for_url(re.compile(r"/learn/enrollments/\d+/"))
    learner_page = lp.url.split("#")[0]
    for step in pipeline(activity_id):
        if step["kind"] == StepKind.CLAIM:
            break
        box = lp.locator(f"#step-{step['id']}")
        assert box.locator(".state").inner_text() == "Open", step["title"]
        if step["kind"] == StepKind.CONTENT:
            watch_the_video(lp, step)
            box = lp.locator(f"#step-{step['id']}")
        answer_step(lp, step)
        submit_step(lp, step)
    lp.locator("#claim").get_by_role("button", name=f"Claim {ACPE}").click()
    expect(lp.get_by_text(f"You claimed 1 {ACPE}").first).to_be_visible()
    assert blocked_learner == []

    # The coordinator reports it: a CPE Monitor batch, kept and downloaded again in two
    # formats with the same rows; submitted, the deadline moves.
    settings.CLOCK_OFFSET_DAYS = DAYS_LATER
    reports = f"{base}/reports/{slug}/"
    page.goto(reports)
    staff_pages["reports"] = reports
    assert "Due this week (1)" in page.inner_text("body")
    card = page.locator(
        "article", has=page.get_by_role("heading", name="CPE Monitor pharmacy credit")
    )
    with page.expect_download() as made:
        card.get_by_role("button", name="Make a batch and download").click()
    first = _rows_of(made.value, "csv")
    assert len(first) == 1, first
    assert "1234567" in first[0], first  # her NABP e-Profile ID
    page.goto(reports)
    page.get_by_role("link", name=re.compile(r"^Batch \d+$")).first.click()
    page.wait_for_url(re.compile(r"/batches/\d+/$"))
    batch = page.url
    staff_pages["batch"] = batch
    with page.expect_download() as again:
        page.get_by_role("link", name="Download CSV").click()
    with page.expect_download() as sheet:
        page.get_by_role("link", name="Download Excel (XLSX)").click()
    assert _rows_of(again.value, "csv") == first
    # The spreadsheet holds amounts as numbers (1.00 reads back as 1): the same values.
    assert values(_rows_of(sheet.value, "xlsx")) == values(first)
    page.get_by_label("Date you uploaded it").fill(clock.today().isoformat())
    page.get_by_label("Confirmation number").fill("CPE-2027-031")
    page.get_by_role("button", name="Mark as submitted").click()
    page.wait_for_url(batch)
    assert "confirmation CPE-2027-031" in page.inner_text("body")
    page.goto(reports)
    assert "Due this week (0)" in page.inner_text("body")
    assert blocked == []

    # Every page the story opened, at a desk and on a phone.
    look_at_every_width(chromium, strict.cookies(), [(u, n) for n, u in staff_pages.items()],
                        prefix="story")  # fmt: skip
    look_at_every_width(chromium, learner.cookies(), [(learner_page, "enrollment")],
                        prefix="story")  # fmt: skip
