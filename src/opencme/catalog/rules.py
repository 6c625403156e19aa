"""When an activity can be taken for credit, as the finder and the activity page say it. Pure.

An activity is **open for credit** on a day when it has been released (its release or start
date is on or before that day, or none is stated) and credit can still be claimed (its last
claim day, ``accreditation.rules.claimable_until``, is that day or later, or none is stated).
It is **upcoming** before its release date, and **expired** after its last claim day.

Dates stated to the month only are stored as the month's first day for a release or start
(``activities.records.parse_partial_date``) and its last day for an expiry: a month-only
release opens on the first of that month, a month-only expiry closes after its last day.
"""

from __future__ import annotations

import datetime as dt

OPEN = "open"
UPCOMING = "upcoming"
EXPIRED = "expired"


def credit_window(*, starts: dt.date | None, until: dt.date | None, today: dt.date) -> str:
    """``OPEN``, ``UPCOMING`` or ``EXPIRED`` on ``today`` for an activity released on ``starts``
    whose credit can be claimed until ``until`` (either None when not stated)."""
    if until is not None and until < today:
        return EXPIRED
    if starts is not None and starts > today:
        return UPCOMING
    return OPEN
