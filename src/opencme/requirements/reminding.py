"""Deadline reminders by email: the worker's daily round, the task that sends one clinician's
email, and turning reminders off (by the signed link) or back on (on the tracker).

Once only: each deadline and threshold is recorded in ``SentReminder`` (unique per clinician,
deadline and threshold) in the same transaction that sends the email. A rerun of the worker,
or two workers at once, find the record (or fail to insert it and send nothing); a failed
send rolls the record back so the next round tries again. The one window left is a crash
between the SMTP server accepting the mail and the commit, which may send it twice: better
than never.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.tasks import TaskResultStatus, task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.dateformat import format as date_format
from django_tasks_db.models import DBTaskResult

from opencme.core import audit, clock
from opencme.core.errors import PermissionDenied
from opencme.core.site import absolute_url
from opencme.requirements import reminders, selectors
from opencme.requirements.explain import when_words
from opencme.requirements.models import SentReminder, TrackerProfile

_scanned: dict[str, dt.date] = {}  # the day this process last queued the scan


def _day(value: dt.date) -> str:
    return str(date_format(value, "M j, Y"))


def reminded_users() -> Any:
    """Active clinicians with a credential and reminders on (no profile yet: on)."""
    return (
        get_user_model()
        .objects.filter(is_active=True, credentials__isnull=False)
        .exclude(email="")
        .exclude(tracker_profile__reminders_on=False)
        .distinct()
        .order_by("pk")
    )


def queue_reminders(today: dt.date) -> int:
    """Queue one email for each clinician with a reminder due ``today`` not yet sent."""
    queued = 0
    for user in reminded_users().iterator():
        due = reminders.due_today(selectors.tracker_for(user, as_of=today))
        sent = set(
            SentReminder.objects.filter(
                user=user, deadline_key__in=[d.key for d in due]
            ).values_list("deadline_key", "days_before")
        )
        if any((d.key, d.days) not in sent for d in due):
            send_reminders.enqueue(user.pk, today.isoformat())
            queued += 1
    return queued


@task()
def scan_reminders(day: str) -> int:
    """The day's scan of every clinician, run by the task queue (not in the worker's loop)."""
    return queue_reminders(dt.date.fromisoformat(day))


def _scan_queued(today: dt.date) -> bool:
    """Whether the scan of ``today`` is already queued, running or done (by any worker)."""
    return (
        DBTaskResult.objects.filter(
            task_path=scan_reminders.module_path, args_kwargs__args__0=today.isoformat()
        )
        .exclude(status=TaskResultStatus.FAILED)
        .exists()
    )


def enqueue_due_reminders(today: dt.date) -> int:
    """The worker's round: queue the day's scan once a day. A scan that failed is queued
    again by the next worker process (this one remembers the day it queued, to spare the
    query each round). Two workers racing may both queue it; the scan and the send are
    idempotent."""
    if _scanned.get("day") == today or _scan_queued(today):
        return 0
    scan_reminders.enqueue(today.isoformat())
    _scanned["day"] = today
    return 1


def _message(user: Any, due: list[reminders.Due], today: dt.date) -> EmailMultiAlternatives:
    stop = absolute_url(
        reverse("requirements:unsubscribe", args=[reminders.unsubscribe_token(user.pk)])
    )
    items = [
        {
            "due": d,
            "date": _day(d.date),
            "when": when_words(d.days),
            "url": absolute_url(reverse("requirements:credential", args=[d.credential_pk])),
        }
        for d in due
    ]
    context = {
        "items": items,
        "tracker_url": absolute_url(reverse("requirements:tracker")),
        "settings_url": absolute_url(reverse("requirements:tracker") + "#reminders"),
        "unsubscribe_url": stop,
        "today": _day(today),
    }
    first = due[0]
    if len(due) == 1:
        subject = f"{first.credential_name}: credit still due by {_day(first.date)}"
    else:
        subject = f"{len(due)} deadlines with credit still due, the first on {_day(first.date)}"
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("requirements/email/reminder.txt", context),
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{stop}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",  # RFC 8058
        },
    )
    message.attach_alternative(
        render_to_string("requirements/email/reminder.html", context), "text/html"
    )
    return message


@task()
def send_reminders(user_id: int, day: str) -> str:
    """Email one clinician the deadlines due ``day`` not yet reminded of, in one email."""
    today = dt.date.fromisoformat(day)
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email:
        return "skipped"
    with transaction.atomic():
        profile, _ = TrackerProfile.objects.select_for_update().get_or_create(user=user)
        if not profile.reminders_on:
            return "unsubscribed"
        fresh = []
        for due in reminders.due_today(selectors.tracker_for(user, as_of=today)):
            try:
                with transaction.atomic():  # a savepoint: a duplicate leaves the rest intact
                    SentReminder.objects.create(
                        user=user,
                        deadline_key=due.key,
                        due_on=due.date,
                        days_before=due.days,
                        sent_on=today,
                        sent_at=clock.now(),
                    )
            except IntegrityError:
                continue  # reminded already (this round or another worker)
            fresh.append(due)
        if not fresh:
            return "nothing new"
        _message(user, fresh, today).send()
    return "sent"


def set_reminders(*, actor: Any, user: Any, on: bool) -> TrackerProfile:
    """Turn ``user``'s deadline reminders on or off. ``actor`` is ``user`` (signed in, or
    holding the link from a reminder, which names only them)."""
    if actor is None or actor.pk != user.pk:
        raise PermissionDenied("you may change only your own reminders", field="user")
    with transaction.atomic():
        profile, _ = TrackerProfile.objects.select_for_update().get_or_create(user=user)
        if profile.reminders_on != on:
            profile.reminders_on = on
            profile.reminders_changed_at = clock.now()
            profile.save(update_fields=["reminders_on", "reminders_changed_at", "updated_at"])
            audit.record(
                actor=actor,
                action="requirements.reminders." + ("on" if on else "off"),
                obj=profile,
            )
    return profile


def reminders_on_for(user: Any) -> bool:
    profile = selectors.tracker_profile_of(user)
    return profile is None or profile.reminders_on
