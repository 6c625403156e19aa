"""Reads shared by the learner-file exporters: obligations in scope, walked in chunks, and the
per-activity and per-learner facts each chunk needs (one query per chunk, never per row)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any

from django.db import connection
from django.db.models import CharField, F, QuerySet
from django.db.models.functions import Cast

from opencme.activities.models import CreditDesignation, MocDesignation
from opencme.reporting.exporters.base import CHUNK, Scope
from opencme.reporting.models import ReportObligation


def obligations_in_scope(scope: Scope, destination: str) -> QuerySet[ReportObligation]:
    qs = ReportObligation.objects.filter(destination=destination, claim__is_current=True)
    if scope.provider_ids is not None:
        qs = qs.filter(provider_id__in=scope.provider_ids)
    if scope.since is not None:
        qs = qs.filter(completed_on__gte=scope.since)
    if not scope.include_exported:
        qs = qs.filter(exported_at__isnull=True)
    else:
        # Never a claim of a batch still open: a claim is in at most one open batch.
        qs = qs.exclude(batch__status="open")
    return qs.order_by("id")


def chunks(qs: QuerySet[Any]) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of a ``values_list`` queryset, CHUNK at a time, as the driver returns them.

    Django's per-row converters are skipped (they cost more than the export itself at a million
    rows), so callers normalise values with :func:`as_date` and :func:`as_decimal`. A server-side
    cursor on PostgreSQL (``chunked_cursor``) keeps memory flat there too.
    """
    sql, params = qs.query.sql_with_params()
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(CHUNK):
            yield rows


CENT = Decimal("0.01")


def as_decimal(value: Any) -> Decimal:
    """An amount as the database returns it (float or text on SQLite, Decimal on PostgreSQL)."""
    return (value if isinstance(value, Decimal) else Decimal(str(value))).quantize(CENT)


class Memo(dict[Any, Any]):
    """``fn`` of each distinct value, computed once and then a dictionary lookup: a report has
    few distinct days, amounts or activities and many rows. Bounded by those, not by rows."""

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: Any) -> Any:
        self[key] = value = self.fn(key)
        return value


def stored_day(name: str) -> Any:
    """A date column as the exporters read it: on SQLite the stored ISO text itself (as a
    ``date`` column the driver would parse every value in Python, and the exporters only
    format it again), elsewhere the column."""
    if connection.vendor == "sqlite":
        return Cast(name, CharField())
    return F(name)


def us_date(value: Any) -> str:
    """MM/DD/YYYY of a date as the database returns it (ISO text on SQLite, a date elsewhere);
    by hand, as strftime costs more than the rest of a row."""
    iso = value.isoformat() if isinstance(value, dt.date) else str(value)
    return f"{iso[5:7]}/{iso[8:10]}/{iso[:4]}"


class ActivityFacts:
    """Designations of the activities met so far, loaded a chunk of new activities at a time.
    Bounded by the number of activities in scope, not by rows."""

    def __init__(self) -> None:
        self.maximum: dict[tuple[int, str], Decimal | None] = {}
        self.uans: dict[int, list[str]] = {}
        self.moc: dict[int, list[tuple[str, Decimal | None, list[str]]]] = {}
        self._seen: set[int] = set()

    def load(self, activity_ids: Iterable[int]) -> None:
        new = set(activity_ids) - self._seen
        if not new:
            return
        self._seen |= new
        for activity_id in new:
            self.uans[activity_id] = []
            self.moc[activity_id] = []
        for activity_id, code, amount, uan in CreditDesignation.objects.filter(
            activity_id__in=new
        ).values_list("activity_id", "credit_type", "amount", "uan"):
            key = (activity_id, code)
            if key not in self.maximum or (amount or 0) > (self.maximum[key] or 0):
                self.maximum[key] = amount
            if uan:
                self.uans[activity_id].append(uan)
        for activity_id, board, points, kinds in (
            MocDesignation.objects.filter(activity_id__in=new)
            .order_by("position", "id")
            .values_list("activity_id", "board", "points", "credit_types")
        ):
            self.moc[activity_id].append((board, points, list(kinds or [])))
