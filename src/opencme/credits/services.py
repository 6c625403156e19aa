"""Claiming and correcting credit: each one transaction with an audit event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import prefetch_related_objects

from opencme.accounts.models import LearnerProfile
from opencme.accounts.services import profile_for, profile_of, profile_version
from opencme.accreditation.selectors import rulebook_get
from opencme.core import audit, clock, rows
from opencme.core.errors import NotFound, Problem, ValidationFailed
from opencme.credits import hooks, rules
from opencme.credits.models import Claim
from opencme.learning import rules as learning_rules
from opencme.learning.models import Enrollment, Step, StepProgress
from opencme.learning.reads import enrollment_of, enrollment_state_row, lock_enrollment
from opencme.learning.selectors import journey_for
from opencme.learning.services import (
    complete_enrollment_if_done,
    mark_claim_step_done,
    refuse_if_closed,
)


def _designations(enrollment: Enrollment) -> list[rules.Designation]:
    return [
        rules.Designation(c.credit_type, c.amount, c.unit)
        for c in enrollment.activity.credits.all()
    ]


def _learner_facts(profile: LearnerProfile) -> rules.LearnerFacts:
    return rules.LearnerFacts(
        profession=profile.profession,
        nabp_eprofile_id=profile.nabp_eprofile_id,
        birth_mmdd=profile.birth_mmdd,
    )


def _snapshot(claim: Claim) -> dict[str, Any]:
    return {"credit_type": claim.credit_type, "amount": str(claim.amount), "version": claim.version}


def claim_credit(
    *, enrollment: Enrollment | int, credit_type: str, amount: Any, actor: Any
) -> Claim:
    """Claim credit of one type on the actor's own enrollment (or its id; anyone else's is not
    found). Refused, naming the rule, when the steps before claiming are not done, the activity
    has expired, the profession may not claim it, the amount is over the maximum or off its
    increments, or it was claimed already. Two simultaneous claims make one.

    Decided on the enrollment and profile as read before the transaction (on SQLite every
    other writer waits while one is open), and what needs no lock (signing the certificate)
    prepared then too. The transaction reads the enrollment's state and the profile's version
    again: the decision is written if neither changed, or else made again under the lock; the
    certificate prepared is used only where it states what the transaction would."""
    claimed_at = clock.now()
    pk = enrollment if isinstance(enrollment, int) else enrollment.pk
    state, version = enrollment_state_row(pk), profile_version(actor)  # first: see decide_step
    seen = enrollment_of(pk, actor, with_provider=True)
    prefetch_related_objects([seen.activity], "credits")
    profile = profile_of(actor)
    decision, prepared = None, {}
    if profile is not None:  # else the transaction makes the profile, then decides
        decision = _decide(seen, profile, credit_type, amount, actor, claimed_at)
        prepared = hooks.prepare_claim(decision.claim, profile=profile)
    try:
        with transaction.atomic():
            unchanged = state == enrollment_state_row(pk, lock=True)
            if decision is None or not unchanged or version != profile_version(actor):
                locked = lock_enrollment(pk, actor, with_provider=True, activity=seen.activity)
                prefetch_related_objects([locked.activity], "credits")
                decision = _decide(
                    locked, profile_for(actor), credit_type, amount, actor, claimed_at
                )
            return _write(decision, actor, prepared)
    except IntegrityError as exc:  # the same claim committed first in another request
        credit_type = str(credit_type or "").strip().upper()
        raise ValidationFailed([_already_claimed(credit_type)]) from exc


def _already_claimed(credit_type: str) -> Problem:
    return Problem(
        "credit_type", f"{credit_type} is already claimed for this activity; correct it instead"
    )


def _checked(
    enrollment: Enrollment, profile: LearnerProfile, credit_type: str, amount: Any
) -> tuple[str, Decimal | None, list[Problem]]:
    """The credit type as claimed (trimmed, upper case), the amount (None when it is not one)
    and what the rules refuse: the profession, the maximum, the increments."""
    credit_type = str(credit_type or "").strip().upper()
    value, problems = rules.parse_amount(amount)
    if value is None:
        return credit_type, None, problems
    problems = rules.check_claim(
        rulebook_get(),
        credit_type=credit_type,
        amount=value,
        designations=_designations(enrollment),
        learner=_learner_facts(profile),
    )
    return credit_type, value, problems


@dataclass
class _Decision:
    """A claim decided on the enrollment (with its steps and progress rows) and the profile as
    read: the claim to save."""

    claim: Claim
    profile: LearnerProfile
    steps: list[Step]
    progress: dict[int, StepProgress]


def _decide(
    enrollment: Enrollment,
    profile: LearnerProfile,
    credit_type: str,
    amount: Any,
    actor: Any,
    at: dt.datetime,
) -> _Decision:
    """The claim on ``enrollment`` (the actor's, with its activity, provider and
    designations), or its refusal raised."""
    journey, steps, progress = journey_for(enrollment)
    allowed, reason = learning_rules.may_claim(journey)
    if not allowed:
        raise ValidationFailed(
            [Problem("credit_type", reason or "complete the steps before claiming")]
        )
    refuse_if_closed(enrollment.activity, field="activity")
    credit_type, value, problems = _checked(enrollment, profile, credit_type, amount)
    if value is None:
        raise ValidationFailed(problems)
    if rows.exists(Claim, enrollment=enrollment.pk, credit_type=credit_type, is_current=True):
        problems.append(_already_claimed(credit_type))
    if problems:
        raise ValidationFailed(problems)
    rule = rulebook_get().credit_type(credit_type)
    claim = Claim(  # made with the objects in hand, which the claim listeners read
        enrollment=enrollment,
        learner=actor,
        activity=enrollment.activity,
        credit_type=credit_type,
        amount=value,
        unit=rule.unit if rule else "hour",
        claimed_at=at,
    )
    return _Decision(claim, profile, steps, progress)


def _write(decision: _Decision, actor: Any, prepared: dict[str, Any]) -> Claim:
    """Save the claim decided, with its audit event, what its listeners issue, and the
    enrollment's progress (a simultaneous claim of the same type breaks the uniqueness of
    current claims: IntegrityError)."""
    claim, enrollment = decision.claim, decision.claim.enrollment
    rows.add(claim)
    audit.record(actor=actor, action="credits.claim.created", obj=claim, after=_snapshot(claim))
    hooks.notify_claim_created(claim, actor=actor, profile=decision.profile, prepared=prepared)
    steps, progress = decision.steps, decision.progress
    mark_claim_step_done(enrollment=enrollment, steps=steps, progress=progress)
    complete_enrollment_if_done(enrollment=enrollment, actor=actor, steps=steps, progress=progress)
    return claim


@transaction.atomic
def correct_claim(*, claim: Claim, amount: Any, actor: Any) -> Claim:
    """A corrected amount is a new version of the claim; the old one is kept, not current."""
    claim = (
        Claim.objects.select_for_update(of=("self",))  # not the activity every learner reads
        .select_related("enrollment__activity")
        .get(pk=claim.pk)
    )
    if claim.learner_id != getattr(actor, "pk", None) and not getattr(actor, "is_superuser", False):
        raise NotFound("no claim of yours has this id", field="claim_id")
    if not claim.is_current:
        raise ValidationFailed(
            [Problem("claim", "only the current version of a claim can be corrected")]
        )
    refuse_if_closed(claim.enrollment.activity, field="activity")
    value, problems = rules.parse_amount(amount)
    if value is None:
        raise ValidationFailed(problems)
    profile = profile_for(claim.learner)
    problems = rules.check_claim(
        rulebook_get(),
        credit_type=claim.credit_type,
        amount=value,
        designations=_designations(claim.enrollment),
        learner=_learner_facts(profile),
    )
    if problems:
        raise ValidationFailed(problems)
    before = _snapshot(claim)
    claim.is_current = False
    claim.save(update_fields=["is_current"])
    fresh = Claim.objects.create(
        enrollment=claim.enrollment,
        learner_id=claim.learner_id,
        activity_id=claim.activity_id,
        credit_type=claim.credit_type,
        amount=value,
        unit=claim.unit,
        claimed_at=clock.now(),
        version=claim.version + 1,
        supersedes=claim,
    )
    audit.record(
        actor=actor,
        action="credits.claim.corrected",
        obj=fresh,
        before=before,
        after=_snapshot(fresh),
    )
    hooks.notify_claim_created(fresh, actor=actor, profile=profile)
    return fresh
