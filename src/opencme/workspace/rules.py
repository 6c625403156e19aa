"""Which state an activity is in, as its provider's staff sort them. Pure: no database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DRAFT = "draft"
OPEN = "open"
UPCOMING = "upcoming"
EXPIRED = "expired"
WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class State:
    code: str
    label: str
    hint: str


# The order the workspace shows them in: work in hand first, then what learners see.
STATES = (
    State(DRAFT, "Draft", "Not yet published; learners cannot see it."),
    State(OPEN, "Open for credit", "Published and open: learners can enroll and claim credit."),
    State(UPCOMING, "Upcoming", "Published; its release or start date is still ahead."),
    State(EXPIRED, "Expired", "Published; the last day to claim credit has passed."),
    State(
        WITHDRAWN,
        "Archived",
        "Archived or withdrawn: no longer offered; learners' records and reports stay.",
    ),
)
BY_CODE = {s.code: s for s in STATES}


def state_of(*, status: str, start: dt.date | None, expires: dt.date | None, today: dt.date) -> str:
    """The workspace state of an activity with ``status`` (draft, published, withdrawn) and
    dates. A published activity not yet started is upcoming even if its expiry is also past."""
    if status == "draft":
        return DRAFT
    if status != "published":
        return WITHDRAWN
    if start is not None and start > today:
        return UPCOMING
    if expires is not None and expires < today:
        return EXPIRED
    return OPEN
