"""Enrolling and completing steps on seed 000's hosted re-release, through the real services."""

from __future__ import annotations

import datetime as dt

import pytest

from opencme.accreditation.statements import long_date
from opencme.activities.models import Activity
from opencme.core import clock
from opencme.core.audit import AuditEvent
from opencme.core.errors import NotFound, ValidationFailed
from opencme.learning import services
from opencme.learning.models import Answer, Enrollment, FollowUp, StepKind, StepProgress
from opencme.web.demo.rerelease import watch_whole
from tests import factories
from tests.journey_data import (
    answers_for,
    learner,
    seed_000_rerelease,
    steps_of,
    walk,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity() -> Activity:
    return seed_000_rerelease()


def test_enroll_learner_free_activity_starts_at_once_and_is_idempotent(activity):
    user = learner()
    first = services.enroll_learner(activity=activity, learner=user)
    again = services.enroll_learner(activity=activity, learner=user)
    assert first.pk == again.pk
    assert first.status == Enrollment.Status.ACTIVE
    assert Enrollment.objects.filter(learner=user).count() == 1


def test_enroll_learner_listed_activity_is_refused(activity):
    seed = Activity.objects.get(kind=Activity.Kind.LISTED)
    with pytest.raises(ValidationFailed) as exc:
        services.enroll_learner(activity=seed, learner=learner())
    assert exc.value.problems[0].field == "activity"
    assert "enroll with its provider" in exc.value.problems[0].message


def test_complete_step_locked_step_is_refused_with_the_reason(activity):
    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    evaluation = next(s for s in steps_of(activity) if s.kind == StepKind.EVALUATION)
    with pytest.raises(ValidationFailed) as exc:
        services.complete_step(
            enrollment=enrollment,
            step_id=evaluation.pk,
            actor=user,
            answers=answers_for(evaluation),
        )
    assert [(p.field, p.message) for p in exc.value.problems] == [
        ("step", "Complete “Survey” first.")
    ]
    assert not StepProgress.objects.filter(enrollment=enrollment).exists()


def test_complete_step_survey_unlocks_evaluation(activity):
    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    walk(enrollment, user, until=StepKind.EVALUATION)
    evaluation = next(s for s in steps_of(activity) if s.kind == StepKind.EVALUATION)
    progress = services.complete_step(
        enrollment=enrollment, step_id=evaluation.pk, actor=user, answers=answers_for(evaluation)
    )
    assert progress.completed_at is not None
    assert Answer.objects.filter(enrollment=enrollment, step=evaluation).count() == 4


def test_complete_step_bad_answers_name_the_question_and_write_nothing(activity):
    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    reflection = steps_of(activity)[0]
    with pytest.raises(ValidationFailed) as exc:
        services.complete_step(enrollment=enrollment, step_id=reflection.pk, actor=user)
    question = reflection.questions.get()
    assert exc.value.problems[0].field == f"answers.{question.pk}"
    assert not StepProgress.objects.filter(enrollment=enrollment).exists()


def test_complete_step_done_step_cannot_be_done_again(activity):
    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    reflection = steps_of(activity)[0]
    services.complete_step(
        enrollment=enrollment, step_id=reflection.pk, actor=user, answers=answers_for(reflection)
    )
    with pytest.raises(ValidationFailed, match="already complete"):
        services.complete_step(
            enrollment=enrollment,
            step_id=reflection.pk,
            actor=user,
            answers=answers_for(reflection),
        )


def _reflection_posted(activity: Activity):
    """A new learner's enrollment, its first step, and what completing that step sends."""
    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    reflection = steps_of(activity)[0]
    return user, enrollment, reflection, services.StepInput(reflection.pk, answers_for(reflection))


def test_a_step_decided_before_a_change_is_decided_again_under_the_lock(activity):
    # The same step posted twice at once: both decide on the enrollment before either writes;
    # the second to write finds the state changed, decides again and is refused.
    user, enrollment, reflection, given = _reflection_posted(activity)
    first = services.decide_step(enrollment.pk, user, given)
    second = services.decide_step(enrollment.pk, user, given)
    services.write_step(first, user, given)
    with pytest.raises(ValidationFailed, match="already complete"):
        services.write_step(second, user, given)
    progress = StepProgress.objects.get(enrollment=enrollment, step=reflection)
    assert progress.attempts == 1
    assert Answer.objects.filter(enrollment=enrollment, step=reflection).count() == 1


def test_a_step_decided_on_an_unchanged_enrollment_is_written_as_decided(activity):
    user, enrollment, reflection, given = _reflection_posted(activity)
    decision = services.decide_step(enrollment.pk, user, given)
    other = services.enroll_learner(activity=activity, learner=learner())
    services.complete_step(  # another enrollment's change does not concern this one
        enrollment=other, step_id=reflection.pk, actor=other.learner, answers=given.answers
    )
    done = services.write_step(decision, user, given)
    assert done.progress.completed_at == decision.at
    assert StepProgress.objects.get(enrollment=enrollment).completed_at == decision.at


def test_complete_step_of_another_learners_enrollment_is_not_found(activity):
    owner, intruder = learner(), learner()
    enrollment = services.enroll_learner(activity=activity, learner=owner)
    reflection = steps_of(activity)[0]
    with pytest.raises(NotFound):
        services.complete_step(
            enrollment=enrollment,
            step_id=reflection.pk,
            actor=intruder,
            answers=answers_for(reflection),
        )


def test_complete_step_content_refused_until_its_rule_is_met(activity):
    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    walk(enrollment, user, until=StepKind.CONTENT)
    content = steps_of(activity)[1]
    with pytest.raises(ValidationFailed) as refused:
        services.complete_step(
            enrollment=enrollment, step_id=content.pk, actor=user, seconds_spent=1800
        )
    assert refused.value.as_dict() == {
        "step": ["Not yet: watch at least 90% of the video (so far 0%)."]
    }
    assert not StepProgress.objects.filter(enrollment=enrollment, step=content).exists()


def test_complete_step_content_records_the_servers_time_not_the_clients(activity):
    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    walk(enrollment, user, until=StepKind.CONTENT)
    content = steps_of(activity)[1]
    watch_whole(enrollment=enrollment, step=content, actor=user)
    progress = services.complete_step(
        enrollment=enrollment, step_id=content.pk, actor=user, seconds_spent=1800
    )
    # opened 5 s before (the clip's 4 s and one more), not the 1800 the client said
    assert (progress.seconds_spent, progress.completed_at is not None) == (5, True)


def test_complete_step_content_without_a_rule_takes_the_pages_time():
    activity = factories.activity(of=factories.provider(), publish=True)
    [step] = services.create_pipeline(
        activity=activity,
        actor=None,
        steps=[{"kind": StepKind.CONTENT, "title": "Read", "content_kind": "link"}],
    )
    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    progress = services.complete_step(
        enrollment=enrollment, step_id=step.pk, actor=user, seconds_spent=1800
    )
    assert (progress.seconds_spent, progress.completed_at is not None) == (1800, True)


def _quiz_activity(*, attempts_allowed: int = 2) -> Activity:
    activity = factories.activity(of=factories.provider(), publish=True)
    services.create_pipeline(
        activity=activity,
        actor=None,
        steps=[
            {
                "kind": StepKind.QUIZ,
                "title": "Knowledge check",
                "pass_mark": 100,
                "attempts_allowed": attempts_allowed,
                "questions": [
                    {"type": "single", "text": "2+2", "choices": ["3", "4"], "correct": ["4"]}
                ],
            },
            {"kind": StepKind.ATTESTATION, "title": "Attest your time"},
            {"kind": StepKind.CLAIM, "title": "Claim credit"},
        ],
    )
    return activity


def test_complete_step_quiz_failed_attempts_are_counted_then_locked():
    activity = _quiz_activity(attempts_allowed=2)
    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    quiz = steps_of(activity)[0]
    question = quiz.questions.get()
    for _ in range(2):
        progress = services.complete_step(
            enrollment=enrollment, step_id=quiz.pk, actor=user, answers={str(question.pk): "3"}
        )
        assert progress.completed_at is None
    assert (progress.attempts, progress.score) == (2, 0)
    with pytest.raises(ValidationFailed, match=r"No attempts left \(2 allowed\)"):
        services.complete_step(
            enrollment=enrollment, step_id=quiz.pk, actor=user, answers={str(question.pk): "4"}
        )


def test_complete_step_attestation_needs_minutes():
    activity = _quiz_activity()
    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    quiz, attestation = steps_of(activity)[:2]
    services.complete_step(
        enrollment=enrollment, step_id=quiz.pk, actor=user, answers=answers_for(quiz)
    )
    with pytest.raises(ValidationFailed) as exc:
        services.complete_step(enrollment=enrollment, step_id=attestation.pk, actor=user)
    assert exc.value.problems[0].field == "minutes"
    progress = services.complete_step(
        enrollment=enrollment, step_id=attestation.pk, actor=user, minutes=75
    )
    assert progress.minutes == 75


def test_complete_step_refused_once_the_activity_has_expired(activity, settings):
    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    reflection = steps_of(activity)[0]
    settings.CLOCK_OFFSET_DAYS = (activity.expires - clock.today()).days + 1
    with pytest.raises(ValidationFailed) as exc:
        services.complete_step(
            enrollment=enrollment,
            step_id=reflection.pk,
            actor=user,
            answers=answers_for(reflection),
        )
    assert exc.value.problems[0].message.startswith(
        f"this activity expired on {long_date(activity.expires)}"
    )


def test_enroll_learner_refused_before_release_and_allowed_on_the_release_day(activity, settings):
    user = learner()
    settings.CLOCK_OFFSET_DAYS = (activity.start_date - clock.today()).days - 1
    with pytest.raises(ValidationFailed) as exc:
        services.enroll_learner(activity=activity, learner=user)
    assert exc.value.problems[0].field == "activity"
    assert exc.value.problems[0].message == (
        f"this activity opens on {long_date(activity.start_date)}; come back then"
    )
    assert not Enrollment.objects.filter(learner=user).exists()
    settings.CLOCK_OFFSET_DAYS += 1
    assert services.enroll_learner(activity=activity, learner=user).learner == user


def test_enroll_box_says_when_an_upcoming_activity_opens(activity, client, settings):
    settings.CLOCK_OFFSET_DAYS = (activity.start_date - clock.today()).days - 3
    user = learner()
    client.force_login(user)
    html = client.get(f"/activities/{activity.pk}/").content.decode()
    assert f"Enrollment opens on <strong>{long_date(activity.start_date)}</strong>" in html
    assert "no longer takes enrollments" not in html
    assert ">Enroll</button>" not in html


def test_complete_step_claim_step_is_done_by_claiming_not_posting(activity):
    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    walk(enrollment, user)
    claim = next(s for s in steps_of(activity) if s.kind == StepKind.CLAIM)
    with pytest.raises(ValidationFailed, match="claim form"):
        services.complete_step(enrollment=enrollment, step_id=claim.pk, actor=user)


def test_complete_enrollment_schedules_the_follow_up_90_days_later(activity):
    from opencme.credits.services import claim_credit

    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    walk(enrollment, user)
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=user)
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED
    follow_up = FollowUp.objects.get(enrollment=enrollment)
    assert follow_up.due_on == clock.today() + dt.timedelta(days=90)
    assert AuditEvent.objects.filter(
        action="learning.enrollment.completed", object_id=str(enrollment.pk)
    ).exists()


def test_enqueue_due_follow_ups_invites_once_then_reminds_a_week_later(activity):
    from opencme.credits.services import claim_credit

    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    walk(enrollment, user)
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=user)
    due = FollowUp.objects.get(enrollment=enrollment).due_on
    assert services.enqueue_due_follow_ups(today=due - dt.timedelta(days=1)) == 0
    assert services.enqueue_due_follow_ups(today=due) == 1
    assert services.enqueue_due_follow_ups(today=due) == 0
    FollowUp.objects.filter(enrollment=enrollment).update(sent_at=clock.now())
    assert services.enqueue_due_follow_ups(today=due + dt.timedelta(days=6)) == 0
    assert services.enqueue_due_follow_ups(today=due + dt.timedelta(days=7)) == 1
    assert services.enqueue_due_follow_ups(today=due + dt.timedelta(days=30)) == 0
