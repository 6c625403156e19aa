"""Claiming and correcting credit: each one transaction with an audit event."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import prefetch_related_objects

from opencme.accounts.models import LearnerProfile
from opencme.accounts.services import profile_for
from opencme.accreditation.selectors import rulebook_get
from opencme.activities.models import Activity
from opencme.core import audit, clock
from opencme.core.errors import NotFound, Problem, ValidationFailed
from opencme.credits import hooks, rules
from opencme.credits.models import Claim
from opencme.learning import rules as learning_rules
from opencme.learning.models import Enrollment
from opencme.learning.selectors import journey_for
from opencme.learning.services import (
    complete_enrollment_if_done,
    enrollment_of,
    lock_enrollment,
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

    What needs no lock (signing the certificate) is prepared first, from the enrollment and
    profile as they are then; the transaction reads them again, decides, and uses what was
    prepared only where they say the same."""
    claimed_at = clock.now()
    try:
        seen: Enrollment | None = enrollment_of(enrollment, actor, with_provider=True)
    except NotFound:
        seen = None  # the transaction says so
    prepared = {}
    if seen is not None:
        prefetch_related_objects([seen.activity], "credits")
        prepared = _prepare(
            seen, credit_type=credit_type, amount=amount, actor=actor, at=claimed_at
        )
    try:
        with transaction.atomic():
            return _claim(
                enrollment=enrollment,
                credit_type=credit_type,
                amount=amount,
                actor=actor,
                at=claimed_at,
                prepared=prepared,
                activity=seen.activity if seen is not None else None,
            )
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


def _new_claim(
    enrollment: Enrollment, actor: Any, credit_type: str, value: Decimal, at: dt.datetime
) -> Claim:
    """The claim, unsaved, made with the objects in hand (the enrollment is the actor's), so
    the claim listeners read them instead of loading them again."""
    rule = rulebook_get().credit_type(credit_type)
    return Claim(
        enrollment=enrollment,
        learner=actor,
        activity=enrollment.activity,
        credit_type=credit_type,
        amount=value,
        unit=rule.unit if rule else "hour",
        claimed_at=at,
    )


def _prepare(
    enrollment: Enrollment, *, credit_type: str, amount: Any, actor: Any, at: dt.datetime
) -> dict[str, Any]:
    """What the claim listeners prepare for this claim on ``enrollment`` (read without locks,
    with its activity, provider and designations); nothing when the claim is refused already
    on what is read here (the transaction then says why)."""
    profile = LearnerProfile.objects.filter(user=actor).first()
    if profile is None:
        return {}
    credit_type, value, problems = _checked(enrollment, profile, credit_type, amount)
    if value is None or problems:
        return {}
    claim = _new_claim(enrollment, actor, credit_type, value, at)
    return hooks.prepare_claim(claim, profile=profile)


def _claim(
    *,
    enrollment: Enrollment | int,
    credit_type: str,
    amount: Any,
    actor: Any,
    at: dt.datetime,
    prepared: dict[str, Any],
    activity: Activity | None,
) -> Claim:
    # The enrollment is locked and read again; its activity (with the provider and the
    # designations) and the profile are read once here, for the rules, the certificate and the
    # response, unless the activity was read just before the transaction.
    enrollment = lock_enrollment(enrollment, actor, with_provider=True, activity=activity)
    prefetch_related_objects([enrollment.activity], "credits")
    profile = profile_for(actor)
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
    if Claim.objects.filter(
        enrollment=enrollment, credit_type=credit_type, is_current=True
    ).exists():
        problems.append(_already_claimed(credit_type))
    if problems:
        raise ValidationFailed(problems)
    claim = _new_claim(enrollment, actor, credit_type, value, at)
    claim.save(force_insert=True)
    audit.record(actor=actor, action="credits.claim.created", obj=claim, after=_snapshot(claim))
    hooks.notify_claim_created(claim, actor=actor, profile=profile, prepared=prepared)
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
