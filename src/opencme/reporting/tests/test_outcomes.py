"""Outcomes of the seed 000 demo journey and of a quiz activity; pages, charts, CSV numbers."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse

from opencme.accounts.models import User
from opencme.core import clock
from opencme.ingest.loader import ALL_CONFIRMED, import_file
from opencme.learning.services import complete_step, create_pipeline, enroll_learner
from opencme.reporting.figures import activity_figures
from opencme.reporting.outcomes import activity_outcomes
from opencme.reporting.tests import data
from opencme.web.demo.journeys import ensure_demo_journeys
from opencme.web.demo.loader import LISTINGS, SEED_000, ensure_accounts
from opencme.web.demo.rerelease import ensure_rerelease
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def rerelease():
    outcome = import_file(LISTINGS / SEED_000, actor=None, confirmed=ALL_CONFIRMED)  # hand-checked
    from opencme.activities.models import Activity

    assert outcome.activity_id is not None
    activity = ensure_rerelease(
        seed=Activity.objects.get(pk=outcome.activity_id), today=clock.today()
    )
    ensure_accounts()
    ensure_demo_journeys(rerelease=activity)
    return activity


def test_seed_000_outcomes_after_the_demo_journeys(rerelease):
    o = activity_outcomes(rerelease)
    assert (o.enrollments, o.completions) == (2, 2)
    assert [(code, n) for code, n, _ in o.claims] == [("ACPE", 1), ("AMA_PRA_1", 1)]
    single = next(s for s in o.responses if s.text.startswith("For most patients"))
    assert dict(single.counts)["Not first-line treatment"] == 2
    scale = next(s for s in o.responses if s.text.startswith("The activity met"))
    assert dict(scale.counts) == {"1": 0, "2": 0, "3": 0, "4": 1, "5": 1}
    free = next(s for s in o.responses if s.text.startswith("What will you do"))
    assert "Reassess patients on opioids every three months." in free.texts
    assert o.knowledge == []  # the seed's pipeline has no quiz
    assert o.follow_ups_due == 0
    assert o.follow_ups_answered == 0


def test_demo_journeys_run_twice_change_nothing(rerelease):
    again = ensure_demo_journeys(rerelease=rerelease)
    assert len(again) == 2
    assert rerelease.claims.count() == 2


def test_outcomes_page_draws_svg_and_escapes_free_text(client, rerelease):
    pharmacist = User.objects.get(email="pharmacist@example.org")
    step = rerelease.steps.get(kind="evaluation")
    # Free text from a learner is shown as text, never as markup.
    from opencme.learning.models import Answer

    question = step.questions.get(type="text")
    Answer.objects.filter(question=question, enrollment__learner=pharmacist).update(
        value="<script>alert(1)</script>"
    )
    staff = User.objects.get(email="staff@example.org")
    client.force_login(staff)
    url = reverse("reporting:activity_outcomes", args=[rerelease.provider.slug, rerelease.pk])
    page = client.get(url).content.decode()
    assert page.count("<svg") >= 4
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "no quiz" in page
    # Credit types by name in the table and the chart; codes only in the CSV's own column.
    assert '<td data-label="Credit type">AMA PRA Category 1 Credit™</td>' in page
    assert '<span class="bars__label">AMA PRA Category 1 Credit™</span>' in page
    assert "AMA_PRA_1" not in page
    provider_page = client.get(reverse("reporting:outcomes", args=[rerelease.provider.slug]))
    assert rerelease.title in provider_page.content.decode()


def test_outcomes_csv_holds_the_numbers(client, rerelease):
    client.force_login(User.objects.get(email="staff@example.org"))
    url = reverse("reporting:activity_outcomes_csv", args=[rerelease.provider.slug, rerelease.pk])
    rows = list(csv.reader(io.StringIO(client.get(url).content.decode())))
    assert rows[0] == ["figure", "row", "measure", "value"]
    assert ["Participation", "Completed", "Learners", "2"] in rows
    credit = "AMA PRA Category 1 Credit™"
    assert ["Claims by credit type", credit, "Code", "AMA_PRA_1"] in rows
    assert ["Claims by credit type", credit, "Claims", "1"] in rows


def test_knowledge_change_first_against_last_quiz_attempt():
    provider = data.provider()
    activity = data.activity(
        provider, credits=[{"type": "AMA_PRA_1", "amount": 1, "unit": "credit"}], uan=[], moc=[]
    )
    create_pipeline(
        activity=activity,
        actor=None,
        steps=[
            {
                "kind": "quiz",
                "title": "Quiz",
                "pass_mark": 100,
                "questions": [
                    {
                        "type": "single",
                        "text": "Opioids for LBP are",
                        "choices": ["first-line", "not first-line"],
                        "correct": ["not first-line"],
                    },
                ],
            }
        ],
    )  # fmt: skip
    step = activity.steps.get()
    question = step.questions.get()
    for first in ("first-line", "not first-line"):
        learner = factories.user()
        enrollment = enroll_learner(activity=activity, learner=learner)
        complete_step(
            enrollment=enrollment, step_id=step.pk, actor=learner, answers={str(question.pk): first}
        )
        if first == "first-line":
            complete_step(
                enrollment=enrollment, step_id=step.pk, actor=learner,
                answers={str(question.pk): "not first-line"},
            )  # fmt: skip
    [k] = activity_outcomes(activity).knowledge
    assert (k.pre_correct, k.pre_total, k.post_correct, k.post_total) == (1, 2, 2, 2)
    assert k.change == 50
    knowledge = next(
        f for f in activity_figures(activity_outcomes(activity)) if f.key == "knowledge"
    )
    assert knowledge.rows == [
        ["Opioids for LBP are", "Opioids for LBP are", 2, 1, 2, 50.0, 100.0, 50.0]
    ]
