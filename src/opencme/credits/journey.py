"""The learner's view of one enrollment: steps with their state, what may be claimed, claims.

Shared by the API and the web pages so both say the same thing.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from opencme.accounts.services import profile_for
from opencme.accreditation.selectors import rulebook_get
from opencme.credits.models import Claim
from opencme.credits.rules import PARTICIPATION, PARTICIPATION_INCREMENT
from opencme.learning import rules as learning_rules
from opencme.learning.models import Enrollment, Step, StepProgress
from opencme.learning.selectors import enrollment_state


def claim_options(enrollment: Enrollment, user: Any) -> list[dict[str, Any]]:
    """The credit types this learner may claim here, then a certificate of participation."""
    book = rulebook_get()
    profession = profile_for(user).profession
    options = []
    top: Decimal | None = None
    for credit in enrollment.activity.credits.all():
        rule = book.credit_type(credit.credit_type)
        if credit.amount is not None:
            top = max(top or credit.amount, credit.amount)
        if (
            rule is None
            or credit.amount is None
            or not profession
            or not rule.may_claim(profession)
        ):
            continue
        options.append(
            {
                "credit_type": rule.code,
                "name": rule.name,
                "maximum": float(credit.amount),
                "increment": float(rule.increment),
                "unit": rule.unit,
            }
        )
    if top is not None:
        options.append(
            {
                "credit_type": PARTICIPATION,
                "name": "Certificate of participation",
                "maximum": float(top),
                "increment": float(PARTICIPATION_INCREMENT),
                "unit": "hour",
            }
        )
    return options


def claim_out(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.pk,
        "credit_type": claim.credit_type,
        "amount": float(claim.amount),
        "unit": claim.unit,
        "claimed_at": claim.claimed_at.isoformat(),
        "version": claim.version,
    }


# Written out: every step's answer shows the current claims, and the ORM took about 0.4 ms
# to put this statement together (the statement itself: under 0.1 ms).
CURRENT_CLAIMS_SQL = (
    f"SELECT * FROM {Claim._meta.db_table} WHERE enrollment_id = %s AND is_current "  # noqa: S608
    "ORDER BY claimed_at, id"
)


def enrollment_view(
    enrollment: Enrollment,
    user: Any,
    steps: list[Step] | None = None,
    progress: dict[int, StepProgress] | None = None,
    claims: list[Claim] | None = None,
) -> dict[str, Any]:
    """The learner's enrollment as the API and pages show it (``steps`` and ``progress``: as
    for ``enrollment_state``; ``claims``: its current claims, when the caller knows them)."""
    views, journey = enrollment_state(enrollment, steps, progress)
    allowed, reason = learning_rules.may_claim(journey)
    if claims is None:
        claims = list(Claim.objects.raw(CURRENT_CLAIMS_SQL, [enrollment.pk]))
    return {
        "id": enrollment.pk,
        "activity_id": enrollment.activity_id,
        "activity_title": enrollment.activity.title,
        "status": enrollment.status,
        "enrolled_at": enrollment.enrolled_at.isoformat(),
        "completed_at": enrollment.completed_at.isoformat() if enrollment.completed_at else None,
        "steps": [
            {
                "id": v.step.pk,
                "kind": v.step.kind,
                "title": v.step.title,
                "instructions": v.step.instructions,
                "state": v.state,
                "locked_reason": v.locked_reason,
                "content_url": v.step.content_url or None,
                "content_seconds": v.step.content_seconds,
                "min_watched_percent": v.step.min_watched_percent,
                "min_minutes": v.step.min_minutes,
                "questions": [
                    {"id": q.pk, "type": q.type, "text": q.text, "choices": list(q.choices)}
                    for q in v.questions
                ],
                "score": v.progress.score if v.progress else None,
                "attempts": v.progress.attempts if v.progress else 0,
            }
            for v in views
        ],
        "may_claim": allowed,
        "claim_locked_reason": reason,
        "claim_options": claim_options(enrollment, user) if allowed else [],
        "claims": [claim_out(c) for c in claims],
    }
