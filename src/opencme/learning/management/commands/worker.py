"""``opencme worker [--once]``: queue what is due (follow-ups, and the rounds other apps
register in ``core.rounds``, e.g. deadline reminders) and run the task queue."""

from __future__ import annotations

import signal
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand

from opencme.catalog.index import refresh_open
from opencme.core import clock, rounds
from opencme.learning.services import enqueue_due_follow_ups


class Command(BaseCommand):
    help = "Run background work: due follow-up surveys, every queued task, the finder's day."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="one round, then exit")
        parser.add_argument("--interval", type=float, default=30.0, help="seconds between rounds")

    def handle(self, *args, once: bool, interval: float, **options):
        while True:
            refresh_open(clock.today())  # the finder's open-day index terms; a no-op most rounds
            queued = enqueue_due_follow_ups()
            if queued:
                self.stdout.write(f"queued {queued} follow-up emails")
            for name, count in rounds.run_all(clock.today()).items():  # other apps' rounds
                if count:
                    self.stdout.write(f"queued {count} {name}")
            call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
            if once or stop_requested():
                return
            time.sleep(interval)


def stop_requested() -> bool:
    """Whether a SIGTERM or SIGINT came while `db_worker` ran a task: that command installs
    its own handler (a method of its worker) and leaves it installed; a signal during a task
    only clears that worker's `running` flag, so without this check the loop would sleep and
    go on (a killed `serve` left its task worker behind). A signal between tasks exits there."""
    handler = signal.getsignal(signal.SIGTERM)
    return getattr(getattr(handler, "__self__", None), "running", True) is False
