"""Work the ``worker`` command does every round, registered by the apps that own it.

The worker lives in ``learning``; an app below it in the layering (``requirements``'s deadline
reminders) cannot be imported from there, so it registers its round here in its
``AppConfig.ready`` and the worker runs every registered round.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Round = Callable[[dt.date], int]  # today -> how many tasks it queued
_ROUNDS: dict[str, Round] = {}


def register(name: str, work: Round) -> None:
    """Add (or replace) the round called ``name``."""
    _ROUNDS[name] = work


def run_all(today: dt.date) -> dict[str, int]:
    """Run every registered round; what each queued."""
    return {name: work(today) for name, work in sorted(_ROUNDS.items())}
