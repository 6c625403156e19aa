"""The one place that says what time it is.

``OPENCME_CLOCK_OFFSET_DAYS`` (documented in docs/settings.md) moves the whole system's clock
forward, so that a worker can be run "90 days later" in tests and demos with real processes.
"""

from __future__ import annotations

import datetime as dt
import os

from django.utils import timezone


def _offset() -> dt.timedelta:
    raw = os.environ.get("OPENCME_CLOCK_OFFSET_DAYS", "")
    return dt.timedelta(days=float(raw)) if raw else dt.timedelta()


def now() -> dt.datetime:
    return timezone.now() + _offset()


def today() -> dt.date:
    return timezone.localdate(now())
