"""The activity editor in Chromium: a coordinator makes a draft from the workspace, fills its
details (objectives added and reordered in place, a specialty from the type-ahead), is refused
publishing with the problem beside its field, fixes it, publishes, previews, clones and
archives; the objectives' buttons also work without script. Every page: no axe violations,
no sideways scroll, nothing the CSP blocks, at 1280 and 390 px."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from opencme.activities.models import Activity, Specialty
from opencme.core.models import AuditEvent
from opencme.reporting.tests import data
from tests import factories
from tests.browser import workspace_editor_steps as steps
from tests.browser.audit import look_at_every_width
from tests.browser.orm import db
from tests.browser.test_finder import csp_errors

pytestmark = pytest.mark.browser
PASSWORD = "Coordinator-desk-2026"


def activity(**lookup: Any) -> Activity:
    return db(lambda: Activity.objects.prefetch_related("specialties").get(**lookup))


@pytest.fixture
def desk(live_server, transactional_db, settings) -> dict[str, Any]:
    """A provider with a draft that lacks only its objectives, and its coordinator."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    provider = data.provider("Lakeside Health Education")
    for name in ("Pain Medicine", "Pediatrics", "Emergency Medicine"):
        Specialty.objects.get_or_create(
            name=name, defaults={"slug": name.lower().replace(" ", "-")}
        )
    almost = factories.activity(of=provider, title="Asthma in the clinic", objectives=[])
    rough = factories.activity(
        of=provider, title="Stroke care: a rough draft", objectives=[], expires="2026-01-01"
    )
    user = factories.user(email="coordinator@example.org", password=PASSWORD)
    factories.membership(of=provider, member=user)
    return {"email": user.email, "slug": provider.slug, "almost": almost.pk, "rough": rough.pk}


def test_coordinator_builds_publishes_previews_clones_and_archives(
    live_server, desk, chromium
) -> None:
    base = live_server.url
    strict = chromium()
    page = strict.new_page()
    blocked = csp_errors(page)
    steps.sign_in(page, base, email=desk["email"], password=PASSWORD)

    # a new draft, its details filled in with script: objectives in place, a suggested specialty
    hub = steps.create_activity(page, base, slug=desk["slug"], title="Sepsis in the first hour")
    assert "Draft created" in page.inner_text("main")
    assert "Before you can publish" in page.inner_text("main")
    steps.open_section(page, "Details")
    details = page.url
    steps.fill_details(
        page,
        description="Recognize sepsis early.",
        format="Enduring material",
        delivery="Online",
        start="2026-03-01",
        expires="2027-03-01",
        free=True,
        professions=["Physicians (MD/DO)", "Nurses"],
        objectives=["Screen for sepsis", "Start antibiotics within the hour"],
        specialties=["Emergency Medicine"],
        save=False,
    )
    steps.move_objective(page, 2, "up")
    assert page.url == details  # moved in place, not sent
    assert steps.objectives(page) == ["Start antibiotics within the hour", "Screen for sepsis"]
    steps.save_details(page)
    assert "Details saved." in page.inner_text("main")
    made = activity(title="Sepsis in the first hour")
    assert made.objectives == ["Start antibiotics within the hour", "Screen for sepsis"]
    assert [s.name for s in made.specialties.all()] == ["Emergency Medicine"]
    assert made.audience == ["Physicians (MD/DO)", "Nurses"]
    assert made.status == "draft"

    # publishing the almost-ready draft is refused beside its field, then it publishes
    almost = f"{base}/provider/{desk['slug']}/activities/{desk['almost']}/"
    assert steps.publish(page, almost) is False
    assert page.url.endswith("/details/?check=1#field-objectives")
    beside = page.locator("#objectives-section").inner_text()
    assert "State at least one learning objective." in beside
    steps.fill_details(page, objectives=["Choose a controller inhaler"])
    assert steps.publish(page, almost) is True
    assert "Published" in page.inner_text("main")
    assert activity(pk=desk["almost"]).status == "published"

    steps.preview(page, hub)
    assert "Preview — learners cannot see this yet" in page.inner_text("main")
    preview_url = page.url

    copy = steps.clone(page, almost)
    assert "Give the re-release its new dates and UAN" in page.inner_text("main")
    archive_url = f"{copy}archive/"
    new_url = f"{base}/provider/{desk['slug']}/activities/new/"
    look_at_every_width(
        chromium,
        strict.cookies(),
        [
            (new_url, "new"),
            (hub, "hub-draft"),
            (almost, "hub-published"),
            (details, "details"),
            (
                f"{base}/provider/{desk['slug']}/activities/{desk['rough']}/details/?check=1",
                "check",
            ),
            (f"{base}/provider/{desk['slug']}/activities/{desk['rough']}/", "hub-problems"),
            (preview_url, "preview"),
            (archive_url, "archive"),
        ],
        prefix="editor",
    )
    steps.archive(page, copy)
    assert "Learners can no longer find it" in page.inner_text("main")
    assert blocked == []


