"""A clinician's evaluated tracker, kept in Django's ``shared`` cache (on files every process of
one ``opencme serve`` reads, emptied when it starts, so code and templates of an earlier run
never answer; in memory elsewhere) under a key built from everything it depends on, so a page
asked again without a change costs one query instead of the allocation.

Why a key of the data rather than deleting an entry on each write: the tracker reads rows that
many writers touch (claims, activities and their providers edited by staff, MOC designations,
profiles, the rule book); a key that reads their counts, largest ids and latest
``updated_at`` in one statement cannot miss a writer. What the key reads for one user:

- their credentials (count, largest id, latest ``updated_at``: an edit, an addition, a removal);
- their credit from elsewhere (count, largest id, sum of amounts, latest ``created_at``);
- their current claims (count, largest id, sum of amounts, latest ``claimed_at``), the latest
  ``updated_at`` of the claimed activities and their providers (title, topics, approvals,
  format, accreditor), the completion times of the claims' enrollments, and the MOC
  designations of those activities (count, largest id, sum of points);
- their tracker facts and learner profile (``updated_at``: profession, patient care, specialty,
  attestations);
- the stored rule book in force (id and version), the shipped rule files' versions, the day,
  and when the account was made (a database rebuilt or rolled back may give an id again).

Nothing is stale by construction: any of these changing gives another key (the old entry ages
out). ``KEY_FORMAT`` changes when what is cached changes shape.
"""

# ruff: noqa: S608  (the statement names tables from the models' metadata; values are parameters)
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Mapping
from functools import cache as memoized
from typing import Any

from django.core.cache import caches
from django.db import connection

from opencme.accounts.models import LearnerProfile
from opencme.accreditation.selectors import ruleset_in_force
from opencme.activities.models import Activity, MocDesignation
from opencme.credits.models import Claim
from opencme.learning.models import Enrollment
from opencme.providers.models import Provider
from opencme.requirements.explain import TrackerView
from opencme.requirements.models import Credential, ExternalCredit, TrackerProfile
from opencme.requirements.rules import RuleSet

KEY_FORMAT = "tracker-view-1"
# An entry not asked for again within a day goes: the day is part of the key anyway.
TIMEOUT_SECONDS = 24 * 60 * 60


@memoized
def _statement() -> str:
    """One statement of scalar subqueries (SQLite and PostgreSQL alike); %(u)s is the user."""
    cred, ext = Credential._meta.db_table, ExternalCredit._meta.db_table
    claim, act = Claim._meta.db_table, Activity._meta.db_table
    prov, moc = Provider._meta.db_table, MocDesignation._meta.db_table
    enr, tp = Enrollment._meta.db_table, TrackerProfile._meta.db_table
    lp = LearnerProfile._meta.db_table
    current = f"FROM {claim} c WHERE c.learner_id = %(u)s AND c.is_current = %(t)s"
    claimed = f"SELECT c.activity_id {current}"
    columns = [
        f"SELECT COUNT(*) FROM {cred} WHERE user_id = %(u)s",
        f"SELECT MAX(id) FROM {cred} WHERE user_id = %(u)s",
        f"SELECT MAX(updated_at) FROM {cred} WHERE user_id = %(u)s",
        f"SELECT COUNT(*) FROM {ext} WHERE user_id = %(u)s",
        f"SELECT MAX(id) FROM {ext} WHERE user_id = %(u)s",
        f"SELECT SUM(amount) FROM {ext} WHERE user_id = %(u)s",
        f"SELECT MAX(created_at) FROM {ext} WHERE user_id = %(u)s",
        f"SELECT COUNT(*) {current}",
        f"SELECT MAX(c.id) {current}",
        f"SELECT SUM(c.amount) {current}",
        f"SELECT MAX(c.claimed_at) {current}",
        f"SELECT MAX(a.updated_at) FROM {act} a WHERE a.id IN ({claimed})",
        f"SELECT MAX(p.updated_at) FROM {prov} p JOIN {act} a ON a.provider_id = p.id"
        f" WHERE a.id IN ({claimed})",
        f"SELECT MAX(e.completed_at) FROM {enr} e JOIN {claim} c ON c.enrollment_id = e.id"
        f" WHERE c.learner_id = %(u)s AND c.is_current = %(t)s",
        f"SELECT COUNT(*) FROM {moc} m WHERE m.activity_id IN ({claimed})",
        f"SELECT MAX(m.id) FROM {moc} m WHERE m.activity_id IN ({claimed})",
        f"SELECT SUM(m.points) FROM {moc} m WHERE m.activity_id IN ({claimed})",
        f"SELECT MAX(updated_at) FROM {tp} WHERE user_id = %(u)s",
        f"SELECT MAX(updated_at) FROM {lp} WHERE user_id = %(u)s",
    ]
    return "SELECT " + ", ".join(f"({c})" for c in columns)


def _rows_key(user_id: int) -> tuple[Any, ...]:
    with connection.cursor() as cursor:
        cursor.execute(_statement(), {"u": user_id, "t": True})
        row = cursor.fetchone()
    return tuple(row or ())


def cache_key(user: Any, *, as_of: dt.date, rule_sets: Mapping[str, RuleSet]) -> str:
    """The key of ``user``'s tracker on ``as_of`` under ``rule_sets`` (one query)."""
    versions = sorted((rid, rs.version) for rid, rs in rule_sets.items())
    parts = (
        KEY_FORMAT,
        user.pk,
        str(getattr(user, "date_joined", "")),
        as_of.isoformat(),
        ruleset_in_force(as_of),
        versions,
        [str(v) for v in _rows_key(user.pk)],
    )
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    return f"{KEY_FORMAT}:{user.pk}:{digest}"


def tracker_cached(
    user: Any,
    *,
    as_of: dt.date,
    rule_sets: Mapping[str, RuleSet],
    compute: Callable[[], TrackerView],
    key: str = "",
) -> TrackerView:
    """``compute()``'s answer for ``user``, from the cache when nothing it reads has changed
    (``key``: this user's ``cache_key`` when the caller has it already)."""
    key = key or cache_key(user, as_of=as_of, rule_sets=rule_sets)
    found = caches["shared"].get(key)
    if isinstance(found, TrackerView):
        return found
    view = compute()
    caches["shared"].set(key, view, TIMEOUT_SECONDS)
    return view


def page_part_cached(
    user: Any,
    *,
    as_of: dt.date,
    rule_sets: Mapping[str, RuleSet],
    compute: Callable[[], TrackerView],
    render: Callable[[TrackerView], str],
) -> str:
    """``render(tracker)`` for ``user``, kept under the same key as the tracker: the part of
    the page that only the tracker decides (no request, session or form token in it) is
    rendered once per change, not at each request."""
    key = cache_key(user, as_of=as_of, rule_sets=rule_sets)
    found = caches["shared"].get(f"{key}:page")
    if isinstance(found, str):
        return found
    view = tracker_cached(user, as_of=as_of, rule_sets=rule_sets, compute=compute, key=key)
    text = str(render(view))
    caches["shared"].set(f"{key}:page", text, TIMEOUT_SECONDS)
    return text
