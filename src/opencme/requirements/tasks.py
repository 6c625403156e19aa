"""Background work of the tracker: re-evaluation after a rule change.

The worker runs ``queue_reevaluation`` each round (``core.rounds``, registered in
``apps.py``): it queues one ``reevaluate_tracker`` task when the worker process starts (a deploy
restarts it, and a deploy is how new rule files arrive) and then once a day (clinicians who
entered a credential since get their first snapshot, so a later change can be compared)."""

from __future__ import annotations

import datetime as dt

from django.tasks import task

_queued_on: list[dt.date] = []  # the day this process last queued one


@task()
def reevaluate_tracker() -> str:
    from opencme.requirements.reevaluation import reevaluate

    report = reevaluate()
    return f"{report.evaluated} evaluated, {report.notices} notices"


def queue_reevaluation(today: dt.date) -> int:
    """Queue the re-evaluation once per process start and day; how many were queued."""
    if _queued_on and _queued_on[-1] >= today:
        return 0
    _queued_on[:] = [today]
    reevaluate_tracker.enqueue()
    return 1
