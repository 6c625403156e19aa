"""The pipeline kept per process is never older than what the database says."""

from __future__ import annotations

import pytest

from opencme.learning import pipelines
from opencme.learning.models import Question, Step
from opencme.learning.selectors import steps_for_activity
from tests import journey_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity():
    return journey_data.seed_000_rerelease()


def test_pipeline_is_read_once_while_unchanged(activity, django_assert_num_queries):
    steps_for_activity(activity.pk)
    with django_assert_num_queries(1):  # the revision only
        again = steps_for_activity(activity.pk)
    assert [s.pk for s in again] == list(
        Step.objects.filter(activity=activity)
        .order_by("position", "id")
        .values_list("pk", flat=True)
    )


def test_pipeline_follows_step_question_and_prerequisite_changes(activity):
    first = steps_for_activity(activity.pk)[0]
    step = Step.objects.get(pk=first.pk)
    step.title = "Watch the recorded presentation again"
    step.save()
    assert steps_for_activity(activity.pk)[0].title == "Watch the recorded presentation again"

    question = Question.objects.filter(step__activity=activity).first()
    assert question is not None
    question.text = "What will you change?"
    question.save()
    kept = {q.pk: q.text for s in steps_for_activity(activity.pk) for q in s.questions.all()}
    assert kept[question.pk] == "What will you change?"

    last = Step.objects.filter(activity=activity).order_by("-position").first()
    assert last is not None
    last.prerequisites.clear()
    kept_last = next(s for s in steps_for_activity(activity.pk) if s.pk == last.pk)
    assert list(kept_last.prerequisites.all()) == []

    Step.objects.filter(pk=last.pk).delete()
    assert last.pk not in {s.pk for s in steps_for_activity(activity.pk)}


def test_pipeline_bump_covers_bulk_writes(activity):
    steps = steps_for_activity(activity.pk)
    Question.objects.bulk_create([Question(step_id=steps[0].pk, type="text", text="Bulk")])
    assert "Bulk" not in {q.text for q in steps_for_activity(activity.pk)[0].questions.all()}
    pipelines.bump(activity.pk)  # what services do after a bulk write
    assert "Bulk" in {q.text for q in steps_for_activity(activity.pk)[0].questions.all()}
