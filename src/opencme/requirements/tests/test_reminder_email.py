"""A deadline reminder reaches a real SMTP server on its day, and not the day before.

As in a deployment: the clinician is set up and the worker runs as ``opencme`` processes with
the clock moved by ``OPENCME_CLOCK_OFFSET_DAYS``, sharing one database (tests/site_process.py),
and the mail goes over SMTP to an aiosmtpd server on a free loopback port.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from email.message import EmailMessage, Message
from typing import Any
from urllib.parse import urlsplit

import pytest
from aiosmtpd.controller import Controller

from opencme.learning.tests.test_follow_up_email import Inbox, free_port
from tests.site_process import opencme, run_python, site_env

HERE = "opencme.requirements.tests.test_reminder_email"
DAYS_AWAY = 40  # the license renews 40 days from the real today


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    box, port = Inbox(), free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


def physician_renewing_in(days: int) -> dict[str, Any]:
    """Run in an ``opencme`` process: a Florida physician whose license renews in ``days``."""
    import datetime as dt

    from opencme.core import clock
    from opencme.requirements import services
    from tests import factories

    user = factories.user()
    row = services.save_credential(
        actor=user,
        user=user,
        kind="license",
        state="FL",
        license_type="MD",
        expires_on=clock.today() + dt.timedelta(days=days),
        renewal_number=3,
    )
    return {"email": user.email, "credential": row.pk, "deadline": row.expires_on.isoformat()}


def one_click(path: str) -> int:
    """Run in an ``opencme`` process: what a mail program does with List-Unsubscribe-Post."""
    from django.conf import settings
    from django.test import Client, override_settings

    storages = settings.STORAGES | {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    }  # the page's static files are not collected in this test's folder
    with override_settings(STORAGES=storages):
        response = Client(enforce_csrf_checks=True).post(
            path, "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded"
        )
    return int(response.status_code)


def call(env: dict[str, str], expression: str) -> Any:
    out = run_python(env, f"import json, {HERE} as t; print(json.dumps(t.{expression}))")
    return json.loads(out.strip().splitlines()[-1])


def worker(env: dict[str, str], days: int) -> None:
    opencme(env | {"OPENCME_CLOCK_OFFSET_DAYS": str(days)}, "worker", "--once")


def body_of(message: Message, kind: str = "plain") -> str:
    assert isinstance(message, EmailMessage)
    part = message.get_body(preferencelist=(kind,))
    assert isinstance(part, EmailMessage)
    return str(part.get_content())


@pytest.mark.django_db(transaction=True)
def test_reminder_arrives_on_its_day_once_and_stops_after_one_click(tmp_path, inbox):
    box, port = inbox
    env = site_env(tmp_path, OPENCME_EMAIL_HOST="127.0.0.1", OPENCME_EMAIL_PORT=str(port))
    who = call(env, f"physician_renewing_in({DAYS_AWAY})")

    worker(env, DAYS_AWAY - 31)  # 31 days before: the day before the 30-day reminder
    assert box.take() == []

    worker(env, DAYS_AWAY - 30)
    (message,) = box.take()
    assert str(message["X-Rcpt-To"]) == who["email"]
    assert " ".join(str(message["Subject"]).split()).startswith(
        "Florida license: Doctor of Medicine (MD): credit still due by"
    )
    text = body_of(message)
    assert "(in 30 days)" in text
    assert "2-hour course on the prevention of medical errors: 2 hours missing" in text
    assert "The rule: https://" in text
    assert f"/learn/tracker/credentials/{who['credential']}/" in text
    assert "/learn/tracker/" in text
    assert "the rule</a>" in body_of(message, "html")
    stop = str(message["List-Unsubscribe"]).strip().strip("<>")
    assert str(message["List-Unsubscribe-Post"]).strip() == "List-Unsubscribe=One-Click"
    assert stop in text

    worker(env, DAYS_AWAY - 30)
    assert box.take() == []  # the same deadline and threshold once

    worker(env, DAYS_AWAY - 8)
    assert box.take() == []
    worker(env, DAYS_AWAY - 7)
    (week,) = box.take()
    assert "(in 7 days)" in body_of(week)

    assert call(env, f"one_click({urlsplit(stop).path!r})") == 200
    worker(env, DAYS_AWAY - 7)
    worker(env, DAYS_AWAY)
    assert box.take() == []
