"""A new nurse in a real Chromium: sign up, confirm (which signs in), profile, enroll in the
demo re-release of seed 000, every step in order, claim nursing contact hours, see the
transcript row. axe on the learner pages; a 390px phone without sideways scrolling.

Set ``OPENCME_SCREENSHOTS=/some/folder`` to keep screenshots (``journey-*.png``).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail

from opencme.activities.models import Activity
from opencme.core import clock
from opencme.learning.models import StepKind
from opencme.web.demo.rerelease import ensure_rerelease
from tests.browser.test_finder import axe_violations, csp_errors, shoot

pytestmark = pytest.mark.browser

EMAIL = "new.nurse@example.org"
PASSWORD = "Lumbar-reassess-2026"


@pytest.fixture
def rerelease(catalog: dict[str, Activity]) -> dict[str, Any]:
    """The demo re-release of seed 000 and its steps as plain values (the browser thread may
    not query the database)."""
    activity = ensure_rerelease(seed=catalog["000"], today=clock.today())
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


def answer_step(page: Any, step: dict[str, Any]) -> None:
    box = page.locator(f"#step-{step['id']}")
    for qid, qtype, choices in step["questions"]:
        name = f"step{step['id']}-q{qid}"
        if qtype == "text":
            box.locator(f'textarea[name="{name}"]').fill("I will reassess more often.")
        elif qtype == "scale":
            box.get_by_role("radiogroup").filter(has=page.locator(f'[name="{name}"]'))
            box.locator(f'input[name="{name}"][value="4"]').check()
        else:
            box.get_by_label(choices[0], exact=True).first.check()


def watch_the_video(page: Any, step: dict[str, Any]) -> None:
    """ "I have viewed it" is refused at once; the clip served by the app plays in the page with
    its captions, the server counts what was played, and then the step may be marked viewed."""
    box = page.locator(f"#step-{step['id']}")
    box.get_by_role("button", name="I have viewed it").click()
    page.wait_for_load_state()
    box = page.locator(f"#step-{step['id']}")
    assert box.locator(".state").inner_text() == "Open"
    assert "Not yet: watch at least 90% of the video" in box.inner_text()
    shoot(page, "journey-video-refused-desktop", slices=1)
    video = box.locator("video")
    assert (video.get_attribute("src") or "").startswith("/learn/steps/")
    captions = video.evaluate(
        "v => new Promise(done => { const t = v.textTracks[0]; t.mode = 'showing';"
        " const ready = () => t.cues && t.cues.length ? done(t.cues[0].text)"
        " : setTimeout(ready, 50); ready(); })"
    )
    assert captions.startswith("[On screen]"), captions
    video.evaluate(
        "v => new Promise((done, failed) => { v.muted = true; v.addEventListener('ended', done);"
        " v.play().catch(failed); })"
    )
    status = box.get_by_role("status")
    status.filter(has_text="You may now mark it viewed.").wait_for(timeout=10_000)
    assert "Watched so far: 100%." in status.inner_text()
    shoot(page, "journey-video-watched-desktop", slices=1)


def no_sideways_scroll(page: Any) -> None:
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], (page.url, widths)


def test_new_nurse_signs_up_takes_seed_000_and_claims_nursing_hours(
    live_server, rerelease: dict[str, Any], launch
) -> None:
    base = live_server.url
    context = launch()
    page = context.new_page()
    blocked = csp_errors(page)
    checked: dict[str, str] = {}

    # Sign up, then the link from the confirmation email.
    page.goto(base + "/")
    page.get_by_role("link", name="Create account").click()
    checked["sign-up"] = page.url
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password (required)", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_label("Legal name").fill("Ana Ruiz")
    shoot(page, "journey-sign-up-desktop", slices=1)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(re.compile(r"/accounts/sign-up/check-your-email/$"))
    assert EMAIL in page.locator("main").inner_text()
    [message] = [m for m in mail.outbox if EMAIL in m.to]
    link = re.search(r"https?://\S+(/accounts/confirm/\S+/)", str(message.body))
    assert link, message.body
    page.goto(base + link[1])
    assert page.get_by_role("heading", name="Your email is confirmed").is_visible()

    # The fresh link signed us in; say what we are: a registered nurse.
    assert "You are signed in." in page.locator("main").inner_text()
    page.get_by_role("link", name="Go to my learning").click()
    page.wait_for_url(re.compile(r"/learn/$"))
    page.get_by_role("link", name="Profile").click()
    checked["profile"] = page.url
    page.get_by_label("Profession").select_option(label="Registered nurse (RN)")
    page.get_by_label("Degree").fill("RN")
    page.get_by_label("NPI").fill("123")
    page.get_by_role("button", name="Save profile").click()
    assert page.get_by_role("link", name="NPI: Must be exactly 10 digits.").is_visible()
    shoot(page, "journey-profile-error-desktop", slices=1)
    page.get_by_label("NPI").fill("")
    page.get_by_role("button", name="Save profile").click()
    assert page.get_by_text("Your profile is saved.").is_visible()
    shoot(page, "journey-profile-desktop")

    # Enroll from the activity page and do each step in order.
    page.goto(f"{base}/activities/{rerelease['id']}/")
    page.get_by_role("button", name="Enroll").click()
    page.wait_for_url(re.compile(r"/learn/enrollments/\d+/"))
    enrollment_url = page.url.split("#")[0]
    checked["enrollment"] = enrollment_url
    shoot(page, "journey-enrollment-start-desktop", slices=2)
    for step in rerelease["steps"]:
        box = page.locator(f"#step-{step['id']}")
        if step["kind"] == StepKind.CLAIM:
            break
        assert box.locator(".state").inner_text() == "Open", step["title"]
        if step["kind"] == StepKind.CONTENT:
            watch_the_video(page, step)
            box = page.locator(f"#step-{step['id']}")
        answer_step(page, step)
        box.get_by_role("button").click()
        page.wait_for_load_state()
        done = page.locator(f"#step-{step['id']} .state")
        assert done.inner_text() == "Done", (step["title"], page.locator("main").inner_text())

    # Claim 1.25 nursing contact hours (the largest amount is chosen already).
    claim = page.locator("#claim")
    assert claim.get_by_label("Amount of Nursing contact hours").input_value() == "1.25"
    assert claim.get_by_role("button", name="Claim AMA PRA Category 1 Credit™").count() == 0
    shoot(page, "journey-claim-desktop")
    claim.get_by_role("button", name="Claim Nursing contact hours").click()
    assert page.get_by_text("You claimed 1.25 Nursing contact hours.").is_visible()
    follow_up = rerelease["steps"][-1]
    assert "Opens on" in page.locator(f"#step-{follow_up['id']}").inner_text()
    shoot(page, "journey-enrollment-done-desktop")

    # The transcript has the row.
    page.get_by_role("link", name="Transcript", exact=True).click()
    checked["transcript"] = page.url
    row = page.locator("table.transcript tbody tr")
    assert row.count() == 1
    cells = row.first.locator("td").all_inner_texts()
    assert cells[1:] == [rerelease["title"], cells[2], "Nursing contact hours", "1.25"], cells
    shoot(page, "journey-transcript-desktop", slices=1)
    assert blocked == [], blocked
    cookies = context.cookies()

    # axe (injected as a script, so in a context that bypasses our CSP) on the same pages.
    audit = launch(bypass_csp=True)
    audit.add_cookies(cookies)
    audit_page = audit.new_page()
    for name, url in checked.items():
        if name == "sign-up":
            audit.clear_cookies()
        audit_page.goto(url)
        assert axe_violations(audit_page) == [], name
        if name == "sign-up":
            audit.add_cookies(cookies)

    # A 390px phone: nothing scrolls sideways.
    phone = launch(width=390, height=844)
    phone.add_cookies(cookies)
    phone_page = phone.new_page()
    for name, url in checked.items():
        phone_page.goto(url)
        no_sideways_scroll(phone_page)
        shoot(phone_page, f"journey-{name}-phone", slices=2)
    phone_page.goto(f"{base}/activities/{rerelease['id']}/")
    no_sideways_scroll(phone_page)
    assert phone_page.get_by_role("link", name="Continue").is_visible()
