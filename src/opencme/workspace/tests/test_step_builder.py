"""The step and question builder: steps added, moved and removed without JavaScript, what
unlocks each said in sentences, questions of every kind with their checks, pre/post pairs,
uploads checked by their first bytes, problems beside the field, audit events, access."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from opencme.core.errors import ValidationFailed
from opencme.core.models import AuditEvent
from opencme.learning import authoring_questions
from opencme.learning import services as learning
from opencme.learning.models import Question, Step
from tests import factories, journey_data

pytestmark = pytest.mark.django_db
MEDIA = Path(__file__).resolve().parents[2] / "web" / "demo" / "media"


@pytest.fixture
def world():
    provider = factories.provider(name="Lakeside CME")
    staff = factories.staff(of=provider)
    activity = factories.activity(of=provider, title="Low back pain update")
    return provider, staff, activity


def url(name, provider, activity, **more):
    return reverse(
        f"workspace:{name}", kwargs={"slug": provider.slug, "activity_id": activity.pk, **more}
    )


def add(client, provider, activity, kind, title):
    response = client.post(
        url("activity_steps", provider, activity), {"kind": kind, "title": title}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Step.objects.filter(activity=activity, title=title).latest("pk")


def titles(activity):
    return list(
        Step.objects.filter(activity=activity)
        .order_by("position", "id")
        .values_list("title", flat=True)
    )


def test_add_move_and_remove_steps_without_javascript(client, world):
    provider, staff, activity = world
    client.force_login(staff)
    add(client, provider, activity, "content", "Watch the talk")
    quiz = add(client, provider, activity, "quiz", "Quiz")
    survey = add(client, provider, activity, "survey", "Survey")
    assert titles(activity) == ["Watch the talk", "Quiz", "Survey"]
    assert quiz.pass_mark == 70  # a quiz starts with a pass mark

    client.post(
        url("activity_step_move", provider, activity, step_id=survey.pk), {"direction": "up"}
    )
    assert titles(activity) == ["Watch the talk", "Survey", "Quiz"]
    client.post(
        url("activity_step_move", provider, activity, step_id=quiz.pk), {"direction": "down"}
    )
    assert titles(activity) == ["Watch the talk", "Survey", "Quiz"]  # already last

    confirm = client.get(url("activity_step_remove", provider, activity, step_id=quiz.pk))
    assert confirm.status_code == 200
    assert b"Remove the step" in confirm.content
    assert titles(activity) == ["Watch the talk", "Survey", "Quiz"]  # a GET removes nothing
    client.post(url("activity_step_remove", provider, activity, step_id=quiz.pk))
    assert titles(activity) == ["Watch the talk", "Survey"]
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"learning.step.added", "learning.step.moved", "learning.step.removed"} <= actions
    event = AuditEvent.objects.get(action="learning.step.removed")
    assert event.actor_id == staff.pk
    assert event.before is not None
    assert event.before["title"] == "Quiz"


def test_prerequisites_read_as_sentences_and_cycles_are_refused(client, world):
    provider, staff, activity = world
    client.force_login(staff)
    quiz = add(client, provider, activity, "quiz", "Quiz")
    survey = add(client, provider, activity, "survey", "Survey")
    evaluation = add(client, provider, activity, "evaluation", "Evaluation")
    claim = add(client, provider, activity, "claim", "Claim credit")
    page = client.get(url("activity_steps", provider, activity)).content.decode()
    assert "Survey unlocks Evaluation." in page
    assert "Quiz is open from the start." in page
    assert "Revision 1 (current): no learners yet." in page

    prereq = url("activity_step_prerequisites", provider, activity, step_id=claim.pk)
    response = client.post(prereq, {"prerequisites": [quiz.pk, survey.pk]})
    assert response.status_code == 302
    page = client.get(url("activity_steps", provider, activity)).content.decode()
    assert "Quiz and Survey unlock Claim credit." in page

    # Quiz waiting for Evaluation closes a cycle (Evaluation waits for Survey, Survey for Quiz)
    response = client.post(
        url("activity_step_prerequisites", provider, activity, step_id=quiz.pk),
        {"prerequisites": [evaluation.pk]},
    )
    assert response.status_code == 422
    body = response.content.decode()
    assert 'id="field-prerequisites_error"' in body
    assert "lock both for ever" in body
    assert list(Step.objects.get(pk=quiz.pk).prerequisites.all()) == []

    response = client.post(prereq, {})  # a claim step waiting for nothing
    assert response.status_code == 422
    assert "Claim credit must wait for at least one step" in response.content.decode()
    assert Step.objects.get(pk=claim.pk).prerequisites.count() == 2


def test_quiz_pass_mark_and_follow_up_days_with_bad_input_beside_the_field(client, world):
    provider, staff, activity = world
    client.force_login(staff)
    quiz = add(client, provider, activity, "quiz", "Quiz")
    page = url("activity_step", provider, activity, step_id=quiz.pk)
    response = client.post(page, {"title": "Quiz", "pass_mark": "140", "attempts_allowed": "0"})
    assert response.status_code == 422
    body = response.content.decode()
    assert 'id="field-pass_mark_error"' in body
    assert 'id="field-attempts_allowed_error"' in body
    assert client.post(page, {"title": "Knowledge check", "pass_mark": "80"}).status_code == 302
    saved = Step.objects.get(pk=quiz.pk)
    assert (saved.title, saved.pass_mark, saved.attempts_allowed) == ("Knowledge check", 80, None)

    follow = add(client, provider, activity, "follow_up", "Ninety days on")
    response = client.post(
        url("activity_step", provider, activity, step_id=follow.pk),
        {"title": "Ninety days on", "delay_days": "0"},
    )
    assert response.status_code == 422
    assert 'id="field-delay_days_error"' in response.content.decode()
    response = client.post(
        url("activity_step", provider, activity, step_id=follow.pk),
        {"title": "Ninety days on", "delay_days": "90"},
    )
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="learning.step.changed", object_id=str(quiz.pk))
    assert event.actor_id == staff.pk
    assert event.before == {"title": "Quiz", "pass_mark": 70}
    assert event.after == {"title": "Knowledge check", "pass_mark": 80}


def test_question_kinds_correct_answers_checked_against_the_choices(client, world):
    provider, staff, activity = world
    client.force_login(staff)
    quiz = add(client, provider, activity, "quiz", "Quiz")
    new = url("activity_step_question_new", provider, activity, step_id=quiz.pk)
    response = client.post(
        new,
        {
            "type": "single",
            "text": "First-line care?",
            "choices": "Rest\nExercise",
            "correct": "Surgery",
            "required": "on",
        },
    )
    assert response.status_code == 422
    assert 'id="field-correct_error"' in response.content.decode()
    assert "“Surgery” is not one of the choices" in response.content.decode()
    response = client.post(
        new,
        {
            "type": "single",
            "text": "First-line care?",
            "choices": "Rest\nExercise",
            "required": "on",
        },
    )
    assert response.status_code == 422  # a quiz question needs its correct answer
    response = client.post(
        new,
        {
            "type": "multiple",
            "text": "Red flags?",
            "choices": "Fever\nWeight loss\nAge 30",
            "correct": "Fever\nWeight loss",
            "required": "on",
        },
    )
    assert response.status_code == 302
    made = Question.objects.get(step=quiz)
    assert (made.type, made.choices, made.correct, made.required) == (
        "multiple",
        ["Fever", "Weight loss", "Age 30"],
        ["Fever", "Weight loss"],
        True,
    )

    survey = add(client, provider, activity, "survey", "Survey")
    new = url("activity_step_question_new", provider, activity, step_id=survey.pk)
    assert client.post(new, {"type": "scale", "text": "How useful?"}).status_code == 302
    assert client.post(new, {"type": "text", "text": "What will you change?"}).status_code == 302
    response = client.post(new, {"type": "scale", "text": "Rate", "choices": "A\nB"})
    assert response.status_code == 422
    assert 'id="field-choices_error"' in response.content.decode()
    kinds = list(Question.objects.filter(step=survey).values_list("type", "required"))
    assert kinds == [("scale", False), ("text", False)]
    assert AuditEvent.objects.filter(action="learning.question.added").count() == 3

    question = Question.objects.filter(step=survey).order_by("position").first()
    assert question is not None
    edit = url(
        "activity_step_question", provider, activity, step_id=survey.pk, question_id=question.pk
    )
    assert (
        client.post(
            edit, {"type": "scale", "text": "How useful was it?", "required": "on"}
        ).status_code
        == 302
    )
    question.refresh_from_db()
    assert question.text == "How useful was it?"
    assert question.required


def test_a_post_test_question_pairs_with_a_pre_test_question(client, world):
    provider, staff, activity = world
    client.force_login(staff)
    pre = add(client, provider, activity, "reflection", "Before")
    post = add(client, provider, activity, "evaluation", "After")
    client.post(
        url("activity_step_question_new", provider, activity, step_id=pre.pk),
        {"type": "scale", "text": "How confident are you?", "required": "on"},
    )
    asked = Question.objects.get(step=pre)
    response = client.post(
        url("activity_step_question_new", provider, activity, step_id=post.pk),
        {"type": "scale", "text": "How confident are you now?", "pre_question": asked.pk},
    )
    assert response.status_code == 302
    paired = Question.objects.get(step=post)
    assert paired.pre_question_id == asked.pk
    page = client.get(url("activity_step", provider, activity, step_id=post.pk)).content.decode()
    assert "Pairs with: How confident are you?" in page
    # the pre-test step is not offered a pair, and the service refuses a later question
    form = client.get(url("activity_step_question_new", provider, activity, step_id=pre.pk))
    assert 'name="pre_question"' not in form.content.decode()
    with pytest.raises(ValidationFailed):
        authoring_questions.add_question(
            step=pre, values={"type": "scale", "text": "x", "pre_question": paired.pk}, actor=staff
        )


def test_uploads_are_checked_by_their_first_bytes(client, world):
    provider, staff, activity = world
    client.force_login(staff)
    content = add(client, provider, activity, "content", "Watch the talk")
    page = url("activity_step", provider, activity, step_id=content.pk)
    video = (MEDIA / "lbp-demo-clip.webm").read_bytes()
    captions = (MEDIA / "lbp-demo-clip.vtt").read_bytes()
    response = client.post(
        page,
        {
            "title": "Watch the talk",
            "content_kind": "video",
            "content_file": SimpleUploadedFile("talk.webm", b"<html>not a video</html>"),
            "captions_file": SimpleUploadedFile("talk.vtt", b"1\n00:00.000 --> 00:01.000\nHi"),
        },
    )
    assert response.status_code == 422
    body = response.content.decode()
    assert 'id="field-content_file_error"' in body
    assert "not a WebM or MP4 video" in body
    assert 'id="field-captions_file_error"' in body
    assert "WEBVTT" in body
    response = client.post(
        page,
        {
            "title": "Watch the talk",
            "content_kind": "document",
            "content_file": SimpleUploadedFile("talk.pdf", video),
        },
    )
    assert response.status_code == 422
    assert "not a PDF document" in response.content.decode()

    response = client.post(
        page,
        {
            "title": "Watch the talk",
            "content_kind": "video",
            "content_file": SimpleUploadedFile("talk.webm", video, content_type="video/webm"),
            "captions_file": SimpleUploadedFile("talk.vtt", captions, content_type="text/vtt"),
            "content_seconds": "12",
            "min_watched_percent": "90",
            "min_minutes": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    saved = Step.objects.get(pk=content.pk)
    assert str(saved.content_file.name).endswith(".webm")
    assert str(saved.captions_file.name).endswith(".vtt")
    assert saved.content_file.read() == video
    assert saved.min_watched_percent == 90
    # saved again without a file: the upload stays
    client.post(
        page,
        {
            "title": "Watch it",
            "content_kind": "video",
            "content_seconds": "12",
            "min_watched_percent": "80",
        },
    )
    again = Step.objects.get(pk=content.pk)
    assert again.content_file.name == saved.content_file.name
    assert again.min_watched_percent == 80

    pdf = add(client, provider, activity, "content", "Read the guideline")
    response = client.post(
        url("activity_step", provider, activity, step_id=pdf.pk),
        {
            "title": "Read the guideline",
            "content_kind": "document",
            "min_minutes": "10",
            "content_file": SimpleUploadedFile("g.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n"),
        },
    )
    assert response.status_code == 302


def test_editing_steps_with_learners_makes_a_revision_and_the_page_counts_learners(client):
    activity = journey_data.seed_000_rerelease()
    provider = activity.provider
    staff = factories.staff(of=provider)
    for _ in range(2):
        learning.enroll_learner(activity=activity, learner=journey_data.learner())
    client.force_login(staff)
    first = Step.objects.filter(activity=activity).order_by("position").first()
    assert first is not None
    page = url("activity_step", provider, activity, step_id=first.pk)
    response = client.post(page, {"title": "Watch the 2027 talk", **_content_fields(first)})
    assert response.status_code == 302, response.content.decode()[:3000]
    copy = Step.objects.get(activity=activity, revision=2, position=first.position)
    assert response["Location"].endswith(f"/steps/{copy.pk}/")
    assert Step.objects.get(pk=first.pk).title != "Watch the 2027 talk"
    learning.enroll_learner(activity=activity, learner=journey_data.learner())
    body = client.get(url("activity_steps", provider, activity)).content.decode()
    assert "Revision 2 (current): 1 learner; revision 1: 2 learners in flight." in body
    # the old revision's steps are no longer edited
    assert client.get(page).status_code == 404


def _content_fields(step):
    return {
        "content_kind": step.content_kind,
        "content_url": step.content_url,
        "content_text": step.content_text,
        "content_seconds": step.content_seconds or "",
        "min_watched_percent": step.min_watched_percent or "",
        "min_minutes": step.min_minutes or "",
    }


def test_every_builder_url_refuses_anonymous_learners_and_other_providers(client, world):
    provider, staff, activity = world
    client.force_login(staff)
    step = add(client, provider, activity, "survey", "Survey")
    client.post(
        url("activity_step_question_new", provider, activity, step_id=step.pk),
        {"type": "text", "text": "Why?"},
    )
    question = Question.objects.get(step=step)
    client.logout()
    urls = [
        url("activity_steps", provider, activity),
        url("activity_step", provider, activity, step_id=step.pk),
        url("activity_step_move", provider, activity, step_id=step.pk),
        url("activity_step_remove", provider, activity, step_id=step.pk),
        url("activity_step_prerequisites", provider, activity, step_id=step.pk),
        url("activity_step_question_new", provider, activity, step_id=step.pk),
        url("activity_step_question", provider, activity, step_id=step.pk, question_id=question.pk),
        url(
            "activity_step_question_move",
            provider,
            activity,
            step_id=step.pk,
            question_id=question.pk,
        ),
        url(
            "activity_step_question_remove",
            provider,
            activity,
            step_id=step.pk,
            question_id=question.pk,
        ),
    ]
    for each in urls:
        for method in (client.get, client.post):
            response = method(each)
            assert response.status_code == 302, each
            assert response["Location"].startswith(reverse("accounts:sign_in")), each
    client.force_login(factories.user())
    for each in urls:
        assert client.get(each).status_code == 404, each
        assert client.post(each).status_code == 404, each
    other = factories.provider(name="Elsewhere CME")
    client.force_login(factories.staff(of=other))
    for each in urls:
        assert client.get(each).status_code == 404, each
        assert (
            client.post(each, {"title": "x", "kind": "quiz", "direction": "up"}).status_code == 404
        )
    assert Step.objects.filter(activity=activity).count() == 1
    assert Question.objects.filter(step=step).count() == 1
