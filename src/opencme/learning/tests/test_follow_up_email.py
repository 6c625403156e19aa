"""The 90-day follow-up email arrives at a real SMTP server after the worker runs, 90 days later.

Everything runs as it does in a deployment: the journeys and the worker are ``opencme``
processes with the clock moved by ``OPENCME_CLOCK_OFFSET_DAYS``, sharing one database (see
tests/site_process.py), and mail goes over SMTP to an aiosmtpd server on a free loopback port.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.site_process import opencme, run_python, site_env


class Inbox:
    """An aiosmtpd handler keeping every message it receives."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(
            envelope.original_content or envelope.content, policy=policy.default
        )
        message["X-Rcpt-To"] = ", ".join(envelope.rcpt_tos)
        with self.lock:
            self.messages.append(message)
        return "250 Message accepted for delivery"

    def take(self) -> list[Message]:
        """The messages received since the last call."""
        with self.lock:
            out, self.messages = self.messages, []
        return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def complete_journeys(count: int) -> list[dict[str, Any]]:
    """Run in an ``opencme`` process: seed 000's re-release, ``count`` physicians through every
    step and an AMA claim. Returns each learner's email, enrollment and follow-up step."""
    from opencme.credits.services import claim_credit
    from opencme.learning.models import StepKind
    from opencme.learning.services import enroll_learner
    from tests.journey_data import learner, seed_000_rerelease, steps_of, walk

    activity = seed_000_rerelease()
    follow_up = next(s for s in steps_of(activity) if s.kind == StepKind.FOLLOW_UP)
    out = []
    for _ in range(count):
        user = learner("physician")
        enrollment = enroll_learner(activity=activity, learner=user)
        walk(enrollment, user)
        claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=user)
        out.append({"email": user.email, "enrollment": enrollment.pk, "step": follow_up.pk})
    return out


def answer_follow_up(enrollment_id: int, step_id: int) -> str:
    """Run in an ``opencme`` process: the learner answers their follow-up survey."""
    from opencme.learning.models import Enrollment, Step
    from opencme.learning.services import complete_step
    from tests.journey_data import answers_for

    enrollment = Enrollment.objects.select_related("learner").get(pk=enrollment_id)
    step = Step.objects.get(pk=step_id)
    complete_step(
        enrollment=enrollment, step_id=step_id, actor=enrollment.learner, answers=answers_for(step)
    )
    return "answered"


HERE = "opencme.learning.tests.test_follow_up_email"


def call(env: dict[str, str], expression: str) -> Any:
    out = run_python(env, f"import json, {HERE} as t; print(json.dumps(t.{expression}))")
    return json.loads(out.strip().splitlines()[-1])


def worker(env: dict[str, str], days: int) -> None:
    opencme(env | {"OPENCME_CLOCK_OFFSET_DAYS": str(days)}, "worker", "--once")


def body_of(message: Message) -> str:
    assert isinstance(message, EmailMessage)
    return str(message.get_content())


def to_and_subject(messages: list[Message]) -> list[tuple[str, str]]:
    return sorted((str(m["X-Rcpt-To"]), str(m["Subject"])) for m in messages)


@pytest.mark.django_db(transaction=True)
def test_follow_up_email_arrives_after_the_worker_runs_90_days_later(tmp_path, smtp):
    inbox, port = smtp
    env = site_env(tmp_path, OPENCME_EMAIL_HOST="127.0.0.1", OPENCME_EMAIL_PORT=str(port))
    first, second = call(env, "complete_journeys(2)")
    assert inbox.take() == []  # completing sends nothing yet

    worker(env, 89)
    assert inbox.take() == []

    worker(env, 90)
    invites = inbox.take()
    subject = "2 questions about your practice since “An Overview on the Use of Opioids for Low Back Pain”"  # noqa: E501
    assert to_and_subject(invites) == sorted(
        [(first["email"], subject), (second["email"], subject)]
    )
    invite = next(m for m in invites if m["X-Rcpt-To"] == first["email"])
    body = body_of(invite)
    link = f"/learn/enrollments/{first['enrollment']}/#step-{first['step']}"
    assert link in body
    assert "It is now 90 days later" in body

    worker(env, 90)
    assert inbox.take() == []  # each invitation is sent once

    # The second learner answers on day 90; only the first is reminded a week later.
    assert (
        call(
            env | {"OPENCME_CLOCK_OFFSET_DAYS": "91"},
            f"answer_follow_up({second['enrollment']}, {second['step']})",
        )
        == "answered"
    )
    worker(env, 96)
    assert inbox.take() == []
    worker(env, 97)
    reminders = inbox.take()
    assert to_and_subject(reminders) == [(first["email"], f"Reminder: {subject}")]
    assert link in body_of(reminders[0])

    worker(env, 97)
    assert inbox.take() == []  # and each reminder once
