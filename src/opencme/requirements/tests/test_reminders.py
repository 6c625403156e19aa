"""Deadline reminders in one process: which deadlines are due on which day, each reminder sent
once, none when the gaps are closed or the clinician stopped them, and the unsubscribe link:
it names one clinician only, works without signing in (RFC 8058 one-click POST too), and a bad
link gets a page saying so. The email over a real SMTP server: ``test_reminder_email``."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from opencme.core import clock
from opencme.requirements import reminders, reminding, selectors, services
from opencme.requirements.models import SentReminder, TrackerProfile
from opencme.requirements.reminding import queue_reminders, send_reminders, set_reminders
from tests import factories

pytestmark = pytest.mark.django_db


def _dea_holder(days_away: int) -> Any:
    """A clinician whose DEA registration (MATE Act: 8 hours once) renews ``days_away`` on."""
    user = factories.user()
    services.save_credential(
        actor=user, user=user, kind="dea", expires_on=clock.today() + dt.timedelta(days=days_away)
    )
    return user


def _due(user: Any, days_later: int = 0) -> list[reminders.Due]:
    today = clock.today() + dt.timedelta(days=days_later)
    return reminders.due_today(selectors.tracker_for(user, as_of=today))


def _close_mate_gap(user: Any) -> None:
    services.record_external_credit(
        actor=user,
        user=user,
        title="Treating opioid use disorder",
        completed_on=clock.today() - dt.timedelta(days=3),
        credit_type="AMA_PRA_1",
        amount="8",
        topics=["substance_use_disorders"],
    )


def test_due_exactly_90_30_and_7_days_before_not_the_days_between() -> None:
    user = _dea_holder(100)
    due_days = [d for d in range(0, 100) if _due(user, d)]
    assert due_days == [10, 70, 93]  # 90, 30 and 7 days before
    (due,) = _due(user, 70)
    assert due.days == 30
    assert due.is_deadline
    assert "DEA" in due.credential_name
    assert any(gap.citations for gap in due.gaps)


def test_no_reminder_when_the_gaps_are_closed() -> None:
    user = _dea_holder(30)
    assert _due(user)
    _close_mate_gap(user)
    assert _due(user) == []
    assert queue_reminders(clock.today()) == 0


def test_one_email_per_day_each_deadline_and_threshold_once() -> None:
    user = _dea_holder(30)
    day = clock.today().isoformat()
    assert send_reminders.call(user.pk, day) == "sent"
    assert send_reminders.call(user.pk, day) == "nothing new"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert "credit still due by" in message.subject
    token = reminders.unsubscribe_token(user.pk)
    assert message.extra_headers["List-Unsubscribe"].endswith(
        reverse("requirements:unsubscribe", args=[token]) + ">"
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "8 hours missing" in message.body
    assert "https://www.deadiversion.usdoj.gov/" in message.body
    assert reverse("requirements:tracker") in message.body
    record = SentReminder.objects.get(user=user)
    assert record.days_before == 30
    assert queue_reminders(clock.today()) == 0  # recorded: nothing to queue


def test_unsubscribed_get_none_and_can_turn_them_back_on() -> None:
    user = _dea_holder(30)
    set_reminders(actor=user, user=user, on=False)
    assert queue_reminders(clock.today()) == 0
    assert send_reminders.call(user.pk, clock.today().isoformat()) == "unsubscribed"
    assert mail.outbox == []
    client = Client()
    client.force_login(user)
    page = client.get(reverse("requirements:tracker")).content.decode()
    assert "Turn reminders on" in page
    response = client.post(reverse("requirements:reminders"), {"on": "yes"})
    assert response.status_code == 302
    assert TrackerProfile.objects.get(user=user).reminders_on
    assert queue_reminders(clock.today()) == 1


def test_reminder_setting_needs_sign_in_and_post() -> None:
    url = reverse("requirements:reminders")
    response = Client().post(url, {"on": "no"})
    assert response.status_code == 302
    assert "/accounts/sign-in/" in response["Location"]
    client = Client()
    client.force_login(factories.user())
    assert client.get(url).status_code == 405


def test_unsubscribe_link_confirms_then_stops_only_its_clinician() -> None:
    alice, bob = _dea_holder(30), _dea_holder(30)
    url = reverse("requirements:unsubscribe", args=[reminders.unsubscribe_token(alice.pk)])
    client = Client(enforce_csrf_checks=True)  # a mail program has no CSRF token
    page = client.get(url)
    assert page.status_code == 200
    assert "Stop deadline reminders?" in page.content.decode()
    assert alice.email not in page.content.decode()  # masked: the link may be forwarded
    assert TrackerProfile.objects.filter(user=alice, reminders_on=False).count() == 0
    done = client.post(url, "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded")
    assert done.status_code == 200
    assert "Deadline reminders stopped" in done.content.decode()
    assert not TrackerProfile.objects.get(user=alice).reminders_on
    assert not TrackerProfile.objects.filter(user=bob, reminders_on=False).exists()
    queued = queue_reminders(clock.today())
    assert queued == 1  # Bob's only


@pytest.mark.parametrize("kind", ["garbage", "other_signature", "too_long", "not_a_number"])
def test_a_bad_unsubscribe_link_gets_a_clear_page_and_changes_nothing(kind: str) -> None:
    alice, bob = _dea_holder(30), _dea_holder(30)
    a_token, b_token = (reminders.unsubscribe_token(u.pk) for u in (alice, bob))
    token = {
        "garbage": "not-a-token",
        # Bob's id with Alice's signature: names nobody
        "other_signature": f"{bob.pk}.{a_token.split('.', 1)[1]}",
        "too_long": b_token + "x" * 200,
        "not_a_number": reminders._SIGNER.sign("bob"),
    }[kind]
    url = reverse("requirements:unsubscribe", args=[token])
    for method in ("get", "post"):
        response = getattr(Client(), method)(url)
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()
    assert not TrackerProfile.objects.filter(reminders_on=False).exists()


def test_the_worker_round_queues_the_days_scan_once_across_processes() -> None:
    _dea_holder(30)
    today = clock.today()
    reminding._scanned.clear()
    assert reminding.enqueue_due_reminders(today) == 1
    assert reminding.enqueue_due_reminders(today) == 0
    reminding._scanned.clear()  # another worker process: the queued scan is found
    assert reminding.enqueue_due_reminders(today) == 0
    assert reminding.enqueue_due_reminders(today + dt.timedelta(days=1)) == 1
    assert reminding.scan_reminders.call(today.isoformat()) == 1  # the scan queues the email