def test_objectives_move_and_statements_fill_without_script(live_server, desk, chromium) -> None:
    context = chromium(javascript=False)
    page = context.new_page()
    steps.sign_in(page, live_server.url, email=desk["email"], password=PASSWORD)
    page.goto(f"{live_server.url}/provider/{desk['slug']}/activities/{desk['almost']}/details/")
    steps.add_objective(page, "First")
    steps.add_objective(page, "Second")
    assert steps.objectives(page) == ["First", "Second"]
    steps.move_objective(page, 2, "up")
    assert steps.objectives(page) == ["Second", "First"]
    assert "Save the details to keep the change" in page.inner_text("main")
    steps.insert_standard_wording(page, "Commercial support statement")
    assert page.get_by_label("Commercial support statement").input_value() == (
        "This activity receives no commercial support."
    )
    steps.save_details(page)
    saved = activity(pk=desk["almost"])
    assert saved.objectives == ["Second", "First"]
    assert saved.commercial_support_statement == "This activity receives no commercial support."


def test_coordinator_tags_topics_and_a_requirement_met(live_server, desk, chromium) -> None:
    """Topics are ticked by their labels under their groups; the saved activity holds their
    codes, the change is audited, and the page passes axe at 1280 and 390 px."""
    strict = chromium()
    page = strict.new_page()
    blocked = csp_errors(page)
    steps.sign_in(page, live_server.url, email=desk["email"], password=PASSWORD)
    details = f"{live_server.url}/provider/{desk['slug']}/activities/{desk['almost']}/details/"
    page.goto(details)
    topics = page.get_by_role("group", name="Topics")
    expect(topics.get_by_role("group", name="Abuse, violence and exploitation")).to_be_visible()
    steps.fill_details(
        page, topics=["Human trafficking", "Prevention of medical errors"], save=False
    )
    page.get_by_role("group", name="Requirements it meets").get_by_label(
        "Approved by Texas HHSC as a human trafficking prevention course"
    ).check()
    steps.save_details(page)
    assert "Details saved." in page.inner_text("main")
    saved = activity(pk=desk["almost"])
    # the factory's topic stays ticked; codes in the vocabulary's order
    assert saved.topics == ["substance_use_disorders", "medical_errors", "human_trafficking"]
    assert saved.meets == ["tx-hhsc"]
    assert page.get_by_label("Human trafficking", exact=True).is_checked()
    event = db(
        lambda: AuditEvent.objects.filter(
            object_id=str(desk["almost"]), action="activities.activity.updated"
        ).latest("id")
    )
    assert (event.before or {})["topics"] == ["substance_use_disorders"]
    assert (event.after or {})["meets"] == ["tx-hhsc"]
    look_at_every_width(chromium, strict.cookies(), [(details, "topics")], prefix="editor")
    assert blocked == []
