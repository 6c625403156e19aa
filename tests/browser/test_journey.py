"""A new nurse in a real Chromium, from the home page: search, the hosted demo re-release of
seed 000 and what it discloses, sign-up from it and back (the confirmation signs in), profile,
enroll, every step in order (the video watched), claim nursing contact hours, the certificate's
QR code read out of its PDF and followed to the verify page, the transcript row. axe on every
page at 1280 and 390 px; nothing scrolls sideways on the phone.

Set ``OPENCME_SCREENSHOTS=/some/folder`` to keep screenshots (``journey-*.png``).
"""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
import zxingcpp
from django.core import mail
from playwright.sync_api import expect
from pypdf import PdfReader

from opencme.activities.models import Activity
from opencme.core import clock
from opencme.learning.models import StepKind
from opencme.web.demo.rerelease import ensure_rerelease
from tests.browser.test_finder import axe_violations, csp_errors, shoot

pytestmark = [pytest.mark.browser, pytest.mark.both_engines]

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


def submit_step(page: Any, step: dict[str, Any]) -> None:
    """Send the step's form and wait for the page that comes back to show it done (the old page
    may still be on screen when the click returns)."""
    page.locator(f"#step-{step['id']}").get_by_role("button").click()
    done = page.locator(f"#step-{step['id']} .state")
    expect(done, step["title"]).to_have_text("Done")


def watch_the_video(page: Any, step: dict[str, Any]) -> None:
    """ "I have viewed it" is refused at once; the clip served by the app plays in the page with
    its captions, the server counts what was played, and then the step may be marked viewed."""
    box = page.locator(f"#step-{step['id']}")
    box.get_by_role("button", name="I have viewed it").click()
    expect(box).to_contain_text("Not yet: watch at least 90% of the video")
    assert box.locator(".state").inner_text() == "Open"
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
    status.filter(has_text="You may now mark it viewed.").wait_for(timeout=30_000)
    assert "Watched so far: 100%." in status.inner_text()
    shoot(page, "journey-video-watched-desktop", slices=1)


def no_sideways_scroll(page: Any) -> None:
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], (page.url, widths)


