"""The one place that says what time it is.

``settings.CLOCK_OFFSET_DAYS`` (``OPENCME_CLOCK_OFFSET_DAYS``) moves the whole system's clock
forward, so that a worker can be run "90 days later" in tests and demos with real processes.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone


def now() -> dt.datetime:
    return timezone.now() + dt.timedelta(days=settings.CLOCK_OFFSET_DAYS)


def today() -> dt.date:
    return timezone.localdate(now())
