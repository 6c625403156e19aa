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
