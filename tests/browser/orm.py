"""The database from a Chromium test's own thread.

Playwright's sync API runs an event loop in the test's thread, so Django refuses the ORM there
(``SynchronousOnlyOperation``); ``db`` runs a read or write in a thread of its own and closes
that thread's connections after it.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from django.db import connections


def db[T](work: Callable[[], T]) -> T:
    """``work()``'s result, run in a thread of its own."""

    def run() -> T:
        try:
            return work()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()
