"""The allocation's input from the database: the clinician's facts, credentials and credits.

Credits are the learner's current claims on OpenCME (and the MOC points of the activities they
claimed, per board) and the credit they recorded from elsewhere. An activity's topics count
when they are codes or labels of the topic vocabulary (``opencme.accreditation.topics``), with
the broader topics they imply; an activity without topics has none (providers have not asserted
them yet). The approvals an activity declares (``meets``) reach the rules that ask for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from django.utils import timezone

from opencme.accounts.models import LearnerProfile
from opencme.accreditation.topics import topic_code, with_broader
from opencme.activities.models import MocDesignation
from opencme.credits.models import Claim
from opencme.requirements import kinds
from opencme.requirements.explain import ON_OPENCME, SELF_REPORTED, CreditSource
from opencme.requirements.facts import ClinicianFacts, Credential, Credit
from opencme.requirements.models import Credential as CredentialRow
from opencme.requirements.models import ExternalCredit, TrackerProfile

LIVE_FORMATS = frozenset({"live", "rss", "internet_live"})


def topic_codes(values: Iterable[Any]) -> frozenset[str]:
    """The known topic codes among an activity's topics (codes or labels, any case), with the
    broader topics they imply; values naming no topic are ignored."""
    return with_broader(c for c in map(topic_code, values) if c is not None)


@lru_cache(maxsize=4096)
def _topic_codes_of(values: tuple[Any, ...]) -> frozenset[str]:
    """``topic_codes`` of one credit's topics, kept: many credits name the same few."""
    return topic_codes(values)


def facts_for(
    user: Any, profile: TrackerProfile | None, rows: Sequence[CredentialRow]
) -> ClinicianFacts:
    learner = LearnerProfile.objects.filter(user=user).only("profession").first()
    profession = learner.profession if learner and learner.profession else ""
    if not profession:
        profession = next((r.profession for r in rows if r.profession), "physician")
    return ClinicianFacts(
        profession=profession,
        dea_registered=any(r.kind == kinds.KIND_DEA for r in rows),
        direct_patient_care=profile.direct_patient_care if profile else True,
        specialty=profile.specialty if profile else "",
        attestations=frozenset(profile.attestations if profile else ()),
    )


def credentials_of(rows: Sequence[CredentialRow]) -> list[Credential]:
    return [
        Credential(
            key=str(r.pk),
            rule_set=r.rule_set,
            expires_on=r.expires_on,
            issued_on=r.issued_on,
            renewal_number=r.renewal_number,
        )
        for r in rows
        if r.rule_set
    ]


def _accreditor(stated: str, credit_type: str) -> str:
    if stated and stated not in ("OTHER", "STATE"):
        return stated
    return kinds.ACCREDITOR_OF_CREDIT_TYPE.get(credit_type, stated)


def credits_for(user: Any) -> list[tuple[Credit, CreditSource]]:
    """Every credit of ``user`` the allocation reads, with what the pages say about it."""
    out: list[tuple[Credit, CreditSource]] = []
    claims = list(
        Claim.objects.filter(learner_id=user.pk, is_current=True)
        .select_related("activity", "activity__provider", "enrollment")
        .only(
            "id",
            "credit_type",
            "amount",
            "claimed_at",
            "enrollment__completed_at",
            "activity__id",
            "activity__title",
            "activity__format",
            "activity__topics",
            "activity__meets",
            "activity__provider__name",
            "activity__provider__accreditor",
        )
        .order_by("claimed_at", "id")
    )
    moc: dict[int, list[MocDesignation]] = {}
    for designation in MocDesignation.objects.filter(
        activity_id__in={c.activity_id for c in claims}, points__gt=0
    ):
        moc.setdefault(designation.activity_id, []).append(designation)
    seen_moc: set[tuple[int, str]] = set()
    for claim in claims:
        activity = claim.activity
        done = claim.enrollment.completed_at or claim.claimed_at
        day = timezone.localdate(done)
        topics = topic_codes(activity.topics or [])
        fmt = "live" if activity.format in LIVE_FORMATS else "anytime"
        accreditor = _accreditor(activity.provider.accreditor, claim.credit_type)
        source = CreditSource(
            f"claim-{claim.pk}",
            activity.title,
            activity.provider.name,
            day,
            claim.credit_type,
            claim.amount,
            tuple(sorted(topics)),
            ON_OPENCME,
            claim.pk,
        )
        approvals = frozenset(activity.meets or ())
        credit = Credit(
            source.id, day, claim.credit_type, claim.amount, accreditor, topics, fmt, approvals
        )
        out.append((credit, source))
        for designation in moc.get(activity.pk, []):
            if (activity.pk, designation.board) in seen_moc or designation.points is None:
                continue
            seen_moc.add((activity.pk, designation.board))
            points = CreditSource(
                f"moc-{claim.pk}-{designation.board}",
                activity.title,
                activity.provider.name,
                day,
                designation.board,
                designation.points,
                source.topics,
                ON_OPENCME,
                claim.pk,
            )
            out.append(
                (
                    Credit(
                        points.id,
                        day,
                        designation.board,
                        designation.points,
                        "",
                        topics,
                        fmt,
                        approvals,
                    ),
                    points,
                )
            )
    # Plain values, not model instances: a clinician has hundreds of these and the tracker
    # page and the re-evaluation of everyone read them all (bench/tracker.py).
    rows = (
        ExternalCredit.objects.filter(user_id=user.pk)
        .order_by("completed_on", "id")
        .values_list(
            "pk", "title", "provider", "completed_on", "credit_type", "amount", "topics", "format"
        )
    )
    for pk, title, provider, completed_on, credit_type, amount, raw_topics, fmt in rows:
        topics = _topic_codes_of(tuple(raw_topics or ()))
        source = CreditSource(
            f"self-{pk}",
            title,
            provider,
            completed_on,
            credit_type,
            amount,
            tuple(sorted(topics)),
            SELF_REPORTED,
            pk,
        )
        credit = Credit(
            source.id, completed_on, credit_type, amount, _accreditor("", credit_type), topics, fmt
        )
        out.append((credit, source))
    return out
