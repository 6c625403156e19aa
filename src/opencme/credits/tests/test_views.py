"""The enrollment and transcript pages: gating through the web, own data only, claims, CSV."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from opencme.activities.models import Activity
from opencme.credits.models import Claim
from opencme.learning.models import Answer, Enrollment, StepKind, StepProgress
from opencme.learning.services import enroll_learner
from opencme.web.demo.rerelease import watch_whole
from tests.journey_data import answers_for, learner, ready_to_claim, seed_000_rerelease, steps_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity() -> Activity:
    return seed_000_rerelease()


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def step_post(step) -> dict[str, object]:
    """The form fields a browser sends to complete ``step``."""
    data: dict[str, object] = {}
    for qid, value in answers_for(step).items():
        data[f"step{step.pk}-q{qid}"] = value
    if step.kind == StepKind.ATTESTATION:
        data[f"step{step.pk}-minutes"] = "75"
    return data


def test_enrollment_page_requires_sign_in(activity):
    enrollment = enroll_learner(activity=activity, learner=learner())
    for url in (
        f"/learn/enrollments/{enrollment.pk}/",
        "/learn/transcript/",
        "/learn/transcript.csv",
    ):
        response = Client().get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/sign-in/?next=")
    response = Client().post(f"/learn/enrollments/{enrollment.pk}/claims/", {})
    assert response["Location"].startswith("/accounts/sign-in/")


def test_enrollment_page_shows_every_step_with_its_state_and_reason(activity):
    user = learner("nurse")
    enrollment = enroll_learner(activity=activity, learner=user)
    html = signed_in(user).get(f"/learn/enrollments/{enrollment.pk}/").content.decode()
    for step in steps_of(activity):
        assert f'id="step-{step.pk}"' in html
    assert html.count('class="state state--open"') == 1
    assert "Complete “Survey” first." in html  # why the evaluation is locked
    assert f'name="step{steps_of(activity)[0].pk}-q' in html


def test_enrollment_page_of_another_learner_is_404(activity):
    owner, other = learner(), learner()
    enrollment = enroll_learner(activity=activity, learner=owner)
    first = steps_of(activity)[0]
    client = signed_in(other)
    assert client.get(f"/learn/enrollments/{enrollment.pk}/").status_code == 404
    response = client.post(
        f"/learn/enrollments/{enrollment.pk}/steps/{first.pk}/", step_post(first)
    )
    assert response.status_code == 404
    response = client.post(
        f"/learn/enrollments/{enrollment.pk}/claims/",
        {"credit_type": "AMA_PRA_1", "amount": "1.25"},
    )
    assert response.status_code == 404
    assert not StepProgress.objects.filter(enrollment=enrollment).exists()
    assert not Answer.objects.filter(enrollment=enrollment).exists()


def test_step_submit_locked_step_is_refused_with_its_reason_and_changes_nothing(activity):
    user = learner()
    enrollment = enroll_learner(activity=activity, learner=user)
    evaluation = next(s for s in steps_of(activity) if s.kind == StepKind.EVALUATION)
    response = signed_in(user).post(
        f"/learn/enrollments/{enrollment.pk}/steps/{evaluation.pk}/", step_post(evaluation)
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert "Complete “Survey” first." in html
    assert 'class="error-summary"' in html
    assert not StepProgress.objects.filter(enrollment=enrollment).exists()
    assert not Answer.objects.filter(enrollment=enrollment).exists()


def test_step_submit_missing_answer_names_the_question(activity):
    user = learner()
    enrollment = enroll_learner(activity=activity, learner=user)
    reflection = steps_of(activity)[0]
    question = reflection.questions.get()
    response = signed_in(user).post(
        f"/learn/enrollments/{enrollment.pk}/steps/{reflection.pk}/", {}
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert f'href="#id_step{reflection.pk}-q{question.pk}"' in html
    assert "An answer is required." in html
    assert f'aria-describedby="id_step{reflection.pk}-q{question.pk}_error"' in html


def test_web_journey_every_step_then_claim_then_transcript(activity):
    user = learner("nurse")
    client = signed_in(user)
    response = client.post(f"/learn/activities/{activity.pk}/enroll/")
    enrollment_url = response["Location"]
    assert re.fullmatch(r"/learn/enrollments/\d+/", enrollment_url)
    for step in steps_of(activity):
        if step.kind == StepKind.CLAIM:
            break
        page = client.get(enrollment_url).content.decode()
        data = step_post(step)
        if step.kind == StepKind.CONTENT:
            token = re.search(rf'name="step{step.pk}-viewed" value="([^"]+)"', page)
            assert token, "the content step carries its viewing token"
            data[f"step{step.pk}-viewed"] = token[1]
            # the page's player would have reported the clip watched (learning/test_viewing.py)
            watch_whole(enrollment=Enrollment.objects.get(learner=user), step=step, actor=user)
        response = client.post(f"{enrollment_url}steps/{step.pk}/", data)
        assert response.status_code == 302, response.content.decode()[:2000]
    page = client.get(enrollment_url).content.decode()
    assert "Claim Nursing contact hours" in page
    assert '<option value="1.25" selected>' in page
    assert "AMA PRA" not in page.split('id="claim"')[1]  # a nurse is not offered AMA credit
    response = client.post(
        f"{enrollment_url}claims/", {"credit_type": "NURSING_CE", "amount": "1.25"}
    )
    assert response.status_code == 302
    claim = Claim.objects.get(learner=user)
    assert (claim.credit_type, str(claim.amount)) == ("NURSING_CE", "1.25")
    transcript = client.get("/learn/transcript/").content.decode()
    assert "Nursing contact hours" in transcript
    assert activity.title in transcript


def test_claim_refused_amount_over_the_maximum_names_the_rule(activity):
    user, enrollment = ready_to_claim(activity, "nurse")
    response = signed_in(user).post(
        f"/learn/enrollments/{enrollment.pk}/claims/",
        {"credit_type": "NURSING_CE", "amount": "5"},
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert "At most 1.25 (Nursing contact hours designated for this activity)." in html
    assert not Claim.objects.filter(learner=user).exists()


def test_claim_refused_credit_type_the_profession_may_not_claim(activity):
    user, enrollment = ready_to_claim(activity, "nurse")
    response = signed_in(user).post(
        f"/learn/enrollments/{enrollment.pk}/claims/",
        {"credit_type": "AMA_PRA_1", "amount": "1.25"},
    )
    assert response.status_code == 422
    assert "AMA PRA Category 1 Credit™ may be claimed by" in response.content.decode()
    assert not Claim.objects.filter(learner=user).exists()


def test_transcript_shows_only_own_claims_with_filters_totals_and_csv(activity):
    from opencme.credits.services import claim_credit

    mine, my_enrollment = ready_to_claim(activity, "physician")
    theirs, their_enrollment = ready_to_claim(activity, "nurse")
    claim_credit(enrollment=my_enrollment, credit_type="AMA_PRA_1", amount="1", actor=mine)
    claim_credit(enrollment=my_enrollment, credit_type="PARTICIPATION", amount="1.25", actor=mine)
    claim_credit(enrollment=their_enrollment, credit_type="NURSING_CE", amount="1.25", actor=theirs)
    client = signed_in(mine)
    html = client.get("/learn/transcript/").content.decode()
    assert "AMA PRA Category 1 Credit™" in html
    assert "Certificate of participation" in html
    assert "Nursing contact hours</td>" not in html
    filtered = client.get("/learn/transcript/?credit_type=AMA_PRA_1").content.decode()
    assert "Certificate of participation</td>" not in filtered
    assert 'href="/learn/transcript.csv?credit_type=AMA_PRA_1"' in filtered
    csv_text = client.get("/learn/transcript.csv?credit_type=AMA_PRA_1").content.decode()
    assert "AMA_PRA_1" in csv_text
    assert "PARTICIPATION" not in csv_text
    assert "NURSING_CE" not in csv_text
    bad = client.get("/learn/transcript/?date_from=2026-13-01")
    assert bad.status_code == 422
    assert 'href="#id_date_from"' in bad.content.decode()