def qr_target(pdf: bytes) -> str:
    """The text of the one QR code printed on a PDF's first page (zxing-cpp reads it)."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    found = [
        result.text
        for image in page.images
        for result in zxingcpp.read_barcodes(image.image)
        if result.format.name == "QRCode"
    ]
    assert len(found) == 1, found
    return found[0]


def test_new_nurse_finds_signs_up_learns_claims_and_verifies_her_certificate(
    live_server, rerelease: dict[str, Any], launch, settings
) -> None:
    """From the home page: search, the hosted activity and what it must disclose, sign-up
    from it and back, every step (the video watched), the claim, the certificate from the
    enrollment page, and its QR code, read out of the PDF, opening the verify page."""
    settings.SITE_URL = live_server.url  # the one site address (core.site)
    base = live_server.url
    context = launch()
    page = context.new_page()
    blocked = csp_errors(page)
    checked: dict[str, str] = {"home": base + "/"}

    # Search from the home page; the activity run here comes first, marked "Take it here".
    page.goto(base + "/")
    page.get_by_label("Search activities").fill("opioid low back pain")
    page.get_by_label("Search activities").press("Enter")
    page.wait_for_url(re.compile(r"/activities/\?"))
    checked["finder"] = page.url
    first = page.locator("li.card").first
    assert first.locator(".badge--hosted").inner_text() == "Take it here"
    assert rerelease["title"] in first.inner_text()
    first.get_by_role("link", name=rerelease["title"]).click()
    page.wait_for_url(re.compile(rf"/activities/{rerelease['id']}/"))
    activity_url = page.url.split("?")[0]
    checked["activity"] = page.url

    # What a learner must see before starting: accreditation, designations, disclosures.
    before = page.get_by_role("region", name="Before you start: accreditation and disclosures")
    text = before.inner_text()
    assert "designates this" in text
    assert "Physicians should claim only the credit commensurate" in text
    assert "financial relationships" in text
    assert "Commercial support" in text

    # Sign up from the activity; the confirmation link signs in and leads back to it.
    page.get_by_role("link", name="Create an account").click()
    checked["sign-up"] = page.url
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password (required)", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_label("Legal name").fill("Ana Ruiz")
    shoot(page, "journey-sign-up-desktop", slices=1)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(re.compile(r"/accounts/sign-up/check-your-email/"))
    assert EMAIL in page.locator("main").inner_text()
    [message] = [m for m in mail.outbox if EMAIL in m.to]
    link = re.search(r"https?://\S+/accounts/confirm/\S+/", str(message.body))
    assert link, message.body
    assert link[0].startswith(base), link[0]  # the site's address, not port 8000
    page.goto(link[0])
    expect(page.get_by_role("heading", name="Your email is confirmed")).to_be_visible()
    assert "You are signed in." in page.locator("main").inner_text()
    page.get_by_role("link", name=f"Continue to {rerelease['title']}").click()
    page.wait_for_url(re.compile(rf"/activities/{rerelease['id']}/"))
    expect(page.get_by_role("button", name="Enroll")).to_be_visible()

    # Say what she is, a registered nurse, on the profile; then back to the activity.
    page.get_by_role("link", name="Profile").first.click()
    checked["profile"] = page.url
    page.get_by_label("Profession").select_option(label="Registered nurse (RN)")
    page.get_by_label("Degree").fill("RN")
    page.get_by_label("NPI").fill("123")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_role("link", name="NPI: Must be exactly 10 digits.")).to_be_visible()
    shoot(page, "journey-profile-error-desktop", slices=1)
    page.get_by_label("NPI").fill("")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Your profile is saved.")).to_be_visible()
    shoot(page, "journey-profile-desktop")
    page.goto(activity_url)

    # Enroll; step 1 repeats what must be disclosed; each step in order.
    page.get_by_role("button", name="Enroll").click()
    page.wait_for_url(re.compile(r"/learn/enrollments/\d+/"))
    enrollment_url = page.url.split("#")[0]
    checked["enrollment"] = enrollment_url
    assert "designates this" in page.locator("main").inner_text()
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
        submit_step(page, step)

    # Claim 1.25 nursing contact hours (the largest amount is chosen already), beside the
    # time the site recorded.
    claim = page.locator("#claim")
    assert "The site recorded under a minute on this activity’s steps" in claim.inner_text()
    assert claim.get_by_label("Amount of Nursing contact hours").input_value() == "1.25"
    assert claim.get_by_role("button", name="Claim AMA PRA Category 1 Credit™").count() == 0
    shoot(page, "journey-claim-desktop")
    claim.get_by_role("button", name="Claim Nursing contact hours").click()
    expect(page.get_by_text("You claimed 1.25 Nursing contact hours.")).to_be_visible()
    follow_up = rerelease["steps"][-1]
    assert "Opens on" in page.locator(f"#step-{follow_up['id']}").inner_text()
    shoot(page, "journey-enrollment-done-desktop")

    # The certificate, from the enrollment page: its QR code opens the verify page.
    pdf_link = page.get_by_role("link", name=re.compile(r"^Certificate \(PDF\)")).first
    response = context.request.get(base + (pdf_link.get_attribute("href") or ""))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    target = qr_target(response.body())
    assert target.startswith(f"{base}/verify/"), target
    verify = context.new_page()
    verify.goto(target)
    checked["verify"] = target
    assert "Ana Ruiz" in verify.locator("main").inner_text()
    assert "1.25" in verify.locator("main").inner_text()
    shoot(verify, "journey-verify-desktop", slices=1)

    # The transcript has the row, with the certificate.
    page.get_by_role("link", name="Transcript", exact=True).first.click()
    checked["transcript"] = page.url
    row = page.locator("table.transcript tbody tr")
    assert row.count() == 1
    assert rerelease["title"] in row.first.inner_text()
    assert "Nursing contact hours" in row.first.inner_text()
    assert row.first.get_by_role("link", name=re.compile(r"^Certificate \(PDF\)")).count() == 1
    shoot(page, "journey-transcript-desktop", slices=1)
    assert blocked == [], blocked
    cookies = context.cookies()

    # axe (injected as a script, so in a context that bypasses our CSP) on the same pages,
    # and a 390px phone on which nothing scrolls sideways.
    public = {"home", "finder", "activity", "sign-up", "verify"}
    for width, height in ((1280, 900), (390, 844)):
        audit = launch(bypass_csp=True, width=width, height=height)
        audit_page = audit.new_page()
        for name, url in checked.items():
            audit.clear_cookies()
            if name not in public:
                audit.add_cookies(cookies)
            audit_page.goto(url)
            assert axe_violations(audit_page) == [], (name, width)
            no_sideways_scroll(audit_page)
            shoot(audit_page, f"journey-{name}-{width}", slices=2)
    phone = launch(width=390, height=844)
    phone.add_cookies(cookies)
    phone_page = phone.new_page()
    phone_page.goto(activity_url)
    expect(phone_page.get_by_role("link", name="Continue")).to_be_visible()
