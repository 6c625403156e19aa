"""Claiming and correcting credit on seed 000's hosted re-release, through the real services."""

from __future__ import annotations

from decimal import Decimal

import pytest

from opencme.accreditation.statements import long_date
from opencme.activities.models import Activity
from opencme.core import clock
from opencme.core.audit import AuditEvent
from opencme.core.errors import NotFound, ValidationFailed
from opencme.credits.journey import enrollment_view
from opencme.credits.models import Claim
from opencme.credits.rules import PARTICIPATION
from opencme.credits.selectors import transcript_for
from opencme.credits.services import claim_credit, correct_claim
from opencme.learning import services as learning
from opencme.learning.models import Enrollment, StepKind, StepProgress
from tests.journey_data import learner, ready_to_claim, seed_000_rerelease, walk

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity() -> Activity:
    return seed_000_rerelease()


def refusal(enrollment, user, credit_type, amount) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as exc:
        claim_credit(enrollment=enrollment, credit_type=credit_type, amount=amount, actor=user)
    assert not Claim.objects.filter(enrollment=enrollment).exists()
    return [(p.field, p.message) for p in exc.value.problems]


def test_claim_credit_physician_claims_ama_and_completes_the_enrollment(activity):
    user, enrollment = ready_to_claim(activity)
    claim = claim_credit(enrollment=enrollment, credit_type="ama_pra_1", amount=1.25, actor=user)
    assert (claim.credit_type, claim.amount, claim.version) == ("AMA_PRA_1", Decimal("1.25"), 1)
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED
    claim_step = activity.steps.get(kind=StepKind.CLAIM)
    assert StepProgress.objects.get(enrollment=enrollment, step=claim_step).completed_at
    assert AuditEvent.objects.filter(
        action="credits.claim.created", object_id=str(claim.pk)
    ).exists()
    assert [c.pk for c in transcript_for(user).claims] == [claim.pk]


def test_claim_credit_before_the_evaluation_is_refused(activity):
    user = learner()
    enrollment = learning.enroll_learner(activity=activity, learner=user)
    walk(enrollment, user, until=StepKind.EVALUATION)
    assert refusal(enrollment, user, "AMA_PRA_1", "1.25") == [
        ("credit_type", "Complete “Course evaluation” first.")
    ]


def test_claim_credit_above_the_maximum_is_refused(activity):
    user, enrollment = ready_to_claim(activity)
    assert refusal(enrollment, user, "AMA_PRA_1", "1.5") == [
        ("amount", "at most 1.25 (AMA PRA Category 1 Credit™ designated for this activity)")
    ]


def test_claim_credit_off_increment_is_refused(activity):
    user, enrollment = ready_to_claim(activity)
    assert refusal(enrollment, user, "AMA_PRA_1", "1.1") == [
        ("amount", "AMA PRA Category 1 Credit™ is claimed in steps of 0.25")
    ]


def test_claim_credit_after_the_activity_expired_is_refused(activity, settings):
    user, enrollment = ready_to_claim(activity)
    settings.CLOCK_OFFSET_DAYS = (activity.expires - clock.today()).days + 1
    assert refusal(enrollment, user, "AMA_PRA_1", "1.25") == [
        (
            "activity",
            f"this activity expired on {long_date(activity.expires)}; "
            "credit can no longer be claimed",
        )
    ]


def test_claim_credit_on_the_expiry_day_is_still_accepted(activity, settings):
    user, enrollment = ready_to_claim(activity)
    settings.CLOCK_OFFSET_DAYS = (activity.expires - clock.today()).days
    assert clock.today() == activity.expires
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=user)


def test_claim_credit_physician_claiming_nursing_contact_hours_is_refused(activity):
    user, enrollment = ready_to_claim(activity, "physician")
    assert refusal(enrollment, user, "NURSING_CE", "1.25") == [
        ("credit_type", "Nursing contact hours may be claimed by nurses, nurse practitioners only.")
    ]


def test_claim_credit_nurse_claiming_ama_is_offered_participation(activity):
    user, enrollment = ready_to_claim(activity, "nurse")
    assert refusal(enrollment, user, "AMA_PRA_1", "1.25") == [
        (
            "credit_type",
            "AMA PRA Category 1 Credit™ may be claimed by physicians (MD/DO) only. "
            "You may claim a certificate of participation.",
        )
    ]
    claim = claim_credit(
        enrollment=enrollment, credit_type="PARTICIPATION", amount="1.25", actor=user
    )
    assert claim.credit_type == "PARTICIPATION"


