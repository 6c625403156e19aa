"""Re-evaluating clinicians after a rule change, and their notices of what it changed.

The writes of this concern (services: one transaction each, keyword arguments, an audit event
for each notice made or dismissed; the snapshot itself is derived data and rewritten whole).
``reevaluate`` runs from ``opencme reevaluate-tracker`` and from the worker (``tasks``): it
re-evaluates the clinicians whose last snapshot was made under another version of a rule file
their credentials use, and those never evaluated (their first snapshot: nothing to compare),
or everyone with ``everyone=True``.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db import connections, transaction

from opencme.core import audit, clock
from opencme.core.errors import NotFound
from opencme.requirements import changes
from opencme.requirements.allocation import evaluate
from opencme.requirements.inputs import credentials_of, credits_for, facts_for
from opencme.requirements.loader import load_shipped
from opencme.requirements.models import (
    Credential,
    RuleChangeNotice,
    TrackerProfile,
    TrackerSnapshot,
)
from opencme.requirements.rules import RuleSet
from opencme.requirements.selectors import held


@dataclass(frozen=True)
class Report:
    evaluated: int
    notices: int
    clinicians_changed: int


def current_versions(rule_sets: Mapping[str, RuleSet]) -> dict[str, str]:
    return {rid: rs.version for rid, rs in rule_sets.items()}


def clinicians_to_reevaluate(
    rule_sets: Mapping[str, RuleSet], *, everyone: bool = False
) -> list[int]:
    """Ids of the clinicians with a credential under a shipped rule file whose snapshot is
    missing or was made under another version of one of those files (all of them: ``everyone``).
    Two queries, whatever the number of clinicians."""
    users = sorted(
        set(
            Credential.objects.filter(rule_set__in=list(rule_sets)).values_list(
                "user_id", flat=True
            )
        )
    )
    if everyone:
        return users
    versions = current_versions(rule_sets)
    snapshots = dict(
        TrackerSnapshot.objects.filter(user_id__in=users).values_list("user_id", "summary")
    )
    return [u for u in users if u not in snapshots or changes.stale(snapshots[u], versions)]


def summary_of(user: Any, rule_sets: Mapping[str, RuleSet], as_of: dt.date) -> changes.Summary:
    """``user``'s evaluation on ``as_of`` as a summary (``changes.summarize``)."""
    rows = [r for r in Credential.objects.filter(user_id=user.pk) if r.rule_set in rule_sets]
    profile = TrackerProfile.objects.filter(user_id=user.pk).first()
    facts = facts_for(user, profile, rows)
    credits = [credit for credit, _ in credits_for(user)]
    result = evaluate(facts, credentials_of(rows), credits, as_of=as_of, rule_sets=rule_sets)
    return changes.summarize(result, rule_sets, {str(r.pk): held(r).name for r in rows})


def record_reevaluation(
    *, actor: Any, user: Any, summary: changes.Summary, as_of: dt.date
) -> list[RuleChangeNotice]:
    """Store ``user``'s new ``summary`` and a notice for each credential whose rule file
    changed version since the last one (one transaction)."""
    now = clock.now()
    with transaction.atomic():
        snapshot = TrackerSnapshot.objects.select_for_update().filter(user_id=user.pk).first()
        old = snapshot.summary if snapshot else {}
        made = []
        for diff in changes.differences(old, summary):
            notice = RuleChangeNotice.objects.create(
                user_id=user.pk,
                credential_name=diff.credential_name[:200],
                rule_set=diff.rule_set,
                rule_title=diff.rule_title[:300],
                old_version=diff.old_version[:40],
                new_version=diff.new_version[:40],
                old_status=diff.old_status[:20],
                new_status=diff.new_status[:20],
                changes=list(diff.changes),
                created_at=now,
            )
            audit.record(
                actor=actor,
                action="requirements.rule_change.noticed",
                obj=notice,
                after={"rule_set": diff.rule_set, "version": diff.new_version},
            )
            made.append(notice)
        if snapshot is None:
            TrackerSnapshot.objects.create(
                user_id=user.pk, summary=summary, evaluated_on=as_of, evaluated_at=now
            )
        else:
            snapshot.summary, snapshot.evaluated_on, snapshot.evaluated_at = summary, as_of, now
            snapshot.save(update_fields=["summary", "evaluated_on", "evaluated_at"])
    return made


def _in_process(ids: list[int], day: dt.date) -> tuple[int, int, int]:
    """One process's share of ``reevaluate(jobs=n)`` (the shipped rules; its own connection)."""
    report = reevaluate(user_ids=ids, as_of=day)
    return report.evaluated, report.notices, report.clinicians_changed


def reevaluate(
    *,
    actor: Any = None,
    everyone: bool = False,
    as_of: dt.date | None = None,
    rule_sets: Mapping[str, RuleSet] | None = None,
    user_ids: Iterable[int] | None = None,
    jobs: int = 1,
) -> Report:
    """Re-evaluate the clinicians a rule change touches (``clinicians_to_reevaluate``, or
    ``user_ids``) and record what changed for each. ``jobs`` > 1 shares them among as many
    processes (forked, each with its own database connection; each clinician's write is its
    own transaction, so they do not wait on one another for long)."""
    shipped = rule_sets is None
    rule_sets = load_shipped() if rule_sets is None else rule_sets
    day = as_of or clock.today()
    ids = (
        list(user_ids)
        if user_ids is not None
        else clinicians_to_reevaluate(rule_sets, everyone=everyone)
    )
    if jobs > 1 and shipped and actor is None and len(ids) >= 2 * jobs:
        connections.close_all()  # a forked process must not share the parent's connection
        shares = [ids[i::jobs] for i in range(jobs)]
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            parts = pool.starmap(_in_process, [(share, day) for share in shares])
        return Report(*(sum(p[i] for p in parts) for i in range(3)))
    users = get_user_model().objects.filter(pk__in=ids).only("pk").order_by("pk")
    evaluated = notices = changed = 0
    for user in users.iterator(chunk_size=500):
        made = record_reevaluation(
            actor=actor, user=user, summary=summary_of(user, rule_sets, day), as_of=day
        )
        evaluated += 1
        notices += len(made)
        changed += bool(made)
    return Report(evaluated, notices, changed)


def open_notices_for(user: Any) -> list[RuleChangeNotice]:
    return list(RuleChangeNotice.objects.filter(user_id=user.pk, dismissed_at__isnull=True))


def dismiss_rule_change(*, actor: Any, user: Any, notice_id: int) -> None:
    """Hide one of ``user``'s notices (again: nothing more); someone else's is not found."""
    with transaction.atomic():
        notice = (
            RuleChangeNotice.objects.select_for_update()
            .filter(user_id=user.pk, pk=notice_id)
            .first()
        )
        if notice is None or getattr(actor, "pk", None) != user.pk:
            raise NotFound("you have no notice with this id", field="notice_id")
        if notice.dismissed_at is not None:
            return
        notice.dismissed_at = clock.now()
        notice.save(update_fields=["dismissed_at"])
        audit.record(actor=actor, action="requirements.rule_change.dismissed", obj=notice)
