"""The step and question builder in Chromium: a coordinator adds a video with captions, a
quiz with its pass mark, a survey that unlocks the evaluation and a claim step waiting for
both, pairs a post-test question with a pre-test one, moves a step; the buttons also work
without script. Every page: no axe violations, no sideways scroll, nothing the CSP blocks, at
1280 and 390 px."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from opencme.learning.models import Question, Step
from opencme.reporting.tests import data
from tests import factories
from tests.browser import workspace_editor_steps as editor
from tests.browser import workspace_steps_steps as steps
from tests.browser.audit import look_at_every_width
from tests.browser.orm import db
from tests.browser.test_finder import csp_errors

pytestmark = pytest.mark.browser
PASSWORD = "Coordinator-desk-2026"


@pytest.fixture
def desk(live_server, transactional_db, settings) -> dict[str, Any]:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    provider = data.provider("Lakeside Health Education")
    draft = factories.activity(of=provider, title="Low back pain: what to image")
    user = factories.user(email="coordinator@example.org", password=PASSWORD)
    factories.membership(of=provider, member=user)
    return {"email": user.email, "slug": provider.slug, "activity": draft.pk}


def _titles(activity_id: int) -> list[str]:
    return db(
        lambda: list(
            Step.objects.filter(activity_id=activity_id)
            .order_by("position", "id")
            .values_list("title", flat=True)
        )
    )


def test_coordinator_builds_the_steps_and_questions(live_server, desk, chromium) -> None:
    base, slug, aid = live_server.url, desk["slug"], desk["activity"]
    strict = chromium()
    page = strict.new_page()
    blocked = csp_errors(page)
    editor.sign_in(page, base, email=desk["email"], password=PASSWORD)

    reflection = steps.add_step(page, base, slug, aid, "reflection", "Before you start")
    steps.add_question(page, kind="Scale 1-5", text="How confident are you choosing imaging?")
    video = steps.add_video_with_captions(page, base, slug, aid, title="Watch the talk")
    assert "Saved." in page.inner_text("main")
    assert "with captions" in page.inner_text("main")
    quiz = steps.add_quiz_with_pass_mark(
        page, base, slug, aid, title="Knowledge check", pass_mark=80
    )
    assert "Correct: Fever with back pain" in page.inner_text("main")
    # with script, a free-text question hides the choices and correct answers it has none of
    page.get_by_role("link", name="Add a question").click()
    page.get_by_label("Free text", exact=True).check()
    assert page.locator("#field-choices").is_hidden()
    assert page.locator("#field-correct").is_hidden()
    page.get_by_label("Several choices", exact=True).check()
    expect(page.locator("#field-choices")).to_be_visible()
    steps.add_step(page, base, slug, aid, "survey", "Survey")
    steps.add_step(page, base, slug, aid, "evaluation", "Evaluation")
    steps.add_question(
        page,
        kind="Scale 1-5",
        text="How confident are you now?",
        pairs_with="How confident are you choosing imaging?",
    )
    assert "Pairs with: How confident are you choosing imaging?" in page.inner_text("main")
    evaluation = page.url.split("#")[0]
    steps.add_step(page, base, slug, aid, "claim", "Claim credit")
    steps.set_prerequisite(page, base, slug, aid, "Claim credit", "Knowledge check", "Survey")
    assert "Saved what unlocks this step." in page.inner_text("main")
    sentences = steps.step_sentences(page, base, slug, aid)
    assert "Survey unlocks Evaluation." in sentences
    assert "Knowledge check and Survey unlock Claim credit." in sentences

    # a cycle is refused beside the field
    steps.set_prerequisite(page, base, slug, aid, "Before you start", "Evaluation")
    expect(page.locator("#field-prerequisites_error")).to_be_visible()
    assert "lock both for ever" in page.locator("#field-prerequisites_error").inner_text()

    steps.move_step(page, base, slug, aid, "Survey", "up")
    assert _titles(aid) == [
        "Before you start",
        "Watch the talk",
        "Survey",
        "Knowledge check",
        "Evaluation",
        "Claim credit",
    ]
    quiz_step = db(lambda: Step.objects.get(activity_id=aid, title="Knowledge check"))
    assert quiz_step.pass_mark == 80
    paired = db(
        lambda: Question.objects.select_related("pre_question").get(step__title="Evaluation")
    )
    assert paired.pre_question is not None
    assert blocked == []

    # without script the buttons still work
    plain = chromium(javascript=False)
    plain.add_cookies(strict.cookies())
    bare = plain.new_page()
    steps.move_step(bare, base, slug, aid, "Survey", "down")
    assert _titles(aid)[2:4] == ["Knowledge check", "Survey"]

    question = db(lambda: Question.objects.get(step__title="Knowledge check"))
    pages = [
        (steps.steps_url(base, slug, aid), "list"),
        (reflection, "reflection"),
        (video, "video"),
        (quiz, "quiz"),
        (f"{quiz}questions/{question.pk}/", "question"),
        (f"{quiz}questions/new/", "question-new"),
        (f"{evaluation}remove/", "remove"),
    ]
    look_at_every_width(chromium, strict.cookies(), pages, prefix="steps")
