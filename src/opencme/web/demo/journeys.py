"""Demo journeys: the demo physician and pharmacist complete the hosted re-release of seed 000
through the real services and claim credit, so reports and outcomes have something to show.

Seed 003 is a listed activity: it takes no enrollments here, so nobody completes it on OpenCME.
It appears in its provider's PARS activity file as an activity that provider reports; learner
files come only from the hosted re-release. Running this twice changes nothing.
"""

from __future__ import annotations

from typing import Any

from opencme.accounts.models import User
from opencme.accounts.services import profile_for, update_profile
from opencme.activities.models import Activity
from opencme.core import audit
from opencme.credits.models import Claim
from opencme.credits.services import claim_credit
from opencme.learning.models import Question, StepKind
from opencme.learning.selectors import steps_for_activity
from opencme.learning.services import complete_step, enroll_learner
from opencme.web.demo.rerelease import watch_whole

DEMO_PROVIDER_ID = "JA0000000"

# (email, credit claimed, answers by question text start, birth month/day the demo adds when the
# account has none: PARS matches learners by name and birth month/day)
JOURNEYS: tuple[tuple[str, str, dict[str, Any], tuple[int, int]], ...] = (
    (
        "physician@example.org",
        "AMA_PRA_1",
        {
            "How do you decide": "I weigh pain, function and risk, and rarely start opioids.",
            "For most patients": "Not first-line treatment",
            "Which strategies": ["Periodic reassessment", "Naloxone co-prescribing"],
            "How confident": 4,
            "The activity met": 5,
            "The content was free": 5,
            "Will you change": "Yes",
            "What will you do": "Reassess patients on opioids every three months.",
        },
        (9, 23),
    ),
    (
        "pharmacist@example.org",
        "ACPE",
        {
            "How do you decide": "I review the PDMP and ask about function goals.",
            "For most patients": "Not first-line treatment",
            "Which strategies": ["Naloxone co-prescribing", "Prescription drug monitoring"],
            "How confident": 3,
            "The activity met": 4,
            "The content was free": 5,
            "Will you change": "Not sure",
            "What will you do": "Offer naloxone with every opioid prescription.",
        },
        (4, 17),
    ),
)


def _answer(question: Question, answers: dict[str, Any]) -> Any:
    for start, value in answers.items():
        if question.text.startswith(start):
            return value
    if question.type == "single":
        return question.choices[0]
    if question.type == "multiple":
        return [question.choices[0]]
    return 4 if question.type == "scale" else "No comment."


def ensure_demo_journeys(*, rerelease: Activity) -> list[Claim]:
    """Walk each demo learner through ``rerelease`` and claim their credit (once)."""
    claims: list[Claim] = []
    provider = rerelease.provider
    if not provider.accreditation_id:
        # The demo value the re-release's UAN already carries; PARS needs the provider's id.
        provider.accreditation_id = DEMO_PROVIDER_ID
        provider.save(update_fields=["accreditation_id"])
        audit.record(
            actor=None,
            action="providers.provider.updated",
            obj=provider,
            before={"accreditation_id": ""},
            after={"accreditation_id": DEMO_PROVIDER_ID},
            note="demo value, as in the re-release's UAN",
        )
    steps = steps_for_activity(rerelease.pk)
    for email, credit_type, answers, (month, day) in JOURNEYS:
        user = User.objects.filter(email=email).first()
        if user is None:
            continue
        existing = Claim.objects.filter(
            learner=user, activity=rerelease, credit_type=credit_type, is_current=True
        ).first()
        if existing is not None:
            claims.append(existing)
            continue
        profile = profile_for(user)
        if profile.birth_month is None:
            update_profile(user=user, actor=user, changes={"birth_month": month, "birth_day": day})
        enrollment = enroll_learner(activity=rerelease, learner=user)
        done = set(
            enrollment.progress.filter(completed_at__isnull=False).values_list("step_id", flat=True)
        )
        for step in steps:
            if step.pk in done or step.kind in (StepKind.CLAIM, StepKind.FOLLOW_UP):
                continue
            watch_whole(enrollment=enrollment, step=step, actor=user)
            complete_step(
                enrollment=enrollment,
                step_id=step.pk,
                actor=user,
                answers={str(q.pk): _answer(q, answers) for q in step.questions.all()},
                minutes=75 if step.kind == StepKind.ATTESTATION else None,
            )
        amount = next(c.amount for c in rerelease.credits.all() if c.credit_type == credit_type)
        claims.append(
            claim_credit(enrollment=enrollment, credit_type=credit_type, amount=amount, actor=user)
        )
    return claims
