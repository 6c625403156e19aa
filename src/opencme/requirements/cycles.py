"""Dates: a credential's cycle, the renewal it ends in, and each requirement's window and due date.

Pure date arithmetic over the rule model, kept apart from the allocation so the windows the
allocation honours are the ones the tests check.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from opencme.requirements.facts import Credential
from opencme.requirements.rules import Recurrence, RuleSet


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months``; the last day of a month stays the last day of a month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    at_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return dt.date(year, month + 1, last if at_end else min(day.day, last))


@dataclass(frozen=True)
class CycleDates:
    start: dt.date
    end: dt.date
    months: int
    renewal: int | None
    issued_on: dt.date | None


def cycle_dates(rule_set: RuleSet, credential: Credential, as_of: dt.date) -> CycleDates:
    """The cycle that ends on the credential's expiry (or, for a rolling window, on ``as_of``)."""
    months = rule_set.cycle.months
    end = as_of if rule_set.cycle.anchor == "rolling" else credential.expires_on
    start = add_months(end, -months) + dt.timedelta(days=1)
    if rule_set.cycle.fixed_start:
        month, day = (int(part) for part in rule_set.cycle.fixed_start.split("-"))
        # NCCPA: "May 1 of the year your current certification was issued" to 31 Dec of the
        # expiry year: a 2-year certificate expiring in 2020 was issued in 2018.
        start = dt.date(end.year - months // 12, month, day)
    renewal = credential.renewal_number
    if renewal is None and credential.issued_on is not None:
        elapsed = (
            (end.year - credential.issued_on.year) * 12 + end.month - credential.issued_on.month
        )
        renewal = max(1, -(-elapsed // months))
    return CycleDates(start, end, months, renewal, credential.issued_on)


def due_date(recurrence: Recurrence, cycle: CycleDates) -> dt.date:
    """When a node is due: the cycle's end, or for a one-time node the earliest due rule."""
    if recurrence.every != "once":
        return cycle.end
    candidates: list[dt.date] = []
    if recurrence.due_first_renewal_on_or_after is not None:
        first = recurrence.due_first_renewal_on_or_after
        due = cycle.end
        while due < first:
            due = add_months(due, cycle.months)
        while add_months(due, -cycle.months) >= first:
            due = add_months(due, -cycle.months)
        candidates.append(due)
    if recurrence.due_renewal is not None and cycle.renewal is not None:
        candidates.append(
            add_months(cycle.end, -cycle.months * (cycle.renewal - recurrence.due_renewal))
        )
    if recurrence.due_years_after_issue is not None and cycle.issued_on is not None:
        candidates.append(add_months(cycle.issued_on, 12 * recurrence.due_years_after_issue))
    return min(candidates) if candidates else cycle.end


def window(
    recurrence: Recurrence, cycle: CycleDates, as_of: dt.date
) -> tuple[dt.date | None, dt.date]:
    """The dates a credit must fall in to serve a node (``None``: no lower bound).

    A one-time node takes credit from any earlier date up to its due date, or up to ``as_of``
    when that is later (late completion still satisfies it).
    """
    if recurrence.every == "nth_cycle":
        return add_months(cycle.end, -cycle.months * recurrence.n) + dt.timedelta(days=1), cycle.end
    if recurrence.every == "years":
        return add_months(cycle.end, -12 * recurrence.n) + dt.timedelta(days=1), cycle.end
    if recurrence.every == "once":
        return None, max(due_date(recurrence, cycle), as_of)
    return cycle.start, cycle.end
