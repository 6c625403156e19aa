"""The enrollment as the journey's writes read it, by statements written out once: the
enrollment with the activity fields the journey uses (locked for a transaction, or not), and
its state in one row set (to tell whether it changed since a decision was made on it)."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.models import Model
from django.db.transaction import TransactionManagementError

from opencme.activities.models import Activity
from opencme.core.errors import NotFound
from opencme.learning.models import Enrollment, StepProgress
from opencme.providers.models import Provider

# What the journey's writes and their answers read of the activity (whether and until when it
# takes learners, what it costs, its title and provider, what a certificate states); the rest
# of that wide row is left unread.
JOURNEY_ACTIVITY_FIELDS = (
    "kind",
    "status",
    "title",
    "format",
    "start_date",
    "end_date",
    "expires",
    "provider",
    "cost_free",
    "cost_amount",
)


def _by_pk_sql(model: type[Model], fields: tuple[str, ...] | None = None) -> str:
    """``SELECT`` of one row of ``model`` by primary key: every column, or those of ``fields``
    (with the key)."""
    meta = model._meta
    key = str(meta.pk.column) if meta.pk else "id"
    columns = "*"
    if fields is not None:
        chosen = (str(f.column) for f in meta.concrete_fields if f.name in fields)
        columns = ", ".join((key, *chosen))
    return f"SELECT {columns} FROM {meta.db_table} WHERE {key} = %s"  # noqa: S608


# lock_enrollment's statements, written out: the ORM took about 0.7 ms to put its one join
# together, a sixth of a step's time. On PostgreSQL only the enrollment's row is locked, not
# the activity's, which every learner of the activity reads.
ENROLLMENT_SQL = _by_pk_sql(Enrollment)
ACTIVITY_SQL = _by_pk_sql(Activity, JOURNEY_ACTIVITY_FIELDS)
PROVIDER_SQL = _by_pk_sql(Provider)


def journey_activity(pk: int) -> Activity | None:
    """The activity with the fields the journey uses (``JOURNEY_ACTIVITY_FIELDS``; the others
    are read if asked for), or None."""
    found = list(Activity.objects.raw(ACTIVITY_SQL, [pk]))
    return found[0] if found else None


def lock_enrollment(
    enrollment: Enrollment | int,
    actor: Any,
    *,
    with_provider: bool = False,
    activity: Activity | None = None,
) -> Enrollment:
    """The actor's own enrollment (or its id), locked for this transaction; anyone else's is
    not found. Its activity comes with the fields the journey uses
    (``JOURNEY_ACTIVITY_FIELDS``; the others are read if asked for), and its provider with
    ``with_provider`` (a claim's certificate names it). ``activity``: the enrollment's activity
    as the caller read it just before the transaction, taken instead of reading it again (what
    the transaction decides is then as if it had come just before a change made since)."""
    if not connection.in_atomic_block:
        raise TransactionManagementError("lock_enrollment locks a row for a transaction")
    return _read_enrollment(
        enrollment, actor, with_provider=with_provider, lock=True, activity=activity
    )


def enrollment_of(
    enrollment: Enrollment | int, actor: Any, *, with_provider: bool = False
) -> Enrollment:
    """As :func:`lock_enrollment`, without a lock: what it says now, to prepare a write that
    reads it again under the lock."""
    return _read_enrollment(enrollment, actor, with_provider=with_provider, lock=False)


def _read_enrollment(
    enrollment: Enrollment | int,
    actor: Any,
    *,
    with_provider: bool,
    lock: bool,
    activity: Activity | None = None,
) -> Enrollment:
    pk = enrollment if isinstance(enrollment, int) else enrollment.pk
    lock_sql = " FOR UPDATE" if lock and connection.features.has_select_for_update else ""
    found = list(Enrollment.objects.raw(ENROLLMENT_SQL + lock_sql, [pk]))
    if not found or found[0].learner_id != getattr(actor, "pk", None):
        raise NotFound("no enrollment of yours has this id", field="enrollment_id")
    read = found[0]
    if activity is not None and activity.pk == read.activity_id:
        read.activity = activity
        return read
    kept = journey_activity(read.activity_id)
    assert kept is not None  # an enrollment's activity is never deleted (PROTECT)
    read.activity = kept
    if with_provider:
        provider = Provider.objects.raw(PROVIDER_SQL, [read.activity.provider_id])
        read.activity.provider = next(iter(provider))
    return read


# An enrollment's state in one statement: its learner, status and completion, and each progress
# row's step, attempts, completion and score. Steps only ever add to it, so two reads that say
# the same saw the same enrollment.
_ENROLLMENT, _PROGRESS = Enrollment._meta.db_table, StepProgress._meta.db_table
STATE_SQL = (
    "SELECT e.learner_id, e.status, e.completed_at, p.step_id, p.attempts, p.completed_at,"  # noqa: S608  (the models' table names)
    f" p.score FROM {_ENROLLMENT} e LEFT JOIN {_PROGRESS} p ON p.enrollment_id = e.id"
    " WHERE e.id = %s ORDER BY p.step_id"
)


def enrollment_state_row(pk: int, *, lock: bool = False) -> list[tuple[Any, ...]]:
    """The enrollment's state (``STATE_SQL``); with ``lock``, its row locked for the
    transaction."""
    sql = STATE_SQL
    if lock and connection.features.has_select_for_update_of:
        sql += " FOR UPDATE OF e"
    with connection.cursor() as cursor:
        cursor.execute(sql, [pk])
        return cursor.fetchall()
