"""What a coordinator does in the step and question builder, as small steps for Chromium stories.

Each step takes a Playwright ``page`` signed in as the provider's staff (see
``workspace_editor_steps.sign_in``), finds fields by their labels and buttons by their names,
and leaves the page where the step ends. ``base`` is the live server's address, ``slug`` the
provider's, ``activity_id`` the activity's. Compose them: ``add_step`` -> ``set_prerequisite``
-> ``add_question`` ...; every one works without script.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

MEDIA = Path(__file__).resolve().parents[2] / "src" / "opencme" / "web" / "demo" / "media"
DEMO_VIDEO = MEDIA / "lbp-demo-clip.webm"
DEMO_CAPTIONS = MEDIA / "lbp-demo-clip.vtt"
KIND_LABELS = {
    "reflection": "Reflection",
    "content": "Content",
    "quiz": "Quiz",
    "survey": "Survey",
    "evaluation": "Evaluation",
    "attestation": "Attestation",
    "claim": "Claim credit",
    "follow_up": "Follow-up survey",
}


def steps_url(base: str, slug: str, activity_id: int) -> str:
    return f"{base}/provider/{slug}/activities/{activity_id}/steps/"


def add_step(page: Any, base: str, slug: str, activity_id: int, kind: str, title: str) -> str:
    """Add a step of ``kind`` ("quiz", "survey", "follow_up", ...) called ``title`` from the
    steps page; returns the URL of the new step's page, where the page is left."""
    page.goto(steps_url(base, slug, activity_id))
    form = page.locator("form", has=page.get_by_role("button", name="Add step"))
    form.get_by_label("Kind of step").select_option(label=KIND_LABELS[kind])
    form.get_by_label("Title").fill(title)
    form.get_by_role("button", name="Add step").click()
    page.wait_for_url(re.compile(r"/steps/\d+/$"))
    return str(page.url)


def open_step(page: Any, base: str, slug: str, activity_id: int, title: str) -> str:
    """Open the page of the step called ``title``; returns its URL."""
    page.goto(steps_url(base, slug, activity_id))
    page.get_by_role("link", name=title, exact=True).first.click()
    page.wait_for_url(re.compile(r"/steps/\d+/$"))
    return str(page.url)


def save_step(page: Any) -> None:
    """Save the step's own fields (title, instructions, material, pass mark ...)."""
    section = page.locator("section[aria-labelledby='step-fields']")
    with page.expect_navigation():
        section.get_by_role("button", name="Save", exact=True).click()


def add_quiz_with_pass_mark(
    page: Any,
    base: str,
    slug: str,
    activity_id: int,
    *,
    title: str = "Knowledge check",
    pass_mark: int = 80,
    attempts: int | None = None,
    question: str = "Which finding is a red flag?",
    choices: Sequence[str] = ("Fever with back pain", "Pain after lifting"),
    correct: Sequence[str] = ("Fever with back pain",),
) -> str:
    """A quiz with its pass mark (and attempts) and one graded one-choice question; returns
    the quiz's page URL."""
    url = add_step(page, base, slug, activity_id, "quiz", title)
    page.get_by_label("Pass mark (percent)").fill(str(pass_mark))
    if attempts is not None:
        page.get_by_label("Attempts allowed").fill(str(attempts))
    save_step(page)
    page.wait_for_url(re.compile(r"/steps/\d+/$"))
    add_question(page, kind="One choice", text=question, choices=choices, correct=correct)
    return str(page.url.split("#")[0]) if page.url else url


def set_prerequisite(
    page: Any, base: str, slug: str, activity_id: int, step: str, *after: str
) -> None:
    """Make the step called ``step`` wait for the steps called ``after`` (only those)."""
    open_step(page, base, slug, activity_id, step)
    box = page.locator("#prerequisites")
    for each in box.get_by_role("checkbox").all():
        each.uncheck()
    for title in after:
        box.get_by_label(title, exact=True).check()
    with page.expect_navigation():
        box.get_by_role("button", name="Save what unlocks it").click()


def add_video_with_captions(
    page: Any,
    base: str,
    slug: str,
    activity_id: int,
    *,
    title: str = "Watch the talk",
    video: Path = DEMO_VIDEO,
    captions: Path = DEMO_CAPTIONS,
    seconds: int = 12,
    percent: int | None = 90,
    minutes: int | None = None,
) -> str:
    """A content step with an uploaded video, its captions and the completion rule; returns
    its page URL."""
    url = add_step(page, base, slug, activity_id, "content", title)
    page.get_by_label("Video", exact=True).check()
    page.get_by_label("Upload a video or a PDF").set_input_files(str(video))
    page.get_by_label("Captions (WebVTT)").set_input_files(str(captions))
    page.get_by_label("Video length (seconds)").fill(str(seconds))
    if percent is not None:
        page.get_by_label("Share of the video to watch (percent)").fill(str(percent))
    if minutes is not None:
        page.get_by_label("Minimum minutes on the page").fill(str(minutes))
    save_step(page)
    return url


def add_question(
    page: Any,
    *,
    kind: str = "One choice",
    text: str,
    choices: Sequence[str] = (),
    correct: Sequence[str] = (),
    required: bool = True,
    pairs_with: str = "",
) -> None:
    """On a step's page, add a question: ``kind`` by its label ("One choice", "Several
    choices", "Scale 1-5", "Free text"), choices and (for a quiz) correct answers, and for a
    post-test question the pre-test question it pairs with (its option's visible text, or a
    part of it). Leaves the page on the step's page."""
    page.get_by_role("link", name="Add a question").click()
    page.get_by_label(kind, exact=True).check()
    page.locator("#field-text").fill(text)  # labelled "Question (required)"
    if choices:
        page.get_by_label("Choices", exact=True).fill("\n".join(choices))
    if correct:
        page.get_by_label("Correct answers").fill("\n".join(correct))
    box = page.get_by_label("An answer is required")
    if box.is_checked() != required:
        box.click()
    if pairs_with:
        select = page.get_by_label("Pairs with a pre-test question")
        option = select.locator("option", has_text=pairs_with).first
        select.select_option(value=option.get_attribute("value"))
    page.get_by_role("button", name="Add the question").click()
    page.wait_for_url(re.compile(r"/steps/\d+/(#questions)?$"))


def step_sentences(page: Any, base: str, slug: str, activity_id: int) -> list[str]:
    """The sentences of the steps page saying what unlocks each step."""
    page.goto(steps_url(base, slug, activity_id))
    return [s.strip() for s in page.locator(".ws-step__unlock").all_inner_texts()]


def move_step(
    page: Any, base: str, slug: str, activity_id: int, title: str, direction: str
) -> None:
    """Press "Move up" or "Move down" ("up"/"down") of the step called ``title``."""
    page.goto(steps_url(base, slug, activity_id))
    card = page.locator(".ws-step", has=page.get_by_role("link", name=title, exact=True))
    with page.expect_navigation():
        card.get_by_role("button", name=f"Move {direction} {title}").click()