def test_claim_credit_acpe_without_nabp_id_and_birth_date_is_refused(activity):
    user, enrollment = ready_to_claim(
        activity, "pharmacist", nabp_eprofile_id="", birth_month=None, birth_day=None
    )
    assert refusal(enrollment, user, "ACPE", "1.25") == [
        (
            "profile.nabp_eprofile_id",
            "ACPE pharmacy CE needs your NABP e-Profile ID in your profile",
        ),
        ("profile.birth_mmdd", "ACPE pharmacy CE needs your birth month and day in your profile"),
    ]


def test_claim_credit_pharmacist_with_nabp_id_claims_acpe(activity):
    user, enrollment = ready_to_claim(activity, "pharmacist")
    claim = claim_credit(enrollment=enrollment, credit_type="ACPE", amount="1.25", actor=user)
    assert (claim.credit_type, claim.unit) == ("ACPE", "contact_hour")


def test_claim_credit_one_claim_per_credit_type(activity):
    user, enrollment = ready_to_claim(activity)
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1", actor=user)
    with pytest.raises(ValidationFailed) as exc:
        claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=user)
    assert [(p.field, p.message) for p in exc.value.problems] == [
        ("credit_type", "AMA_PRA_1 is already claimed for this activity; correct it instead")
    ]
    # Another credit type on the same enrollment is a claim of its own.
    claim_credit(enrollment=enrollment, credit_type="PARTICIPATION", amount="1.25", actor=user)
    assert Claim.objects.filter(enrollment=enrollment).count() == 2


def test_claim_credit_on_another_learners_enrollment_is_not_found(activity):
    _, enrollment = ready_to_claim(activity)
    with pytest.raises(NotFound):
        claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=learner())
    assert not Claim.objects.exists()


def test_correct_claim_makes_a_new_version_with_an_audit_event(activity):
    user, enrollment = ready_to_claim(activity)
    first = claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1", actor=user)
    fresh = correct_claim(claim=first, amount="1.25", actor=user)
    first.refresh_from_db()
    assert (first.is_current, first.amount, first.version) == (False, Decimal("1.00"), 1)
    assert (fresh.is_current, fresh.amount, fresh.version) == (True, Decimal("1.25"), 2)
    assert fresh.supersedes_id == first.pk
    event = AuditEvent.objects.get(action="credits.claim.corrected", object_id=str(fresh.pk))
    assert event.before == {"credit_type": "AMA_PRA_1", "amount": "1.00", "version": 1}
    assert event.after == {"credit_type": "AMA_PRA_1", "amount": "1.25", "version": 2}
    transcript = transcript_for(user)
    assert [c.pk for c in transcript.claims] == [fresh.pk]
    assert transcript.totals == {"AMA_PRA_1": Decimal("1.25")}


def test_correct_claim_follows_the_same_rules(activity):
    user, enrollment = ready_to_claim(activity)
    first = claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1", actor=user)
    with pytest.raises(ValidationFailed, match=r"at most 1\.25"):
        correct_claim(claim=first, amount="2", actor=user)
    fresh = correct_claim(claim=first, amount="0.75", actor=user)
    with pytest.raises(ValidationFailed, match="only the current version"):
        correct_claim(claim=first, amount="1.25", actor=user)
    with pytest.raises(NotFound):
        correct_claim(claim=fresh, amount="1.25", actor=learner())
    assert Claim.objects.filter(enrollment=enrollment, is_current=True).get().pk == fresh.pk


def test_enrollment_view_lists_current_claims_in_claim_order(activity):
    user, enrollment = ready_to_claim(activity)
    first = claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1", actor=user)
    other = claim_credit(enrollment=enrollment, credit_type=PARTICIPATION, amount="1", actor=user)
    fresh = correct_claim(claim=first, amount="0.75", actor=user)
    shown = enrollment_view(enrollment, user)["claims"]
    assert [(c["id"], c["credit_type"], c["amount"], c["version"]) for c in shown] == [
        (other.pk, PARTICIPATION, 1.0, 1),
        (fresh.pk, "AMA_PRA_1", 0.75, 2),
    ]
    newcomer, unclaimed = ready_to_claim(activity)
    assert enrollment_view(unclaimed, newcomer)["claims"] == []
