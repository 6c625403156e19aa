"""The task worker stops after a round whose `db_worker` run was asked to stop."""

from __future__ import annotations

import signal

from opencme.learning.management.commands.worker import stop_requested


class _Run:
    def __init__(self, running: bool) -> None:
        self.running = running

    def shutdown(self, signum: int, frame: object) -> None:  # the shape db_worker installs
        self.running = False


def test_a_stop_asked_during_a_task_ends_the_loop() -> None:
    before = signal.getsignal(signal.SIGTERM)
    try:
        run = _Run(running=True)
        signal.signal(signal.SIGTERM, run.shutdown)
        assert not stop_requested()
        run.shutdown(signal.SIGTERM, None)  # what db_worker does with a signal during a task
        assert stop_requested()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        assert not stop_requested()
    finally:
        signal.signal(signal.SIGTERM, before)
