"""The pipeline (step) admin through Django's test client with real users and the real database.

Staff of provider A build A's pipelines and cannot see, change, delete or create steps of
provider B's activities, even by forging ids; prerequisites stay inside one activity without a
cycle; every create, change and delete writes an audit event.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from opencme.activities.models import Activity
from opencme.activities.tests.test_admin import form_data, form_errors
from opencme.core.models import AuditEvent
from opencme.learning import services
from opencme.learning.admin_forms import cycle_through
from opencme.learning.models import Answer, Question, Step, StepKind
from tests import factories
from tests.journey_data import learner

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:learning_step_changelist")
ADD = reverse("admin:learning_step_add")

PIPELINE: list[dict[str, Any]] = [
    {
        "kind": StepKind.REFLECTION,
        "title": "Pre-reflection",
        "questions": [{"type": "text", "text": "What do you do today?"}],
    },
    {
        "kind": StepKind.CONTENT,
        "title": "Recorded talk",
        "content_kind": "video",
        "content_url": "https://example.org/talk",
    },
    {
        "kind": StepKind.SURVEY,
        "title": "Survey",
        "questions": [{"type": "single", "text": "Opioids are:", "choices": ["First", "Not"]}],
    },
    {"kind": StepKind.EVALUATION, "title": "Evaluation", "questions": []},
]


def change_url(step: Step) -> str:
    return reverse("admin:learning_step_change", args=[step.pk])


def staff_client(provider) -> tuple[Any, Client]:
    """A staff member of ``provider`` (no password: Argon2 is slow) and a client signed in."""
    member = factories.user(password=None)  # type: ignore[arg-type]
    factories.membership(of=provider, member=member)
    client = Client()
    client.force_login(member)
    return member, client


def steps_titled(activity: Activity) -> dict[str, Step]:
    return {s.title: s for s in Step.objects.filter(activity=activity)}


def add_data(activity: Activity, **fields: Any) -> dict[str, Any]:
    """An add-form POST for a step of ``activity`` with no questions, ``fields`` on top."""
    data: dict[str, Any] = {
        "activity": str(activity.pk),
        "position": "1",
        "kind": StepKind.SURVEY,
        "title": "A new step",
        "instructions": "",
        "questions-TOTAL_FORMS": "0",
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
    }
    data.update(fields)
    return data


@pytest.fixture
def staff_a(provider_a):
    return staff_client(provider_a)[0]


@pytest.fixture
def client_a(staff_a) -> Client:
    client = Client()
    client.force_login(staff_a)
    return client


@pytest.fixture
def activity_a(provider_a) -> Activity:
    activity = factories.activity(of=provider_a, title="Alpha activity of provider A")
    services.create_pipeline(activity=activity, steps=PIPELINE, actor=None)
    return activity


@pytest.fixture
def activity_b(provider_b) -> Activity:
    activity = factories.activity(of=provider_b, title="Bravo activity of provider B")
    steps = [{**spec, "title": f"Bravo {spec['title']}"} for spec in PIPELINE]
    services.create_pipeline(activity=activity, steps=steps, actor=None)
    return activity


@pytest.fixture
def step_b(activity_b) -> Step:
    return steps_titled(activity_b)["Bravo Survey"]


# --- who sees what -------------------------------------------------------------------------------


def test_step_admin_changelist_lists_only_own_providers_steps(client_a, activity_a, activity_b):
    response = client_a.get(CHANGELIST)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Recorded talk" in body
    assert activity_a.title in body
    assert "Bravo" not in body  # neither B's steps nor B's activity in the filters
    assert "Provider B" not in body
    shown = [step.title for step in response.context["cl"].result_list]
    assert shown == ["Pre-reflection", "Recorded talk", "Survey", "Evaluation"]  # by position


def test_step_admin_changelist_search_and_filters_do_not_reach_other_provider(
    client_a, activity_a, activity_b
):
    for query in (
        {"q": "Bravo"},
        {"activity": str(activity_b.pk)},
        {"provider": str(activity_b.provider_id)},
    ):
        response = client_a.get(CHANGELIST, query)
        assert "Bravo Survey" not in response.content.decode(), query


def test_step_admin_changelist_filters_one_activitys_pipeline(client_a, activity_a, provider_a):
    other = factories.activity(of=provider_a, title="Another activity of A")
    services.create_pipeline(
        activity=other, steps=[{"kind": "survey", "title": "Other survey"}], actor=None
    )
    response = client_a.get(CHANGELIST, {"activity": str(other.pk)})
    assert [s.title for s in response.context["cl"].result_list] == ["Other survey"]


@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_step_admin_other_providers_step_pages_refused(client_a, step_b, view):
    response = client_a.get(reverse(f"admin:learning_step_{view}", args=[step_b.pk]))
    assert response.status_code in (302, 403, 404)
    assert "Bravo Survey" not in response.content.decode()


def test_step_admin_post_edit_of_other_providers_step_refused(client_a, activity_a, step_b):
    data = form_data(client_a.get(change_url(steps_titled(activity_a)["Survey"])))
    data["title"] = "Hijacked"
    data["questions-0-text"] = "Hijacked question"
    events_before = AuditEvent.objects.count()

    response = client_a.post(change_url(step_b), data)

    assert response.status_code in (302, 403, 404)
    step_b.refresh_from_db()
    assert step_b.title == "Bravo Survey"
    assert step_b.questions.get().text == "Opioids are:"
    assert AuditEvent.objects.count() == events_before


def test_step_admin_post_delete_of_other_providers_step_refused(client_a, step_b):
    url = reverse("admin:learning_step_delete", args=[step_b.pk])
    response = client_a.post(url, {"post": "yes"})
    assert response.status_code in (302, 403, 404)
    assert Step.objects.filter(pk=step_b.pk).exists()
    response = client_a.post(
        CHANGELIST,
        {"action": "delete_selected", "_selected_action": [str(step_b.pk)], "post": "yes"},
    )
    assert Step.objects.filter(pk=step_b.pk).exists()
    assert not AuditEvent.objects.filter(action="learning.step.deleted").exists()


def test_step_admin_add_for_other_providers_activity_refused(client_a, activity_a, activity_b):
    page = client_a.get(ADD)
    offered = list(page.context["adminform"].form.fields["activity"].queryset)
    assert offered == [activity_a]

    response = client_a.post(ADD, add_data(activity_b, title="Planted in B"))

    assert response.status_code == 200  # the form again, with the error
    assert "activity" in response.context["adminform"].form.errors
    assert not Step.objects.filter(title="Planted in B").exists()
    assert not AuditEvent.objects.filter(action="learning.step.created").exists()


def test_step_admin_forged_question_id_of_other_provider_leaves_it_alone(
    client_a, activity_a, step_b
):
    survey = steps_titled(activity_a)["Survey"]
    data = form_data(client_a.get(change_url(survey)))
    bravo_question = step_b.questions.get()
    data["questions-0-id"] = str(bravo_question.pk)
    data["questions-0-text"] = "Rewritten through A's form"

    client_a.post(change_url(survey), data)

    bravo_question.refresh_from_db()
    assert bravo_question.text == "Opioids are:"
    assert bravo_question.step_id == step_b.pk


def test_step_admin_staff_without_membership_sees_nothing(activity_a):
    outsider = factories.user(email="outsider@example.org", password=None, is_staff=True)  # type: ignore[arg-type]
    client = Client()
    client.force_login(outsider)
    assert client.get(CHANGELIST).status_code == 403
    step = steps_titled(activity_a)["Survey"]
    assert client.get(change_url(step)).status_code in (302, 403, 404)
    assert CHANGELIST not in client.get(reverse("admin:index")).content.decode()


def test_step_admin_site_administrator_sees_all(activity_a, step_b):
    client = Client()
    client.force_login(factories.superuser(password=None))  # type: ignore[arg-type]
    body = client.get(CHANGELIST).content.decode()
    assert "Recorded talk" in body
    assert "Bravo Survey" in body
    assert client.get(change_url(step_b)).status_code == 200


# --- creating and changing, audited --------------------------------------------------------------


def test_step_admin_add_step_with_question_writes_audit_event(client_a, staff_a, activity_a):
    survey = steps_titled(activity_a)["Survey"]
    data = add_data(
        activity_a,
        position="5",
        kind=StepKind.QUIZ,
        title="Knowledge check",
        pass_mark="80",
        attempts_allowed="2",
        prerequisites=[str(survey.pk)],
    )
    data.update(
        {
            "questions-TOTAL_FORMS": "1",
            "questions-0-position": "1",
            "questions-0-type": "single",
            "questions-0-text": "Opioids for low back pain are:",
            "questions-0-choices": "First-line\r\nNot first-line\r\n\r\n",
            "questions-0-correct": "Not first-line",
            "questions-0-required": "on",
        }
    )

    response = client_a.post(ADD, data)

    assert response.status_code == 302, form_errors(response)
    step = Step.objects.get(title="Knowledge check")
    assert (step.activity, step.kind, step.pass_mark, step.attempts_allowed) == (
        activity_a,
        "quiz",
        80,
        2,
    )
    assert list(step.prerequisites.all()) == [survey]
    question = step.questions.get()
    assert (question.choices, question.correct) == (
        ["First-line", "Not first-line"],
        ["Not first-line"],
    )
    event = AuditEvent.objects.get(action="learning.step.created", object_id=str(step.pk))
    assert event.actor == staff_a
    after = event.after or {}
    assert after["title"] == "Knowledge check"
    assert after["prerequisites"] == [survey.pk]
    assert after["questions"][0]["correct"] == ["Not first-line"]


def test_step_admin_change_writes_updated_event_with_before_and_after(
    client_a, staff_a, activity_a
):
    survey = steps_titled(activity_a)["Survey"]
    data = form_data(client_a.get(change_url(survey)))
    data["title"] = "Practice survey"
    data["questions-0-choices"] = "First\nNot\nNever"

    response = client_a.post(change_url(survey), data)

    assert response.status_code == 302, form_errors(response)
    event = AuditEvent.objects.get(action="learning.step.updated")
    assert event.actor == staff_a
    assert (event.before or {})["title"] == "Survey"
    assert (event.after or {})["title"] == "Practice survey"
    assert (event.after or {})["questions"][0]["choices"] == ["First", "Not", "Never"]
    assert "kind" not in (event.after or {})  # only what changed


def test_step_admin_save_without_changes_writes_no_event(client_a, activity_a):
    survey = steps_titled(activity_a)["Survey"]
    response = client_a.post(change_url(survey), form_data(client_a.get(change_url(survey))))
    assert response.status_code == 302, form_errors(response)
    assert not AuditEvent.objects.filter(action="learning.step.updated").exists()


def test_step_admin_activity_cannot_be_moved(client_a, activity_a, provider_a):
    survey = steps_titled(activity_a)["Survey"]
    other = factories.activity(of=provider_a, title="Another activity of A")
    data = form_data(client_a.get(change_url(survey)))
    assert "activity" not in data  # shown, not editable
    data["activity"] = str(other.pk)
    client_a.post(change_url(survey), data)
    survey.refresh_from_db()
    assert survey.activity == activity_a


def test_step_admin_delete_is_audited_and_keeps_who_waited(client_a, staff_a, activity_a):
    steps = steps_titled(activity_a)
    url = reverse("admin:learning_step_delete", args=[steps["Recorded talk"].pk])
    assert client_a.post(url, {"post": "yes"}).status_code == 302
    assert not Step.objects.filter(pk=steps["Recorded talk"].pk).exists()
    event = AuditEvent.objects.get(action="learning.step.deleted")
    assert event.actor == staff_a
    assert (event.before or {})["title"] == "Recorded talk"
    assert (event.before or {})["unlocks"] == [steps["Survey"].pk]


def test_step_admin_step_learners_started_cannot_be_deleted(client_a, provider_a):
    activity = factories.activity(of=provider_a, title="Published with learners", publish=True)
    services.create_pipeline(activity=activity, steps=PIPELINE, actor=None)
    user = learner()
    enrollment = services.enroll_learner(activity=activity, learner=user)
    first = steps_titled(activity)["Pre-reflection"]
    question = first.questions.get()
    services.complete_step(
        enrollment=enrollment, step_id=first.pk, actor=user, answers={str(question.pk): "Ask"}
    )

    page = client_a.get(change_url(first))
    assert "1 learner(s) have started this step" in page.content.decode()
    url = reverse("admin:learning_step_delete", args=[first.pk])
    assert client_a.post(url, {"post": "yes"}).status_code == 403

    data = form_data(page)
    data["questions-0-DELETE"] = "on"
    response = client_a.post(change_url(first), data)
    assert response.status_code == 200
    (inline,) = response.context["inline_admin_formsets"]
    assert "has learners' answers and cannot be deleted" in " ".join(
        inline.formset.non_form_errors()
    )
    assert Answer.objects.filter(question=question).exists()


# --- what the form refuses -----------------------------------------------------------------------


def test_step_admin_prerequisite_of_another_activity_is_refused_naming_the_field(
    client_a, activity_a, provider_a
):
    other = factories.activity(of=provider_a, title="Another activity of A")
    services.create_pipeline(
        activity=other, steps=[{"kind": "survey", "title": "Other survey"}], actor=None
    )
    foreign = steps_titled(other)["Other survey"]
    survey = steps_titled(activity_a)["Survey"]

    # On a new step: the activity chosen is A's first activity.
    response = client_a.post(ADD, add_data(activity_a, prerequisites=[str(foreign.pk)]))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["prerequisites"]
    assert "“1. Other survey” is a step of “Another activity of A”, another activity" in str(
        errors["prerequisites"]
    )

    # On an existing step.
    data = form_data(client_a.get(change_url(survey)))
    data["prerequisites"] = [str(foreign.pk)]
    response = client_a.post(change_url(survey), data)
    assert response.status_code == 200
    assert "another activity" in str(response.context["adminform"].form.errors["prerequisites"])
    assert list(survey.prerequisites.all()) == [steps_titled(activity_a)["Recorded talk"]]


def test_step_admin_prerequisite_of_other_provider_is_refused(client_a, activity_a, step_b):
    response = client_a.post(ADD, add_data(activity_a, prerequisites=[str(step_b.pk)]))
    assert response.status_code == 200
    message = str(response.context["adminform"].form.errors["prerequisites"])
    assert f"No step you may edit has the id {step_b.pk}" in message
    assert "Bravo" not in message


def test_step_admin_step_cannot_be_its_own_prerequisite(client_a, activity_a):
    survey = steps_titled(activity_a)["Survey"]
    data = form_data(client_a.get(change_url(survey)))
    data["prerequisites"] = [str(survey.pk)]
    response = client_a.post(change_url(survey), data)
    assert response.status_code == 200
    assert "A step cannot be its own prerequisite." in str(
        response.context["adminform"].form.errors["prerequisites"]
    )


def test_step_admin_prerequisite_cycle_is_refused(client_a, activity_a):
    steps = steps_titled(activity_a)  # each waits for the one before
    data = form_data(client_a.get(change_url(steps["Recorded talk"])))
    data["prerequisites"] = [str(steps["Survey"].pk)]
    response = client_a.post(change_url(steps["Recorded talk"]), data)
    assert response.status_code == 200
    message = str(response.context["adminform"].form.errors["prerequisites"])
    assert "“Survey” already waits for this step (“Survey” → this step)" in message
    assert list(steps["Recorded talk"].prerequisites.all()) == [steps["Pre-reflection"]]


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"kind": "content"}, "content_url", "A content step needs the address"),
        ({"kind": "quiz", "pass_mark": "120"}, "pass_mark", "at most 100"),
        ({"kind": "quiz"}, "pass_mark", "A quiz needs a pass mark"),
        ({"kind": "follow_up"}, "delay_days", "A follow-up needs the number of days"),
        ({"kind": "survey", "delay_days": "90"}, "delay_days", "Only a follow-up survey step"),
    ],
)
def test_step_admin_kind_fields_are_checked(client_a, activity_a, fields, field, message):
    response = client_a.post(ADD, add_data(activity_a, **fields))
    assert response.status_code == 200
    assert message in str(response.context["adminform"].form.errors[field])


@pytest.mark.parametrize(
    ("question", "field", "message"),
    [
        ({"type": "single", "choices": "Only one"}, "choices", "at least two choices"),
        ({"type": "single", "choices": "A\nB", "correct": "C"}, "correct", "“C” is not one"),
        ({"type": "scale", "choices": "A\nB"}, "choices", "has no choices"),
    ],
)
def test_step_admin_question_choices_are_checked(client_a, activity_a, question, field, message):
    data = add_data(activity_a, kind="quiz", pass_mark="50")
    data["questions-TOTAL_FORMS"] = "1"
    data.update({f"questions-0-{k}": v for k, v in {"text": "Q?", **question}.items()})
    response = client_a.post(ADD, data)
    assert response.status_code == 200
    (inline,) = response.context["inline_admin_formsets"]
    assert message in str(inline.formset.forms[0].errors[field])
    assert not Step.objects.filter(title="A new step").exists()


def test_cycle_through_finds_the_chain_back_to_the_step():
    waits_for = {2: [1], 3: [2], 4: [3]}
    assert cycle_through(2, [4], waits_for) == [4, 3, 2]
    assert cycle_through(2, [1], waits_for) is None
    assert cycle_through(1, [1], {}) == [1]


# --- what staff see ------------------------------------------------------------------------------


def test_step_admin_add_link_from_activity_page_prefills_the_next_step(client_a, activity_a):
    page = client_a.get(reverse("admin:activities_activity_change", args=[activity_a.pk]))
    body = page.content.decode()
    add_link = f"{ADD}?activity={activity_a.pk}"
    assert f'href="{add_link}"' in body
    assert f'href="{CHANGELIST}?activity={activity_a.pk}"' in body

    form = client_a.get(add_link).context["adminform"].form
    evaluation = steps_titled(activity_a)["Evaluation"]
    assert form.initial["activity"] == str(activity_a.pk)
    assert form.initial["position"] == evaluation.position + 1
    assert form.initial["prerequisites"] == [str(evaluation.pk)]
    offered = [str(label) for _, label in form.fields["prerequisites"].choices]
    assert offered == [
        "1. Pre-reflection (Reflection)",
        "2. Recorded talk (Content)",
        "3. Survey (Survey)",
        "4. Evaluation (Evaluation)",
    ]


def test_step_admin_change_form_offers_only_the_activitys_other_steps(client_a, activity_a):
    survey = steps_titled(activity_a)["Survey"]
    page = client_a.get(change_url(survey))
    body = page.content.decode()
    offered = list(page.context["adminform"].form.fields["prerequisites"].queryset)
    assert survey not in offered
    assert {s.activity_id for s in offered} == {activity_a.pk}
    for text in ("Pass mark (%)", "Days after completion", "Content steps only", "One choice per"):
        assert text in body
    assert Question.objects.filter(step=survey).count() == 1
