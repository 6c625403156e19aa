"""Staff's pipeline writes: copying a pipeline to another activity (a clone)."""

from __future__ import annotations

import pytest

from opencme.core.errors import ValidationFailed
from opencme.core.models import AuditEvent
from opencme.learning.authoring import copy_pipeline
from opencme.learning.models import Question, Step
from tests import factories, journey_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity():
    return journey_data.seed_000_rerelease()


def _shape(activity):
    steps = list(Step.objects.filter(activity=activity).order_by("position", "id"))
    index = {s.pk: i for i, s in enumerate(steps)}
    return [
        (
            s.kind,
            s.title,
            s.instructions,
            s.content_file.name,
            s.captions_file.name,
            s.min_watched_percent,
            s.pass_mark,
            s.delay_days,
            sorted(index[p.pk] for p in s.prerequisites.all()),
            [(q.type, q.text, q.choices, q.correct, q.required) for q in s.questions.all()],
        )
        for s in steps
    ]


def test_copy_pipeline_copies_steps_prerequisites_questions_and_files(activity):
    staff = factories.user()
    target = factories.activity(of=activity.provider)
    made = copy_pipeline(source=activity, target=target, actor=staff)
    assert len(made) == Step.objects.filter(activity=activity).count() > 3
    assert _shape(target) == _shape(activity)
    assert any(s.content_file.name for s in made)  # the demo's video is shared, not lost
    assert not set(s.pk for s in made) & set(
        Step.objects.filter(activity=activity).values_list("pk", flat=True)
    )
    event = AuditEvent.objects.get(action="learning.pipeline.copied", object_id=str(target.pk))
    assert event.actor_id == staff.pk
    assert event.after is not None
    assert event.after["source"] == activity.pk


def test_copy_pipeline_keeps_pre_post_pairs_inside_the_copy(activity):
    questions = list(Question.objects.filter(step__activity=activity).order_by("step__position"))
    pre, post = questions[0], questions[-1]
    post.pre_question = pre
    post.save()
    target = factories.activity(of=activity.provider)
    copy_pipeline(source=activity, target=target, actor=None)
    copied = Question.objects.get(step__activity=target, text=post.text, pre_question__isnull=False)
    assert copied.pre_question is not None
    assert copied.pre_question.step.activity_id == target.pk
    assert copied.pre_question.text == pre.text
    assert copied.origin is None


def test_copy_pipeline_refuses_a_target_with_steps(activity):
    with pytest.raises(ValidationFailed):
        copy_pipeline(source=activity, target=activity, actor=None)


# --- revisions: editing the steps of an activity that has learners ------------------------------


def _titles(steps):
    return [s.title for s in steps]


def test_an_edit_with_learners_makes_a_new_revision_and_learners_in_flight_keep_theirs(activity):
    from opencme.learning import services
    from opencme.learning.authoring import learners_by_revision
    from opencme.learning.authoring_steps import add_step, update_step
    from opencme.learning.selectors import enrollment_steps, steps_for_activity

    staff = factories.user()
    before = _titles(steps_for_activity(activity.pk))
    first = journey_data.learner()
    in_flight = services.enroll_learner(activity=activity, learner=first)
    shown = steps_for_activity(activity.pk)
    changed = update_step(step=shown[0], changes={"title": "Watch the talk (2027)"}, actor=staff)
    assert changed.pk != shown[0].pk
    assert changed.revision == 2
    add_step(activity=activity, kind="survey", title="One more survey", actor=staff)

    # the learner in flight keeps revision 1, in whole
    assert _titles(v.step for v in enrollment_steps(in_flight)) == before
    # a new learner takes revision 2
    second = services.enroll_learner(activity=activity, learner=journey_data.learner())
    assert second.revision == 2
    newer = _titles(v.step for v in enrollment_steps(second))
    assert newer == ["Watch the talk (2027)", *before[1:], "One more survey"]
    assert learners_by_revision(activity) == {1: 1, 2: 1}
    assert AuditEvent.objects.filter(action="learning.pipeline.revised").count() == 1

    # the learner in flight completes revision 1's steps
    journey_data.walk(in_flight, first)
    progress = in_flight.progress.filter(completed_at__isnull=False)
    assert {p.step.revision for p in progress} == {1}

    # questions of the copy name the question they were copied from
    copied = Question.objects.filter(step__activity=activity, step__revision=2)
    assert copied.exists()
    assert all(q.origin is not None and q.origin.step.revision == 1 for q in copied)


def test_an_activity_without_learners_is_edited_in_place(activity):
    from opencme.learning.authoring_steps import update_step
    from opencme.learning.selectors import steps_for_activity

    step = steps_for_activity(activity.pk)[0]
    changed = update_step(step=step, changes={"title": "Renamed"}, actor=None)
    assert changed.pk == step.pk
    assert changed.revision == 1
    assert not AuditEvent.objects.filter(action="learning.pipeline.revised").exists()


def test_copy_pipeline_copies_the_newest_revision(activity):
    from opencme.learning import services
    from opencme.learning.authoring_steps import update_step
    from opencme.learning.selectors import steps_for_activity

    services.enroll_learner(activity=activity, learner=journey_data.learner())
    update_step(step=steps_for_activity(activity.pk)[0], changes={"title": "New"}, actor=None)
    target = factories.activity(of=activity.provider)
    made = copy_pipeline(source=activity, target=target, actor=None)
    assert made[0].title == "New"
    assert all(s.revision == 1 for s in made)
    assert len(made) == len(steps_for_activity(activity.pk))
