"""Learner A cannot read or change learner B's enrollment, answers, claims or transcript through
any learner endpoint; without credentials, or with a bad token, every one answers 401."""

from __future__ import annotations

import pytest

from opencme.credits.models import Claim
from opencme.credits.services import claim_credit
from opencme.learning.models import Answer, StepKind, StepProgress
from opencme.learning.services import complete_step
from tests.journey_data import answers_for, ready_to_claim, seed_000_rerelease, steps_of

from .test_learner_api import Api, api_for

pytestmark = pytest.mark.django_db
SECRET_ANSWER = "B's private reflection: I prescribe too much oxycodone."


@pytest.fixture
def world():
    """B has completed seed 000 and claimed; A has an enrollment of their own, not completed."""
    activity = seed_000_rerelease()
    b, b_enrollment = ready_to_claim(activity, "physician")
    claim = claim_credit(enrollment=b_enrollment, credit_type="AMA_PRA_1", amount=1, actor=b)
    # B's reflection carries a recognisable answer to look for in A's responses.
    Answer.objects.filter(enrollment=b_enrollment, value__isnull=False).update(value=SECRET_ANSWER)
    a, a_enrollment = ready_to_claim(activity, "physician")
    return {
        "activity": activity,
        "a": a,
        "a_enrollment": a_enrollment,
        "b": b,
        "b_enrollment": b_enrollment,
        "b_claim": claim,
    }


def endpoints(world) -> list[tuple[str, str, dict | None]]:
    """Every learner endpoint aimed at B's things (or, for /me, at whoever asks)."""
    e = world["b_enrollment"].pk
    steps = steps_of(world["activity"])
    first, follow_up = steps[0], steps[-1]
    return [
        ("get", "/api/me/profile", None),
        ("patch", "/api/me/profile", {"legal_name": "Mallory"}),
        ("post", f"/api/activities/{world['activity'].pk}/enroll", None),
        ("get", f"/api/enrollments/{e}", None),
        ("post", f"/api/enrollments/{e}/steps/{first.pk}", {"answers": answers_for(first)}),
        ("post", f"/api/enrollments/{e}/steps/{follow_up.pk}", {"answers": {}}),
        ("post", f"/api/enrollments/{e}/claims", {"credit_type": "PARTICIPATION", "amount": 1}),
        ("get", "/api/me/transcript", None),
        ("get", "/api/me/transcript.csv", None),
    ]


def call(api: Api, method: str, path: str, body):
    if method == "get":
        return api.get(path)
    if method == "patch":
        return api.patch(path, body)
    return api.post(path, body)


def test_learner_access_other_learners_enrollment_is_not_found_on_every_endpoint(world):
    a = api_for(world["a"])
    before = (Claim.objects.count(), StepProgress.objects.count(), Answer.objects.count())
    for method, path, body in endpoints(world):
        if "/enrollments/" not in path:
            continue
        response = call(a, method, path, body)
        assert response.status_code == 404, (method, path, response.content)
        assert response.json()["detail"] == [
            {"field": "enrollment_id", "message": "no enrollment of yours has this id"}
        ]
        assert SECRET_ANSWER not in response.content.decode()
    after = (Claim.objects.count(), StepProgress.objects.count(), Answer.objects.count())
    assert after == before


def test_learner_access_me_endpoints_show_only_the_askers_own_data(world):
    a = api_for(world["a"])
    for method, path, body in endpoints(world):
        if "/enrollments/" in path:
            continue
        response = call(a, method, path, body)
        assert response.status_code in (200, 201), (method, path, response.content)
        text = response.content.decode()
        assert world["b"].email not in text
        assert SECRET_ANSWER not in text
    transcript = a.get("/api/me/transcript").json()
    assert transcript == {"claims": [], "totals": {}}
    csv_lines = a.get("/api/me/transcript.csv").content.decode().strip().splitlines()
    assert len(csv_lines) == 1  # the header only: B's claim is not A's
    # Enrolling again returns A's own enrollment, never B's.
    enrolled = a.post(f"/api/activities/{world['activity'].pk}/enroll").json()
    assert enrolled["id"] == world["a_enrollment"].pk
    world["b"].profile.refresh_from_db()
    assert world["b"].profile.legal_name != "Mallory"


def test_learner_access_own_enrollment_is_readable(world):
    b = api_for(world["b"])
    response = b.get(f"/api/enrollments/{world['b_enrollment'].pk}")
    assert response.status_code == 200
    assert [c["id"] for c in response.json()["claims"]] == [world["b_claim"].pk]
    assert b.get("/api/me/transcript").json()["totals"] == {"AMA_PRA_1": 1.0}


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer not-a-real-token"},
        {"Authorization": "Bearer "},
        {"Authorization": "Token abc"},
    ],
    ids=["anonymous", "bad-token", "empty-token", "wrong-scheme"],
)
def test_learner_access_without_valid_credentials_is_401_everywhere(world, headers):
    api = Api()
    api.headers = headers
    for method, path, body in endpoints(world):
        response = call(api, method, path, body)
        assert response.status_code == 401, (method, path, headers, response.content)
        assert response.json()["detail"][0]["field"] == "authorization"
    assert Claim.objects.count() == 1


def test_learner_access_token_of_a_deactivated_account_is_401(world):
    a = api_for(world["a"])
    world["a"].is_active = False
    world["a"].save(update_fields=["is_active"])
    assert a.get("/api/me/profile").status_code == 401


def test_learner_access_follow_up_answers_of_another_learner_cannot_be_posted(world):
    # B's follow-up is the step A would most like to answer for them: still 404, nothing saved.
    follow_up = next(s for s in steps_of(world["activity"]) if s.kind == StepKind.FOLLOW_UP)
    a = api_for(world["a"])
    response = a.post(
        f"/api/enrollments/{world['b_enrollment'].pk}/steps/{follow_up.pk}",
        {"answers": answers_for(follow_up)},
    )
    assert response.status_code == 404
    assert not StepProgress.objects.filter(step=follow_up).exists()
    # And B cannot answer it before its day either.
    with pytest.raises(Exception, match="Opens on"):
        complete_step(
            enrollment=world["b_enrollment"],
            step_id=follow_up.pk,
            actor=world["b"],
            answers=answers_for(follow_up),
        )
