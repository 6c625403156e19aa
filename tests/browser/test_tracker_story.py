"""Gaps that search, in Chromium: a physician who recorded 6.75 hours on substance use disorders
elsewhere enters two licenses and a DEA registration, sees the DEA's MATE gap (1.25 hours),
follows "Find activities" from it to the finder, where the hosted activity that closes it is
marked, completes that activity and claims its credit, and sees the gap close and the timeline
move. axe and no sideways scroll at 1280 and 390 px on each page; nothing the CSP blocks.

Set ``OPENCME_SCREENSHOTS=/some/folder`` to keep screenshots (``tracker-story-*.png``).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from opencme.activities.models import Activity
from opencme.catalog.index import index_activities
from opencme.core import clock
from opencme.learning.models import StepKind
from opencme.requirements import services as tracker_services
from opencme.web.demo.rerelease import ensure_rerelease
from tests import journey_data
from tests.browser.audit import look_at_every_width
from tests.browser.test_finder import csp_errors, shoot
from tests.browser.test_journey import answer_step, submit_step
from tests.browser.test_tracker import _add_license

pytestmark = pytest.mark.browser
EMAIL = "mate.physician@example.org"
PASSWORD = "Mate-gap-closes-2026"
TOPIC = "substance_use_disorders"
DEA = "DEA registration"


@pytest.fixture
def story(catalog: dict[str, Activity], settings) -> dict[str, Any]:
    """The hosted re-release of seed 000 carrying the topic its provider asserts (substance use
    disorders), and a physician with 6.75 such hours recorded from elsewhere; plain values for
    the browser thread."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    activity = ensure_rerelease(seed=catalog["000"], today=clock.today(), viewing_rule=False)
    Activity.objects.filter(pk=activity.pk).update(topics=[TOPIC])
    index_activities([activity.pk])
    user = journey_data.learner("physician", email=EMAIL, password=PASSWORD)
    tracker_services.record_external_credit(
        actor=user,
        user=user,
        title="Buprenorphine treatment course",
        provider="A state medical society",
        completed_on=clock.today() - dt.timedelta(days=120),
        credit_type="AMA_PRA_1",
        amount=Decimal("6.75"),
        topics=[TOPIC],
    )
    steps = [
        {
            "id": step.pk,
            "kind": step.kind,
            "title": step.title,
            "questions": [(q.pk, q.type, list(q.choices)) for q in step.questions.all()],
        }
        for step in activity.steps.order_by("position", "id").prefetch_related("questions")
    ]
    return {"id": activity.pk, "title": activity.title, "steps": steps}


def _complete_steps(page: Any, steps: list[dict[str, Any]]) -> None:
    for step in steps:
        if step["kind"] == StepKind.CLAIM:
            return
        box = page.locator(f"#step-{step['id']}")
        assert box.locator(".state").inner_text() == "Open", step["title"]
        answer_step(page, step)
        submit_step(page, step)


def test_physician_follows_a_gap_to_an_activity_that_closes_it(story, live_server, chromium):
    base = live_server.url
    today = clock.today()
    context = chromium(width=1280)
    page = context.new_page()
    blocked = csp_errors(page)
    checked: list[tuple[str, str]] = []

    page.goto(f"{base}/accounts/sign-in/")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/learn/")
    page.goto(f"{base}/learn/tracker/credentials/")
    _add_license(page, "Florida", dt.date(today.year + 1, 1, 31))
    _add_license(page, "Texas", dt.date(today.year + 1, 8, 31))
    page.get_by_label("Registration renewal date").fill(dt.date(today.year + 2, 3, 31).isoformat())
    with page.expect_navigation():
        page.get_by_role("button", name="Add the DEA registration").click()

    # The gaps: the DEA's MATE training is 1.25 hours short, past its due date.
    page.goto(f"{base}/learn/tracker/")
    checked.append((page.url, "dashboard-before"))
    dea = page.get_by_role("region", name=DEA)
    expect(dea.get_by_text("6.75 of 8 hours: 1.25 still missing")).to_be_visible()
    timeline = page.locator("ol.timeline")
    dea_entries = timeline.locator("li", has_text=f"{DEA}:")
    assert any("still missing" in t for t in dea_entries.all_inner_texts())
    before = timeline.inner_text()
    shoot(page, "tracker-story-gaps-desktop")

    # "Find activities" from the gap: the finder asks for the topic, the credit types the
    # DEA's accepted accreditors give, free first.
    dea.get_by_role("link", name=re.compile(r"^Find activities for 8 hours of training")).click()
    page.wait_for_url(re.compile(r"/activities/\?"))
    asked = parse_qs(urlsplit(page.url).query)
    assert asked["topic"] == [TOPIC]
    assert "AMA_PRA_1" in asked["credit_type"]
    assert asked["free"] == ["true"]
    checked.append((page.url, "finder-from-gap"))
    card = page.locator("li.card", has=page.locator(f"a[href^='/activities/{story['id']}/']"))
    notes = card.locator(".card__notes li").all_inner_texts()
    assert any(n.startswith(f"Closes a gap: {DEA}, 8 hours") for n in notes), notes
    shoot(page, "tracker-story-finder-desktop")
    # The sort "Closes my gaps" is offered to her, and puts the marked activity first.
    assert page.get_by_label("Sort by").locator("option", has_text="Closes my gaps").count() == 1
    card.get_by_role("link", name=story["title"]).click()
    page.wait_for_url(re.compile(rf"/activities/{story['id']}/"))

    # Complete the hosted activity and claim its 1.25 AMA PRA Category 1 Credit.
    page.get_by_role("button", name="Enroll").click()
    page.wait_for_url(re.compile(r"/learn/enrollments/\d+/"))
    _complete_steps(page, story["steps"])
    claim = page.locator("#claim")
    claim.get_by_role("button", name="Claim AMA PRA Category 1 Credit™").click()
    expect(page.get_by_text("You claimed 1.25 AMA PRA Category 1 Credit™.")).to_be_visible()
    checked.append((page.url.split("#")[0], "enrollment-done"))

    # The gap is closed and the timeline moved: the DEA's missing hours are gone from it.
    page.goto(f"{base}/learn/tracker/")
    checked.append((page.url, "dashboard-after"))
    dea = page.get_by_role("region", name=DEA)
    expect(dea.get_by_text("Requirements met")).to_be_visible()
    expect(dea.get_by_text("8 of 8 hours")).to_be_visible()
    assert dea.get_by_role("link", name=re.compile(r"^Find activities")).count() == 0
    after = page.locator("ol.timeline").inner_text()
    assert after != before
    dea_after = page.locator("ol.timeline li", has_text=f"{DEA}:").all_inner_texts()
    assert dea_after
    assert all("nothing missing" in t for t in dea_after), dea_after
    shoot(page, "tracker-story-closed-desktop")
    assert blocked == [], blocked

    look_at_every_width(chromium, context.cookies(), checked, prefix="tracker-story")
