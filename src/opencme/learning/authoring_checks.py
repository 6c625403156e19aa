"""The step and question builder's checks: pure, no database. Each returns problems named by
the form field they are about, so a page shows them beside it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from opencme.core.errors import Problem
from opencme.learning.admin_forms import cycle_through
from opencme.learning.models import ContentKind, QuestionType, StepKind

# uploads: what a file's first bytes must be for each kind of material
MAX_VIDEO_BYTES = 500 * 1024 * 1024
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
MAX_CAPTIONS_BYTES = 2 * 1024 * 1024
VIDEO_TYPES = {"webm": ".webm", "mp4": ".mp4"}


def sniff(head: bytes) -> str | None:
    """What the first bytes of a file say it is: "webm", "mp4", "pdf", "vtt" or None."""
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "webm"
    if head[4:8] == b"ftyp":
        return "mp4"
    if head.startswith(b"%PDF-"):
        return "pdf"
    text = head.removeprefix(b"\xef\xbb\xbf")
    if text.startswith(b"WEBVTT") and (len(text) == 6 or text[6:7] in b" \t\r\n"):
        return "vtt"
    return None


def material_problems(*, kind: str, head: bytes, size: int, field: str) -> list[Problem]:
    """An uploaded video (WebM or MP4) or document (PDF): its size and its first bytes."""
    found = sniff(head)
    if kind == ContentKind.VIDEO:
        if size > MAX_VIDEO_BYTES:
            return [Problem(field, "A video may be at most 500 MB.")]
        if found not in VIDEO_TYPES:
            return [Problem(field, "This file is not a WebM or MP4 video.")]
    elif kind == ContentKind.DOCUMENT:
        if size > MAX_DOCUMENT_BYTES:
            return [Problem(field, "A document may be at most 50 MB.")]
        if found != "pdf":
            return [Problem(field, "This file is not a PDF document.")]
    else:
        return [Problem(field, "Only a video or a document is uploaded; choose one of them.")]
    return []


def captions_problems(*, head: bytes, size: int, field: str) -> list[Problem]:
    if size > MAX_CAPTIONS_BYTES:
        return [Problem(field, "A captions file may be at most 2 MB.")]
    if sniff(head) != "vtt":
        return [Problem(field, "Captions are a WebVTT file: its first line reads WEBVTT.")]
    return []


def step_problems(kind: str, values: Mapping[str, Any]) -> list[Problem]:
    """A step's own fields checked by its kind (``values``: the fields as they will be)."""
    problems: list[Problem] = []
    if not str(values.get("title") or "").strip():
        problems.append(Problem("title", "Give the step a title."))
    if kind == StepKind.QUIZ:
        mark = values.get("pass_mark")
        if mark is None or not 0 <= mark <= 100:
            problems.append(Problem("pass_mark", "A quiz needs a pass mark from 0 to 100 percent."))
        attempts = values.get("attempts_allowed")
        if attempts is not None and attempts < 1:
            problems.append(
                Problem("attempts_allowed", "Allow at least one attempt, or leave it empty.")
            )
    if kind == StepKind.FOLLOW_UP:
        days = values.get("delay_days")
        if not days or days < 1:
            problems.append(
                Problem("delay_days", "A follow-up comes at least one day after completion.")
            )
    if kind == StepKind.CONTENT:
        problems.extend(_content_problems(values))
    return problems


def _content_problems(values: Mapping[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    kind = values.get("content_kind") or ""
    if kind == ContentKind.LINK and not values.get("content_url"):
        problems.append(Problem("content_url", "Give the address the link opens."))
    if kind == ContentKind.ARTICLE and not str(values.get("content_text") or "").strip():
        problems.append(Problem("content_text", "Give the article's text."))
    material = values.get("content_file") or values.get("content_url")
    if kind in (ContentKind.VIDEO, ContentKind.DOCUMENT) and not material:
        problems.append(Problem("content_file", "Upload the file, or give its address."))
    percent = values.get("min_watched_percent")
    if percent is not None:
        if not 1 <= percent <= 100:
            problems.append(Problem("min_watched_percent", "A share of the video: 1 to 100."))
        elif kind != ContentKind.VIDEO:
            problems.append(Problem("min_watched_percent", "Only a video has a share to watch."))
        elif not values.get("content_seconds"):
            problems.append(
                Problem("content_seconds", "Give the video's length to count its share.")
            )
    minutes = values.get("min_minutes")
    if minutes is not None and not 1 <= minutes <= 24 * 60:
        problems.append(Problem("min_minutes", "Minimum minutes: 1 to 1,440, or leave it empty."))
    return problems


def prerequisite_problems(
    *,
    step_id: int,
    kind: str,
    chosen: Iterable[int],
    waits_for: Mapping[int, Iterable[int]],
    titles: Mapping[int, str],
    others: int,
) -> list[Problem]:
    """A step's chosen prerequisites: its own steps, not itself, closing no cycle; a claim step
    waits for at least one step when there are others (else credit opens at once)."""
    chosen = list(chosen)
    if step_id in chosen:
        return [Problem("prerequisites", "A step cannot wait for itself.")]
    strangers = [c for c in chosen if c not in titles]
    if strangers:
        return [Problem("prerequisites", "Choose among the steps of this activity.")]
    if kind == StepKind.CLAIM and not chosen and others:
        return [
            Problem(
                "prerequisites",
                "Claim credit must wait for at least one step, or credit opens before any "
                "learning.",
            )
        ]
    chain = cycle_through(step_id, chosen, waits_for)
    if chain:
        shown = " → ".join(f"“{titles[pk]}”" for pk in chain[:-1])
        return [
            Problem(
                "prerequisites",
                f"“{titles[chain[0]]}” already waits for this step ({shown} → this step); "
                "making it a prerequisite would lock both for ever.",
            )
        ]
    return []


def question_problems(
    *, type: str, text: str, choices: list[str], correct: list[str], graded: bool
) -> list[Problem]:
    """A question's fields; ``graded``: it belongs to a quiz (correct answers asked for)."""
    problems: list[Problem] = []
    if type not in QuestionType.values:
        problems.append(Problem("type", "Choose the kind of question."))
        return problems
    if not text.strip():
        problems.append(Problem("text", "Give the question's text."))
    if type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        if len(choices) < 2:
            problems.append(Problem("choices", "Give at least two choices."))
        repeated = sorted({c for c in choices if choices.count(c) > 1})
        if repeated:
            problems.append(Problem("choices", f"Each choice once: “{repeated[0]}” is repeated."))
        strangers = [c for c in correct if c not in choices]
        if strangers:
            problems.append(Problem("correct", f"“{strangers[0]}” is not one of the choices."))
        elif type == QuestionType.SINGLE and len(correct) > 1:
            problems.append(Problem("correct", "A one-choice question has one correct answer."))
        elif graded and not correct:
            problems.append(Problem("correct", "Mark the correct answer of a quiz question."))
    else:
        label = QuestionType(type).label.lower()
        if choices:
            problems.append(Problem("choices", f"A {label} question has no choices."))
        if correct:
            problems.append(Problem("correct", f"A {label} question is not graded."))
    return problems


def unlock_sentence(titles: list[str], unlocked: str) -> str:
    """ "Survey unlocks Evaluation", "Quiz and Survey unlock Claim credit"."""
    if len(titles) == 1:
        return f"{titles[0]} unlocks {unlocked}"
    named = ", ".join(titles[:-1]) + " and " + titles[-1]
    return f"{named} unlock {unlocked}"
