"""The learner's journey through the JSON API: sign-up, token, profile, enroll, steps, claims,
transcript; and every refusal naming its field."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from django.test import Client

from opencme.accounts.models import User
from opencme.accounts.services import issue_token
from opencme.accreditation.statements import long_date
from opencme.activities.models import Activity
from opencme.credits.models import Claim
from opencme.credits.services import claim_credit
from opencme.learning.models import StepKind
from tests.journey_data import (
    learner,
    ready_to_claim,
    seed_000_rerelease,
    step_payload,
    steps_of,
)

pytestmark = pytest.mark.django_db
PASSWORD = "a long learner passphrase 7"


@pytest.fixture
def activity() -> Activity:
    # As the journey benchmark runs it: the video step without its 90%-watched rule (the API's
    # progress reports and the rule: learning/tests/test_viewing.py).
    return seed_000_rerelease(viewing_rule=False)


class Api:
    """A JSON client that sends ``Authorization: Bearer <token>`` when it has one."""

    def __init__(self, token: str | None = None) -> None:
        self.client = Client()
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def get(self, path: str, **params: Any):
        return self.client.get(path, params, headers=self.headers)

    def post(self, path: str, body: Any = None):
        return self.client.post(
            path, body if body is not None else {}, "application/json", headers=self.headers
        )

    def patch(self, path: str, body: Any):
        return self.client.patch(path, body, "application/json", headers=self.headers)


def api_for(user: User) -> Api:
    return Api(issue_token(user=user))


def problems(response) -> dict[str, str]:
    return {p["field"]: p["message"] for p in response.json()["detail"]}


def test_api_journey_sign_up_to_transcript(activity):
    anonymous = Api()
    response = anonymous.post(
        "/api/auth/signup", {"email": "New.Learner@Example.org", "password": PASSWORD}
    )
    assert response.status_code == 201
    assert response.json()["email"] == "new.learner@example.org"
    response = anonymous.post(
        "/api/auth/token", {"email": "new.learner@example.org", "password": PASSWORD}
    )
    assert response.status_code == 200
    me = Api(response.json()["token"])
    response = me.patch("/api/me/profile", {"profession": "physician", "legal_name": "Ann Lee"})
    assert (response.status_code, response.json()["profession"]) == (200, "physician")

    enrollment = me.post(f"/api/activities/{activity.pk}/enroll").json()
    states = [s["state"] for s in enrollment["steps"]]
    assert states == ["open", "locked", "locked", "locked", "locked", "locked"]
    for step in steps_of(activity):
        if step.kind == StepKind.CLAIM:
            break
        response = me.post(
            f"/api/enrollments/{enrollment['id']}/steps/{step.pk}", step_payload(step)
        )
        assert response.status_code == 200, response.json()
    body = response.json()
    assert body["may_claim"] is True
    assert {"AMA_PRA_1", "PARTICIPATION"} <= {o["credit_type"] for o in body["claim_options"]}

    response = me.post(
        f"/api/enrollments/{enrollment['id']}/claims", {"credit_type": "AMA_PRA_1", "amount": 1.25}
    )
    assert response.status_code == 201
    assert response.json()["amount"] == 1.25
    detail = me.get(f"/api/enrollments/{enrollment['id']}").json()
    assert detail["status"] == "completed"
    assert [s["state"] for s in detail["steps"]][-2:] == ["done", "locked"]

    transcript = me.get("/api/me/transcript").json()
    assert [(r["activity_id"], r["credit_type"], r["amount"]) for r in transcript["claims"]] == [
        (activity.pk, "AMA_PRA_1", 1.25)
    ]
    assert transcript["totals"] == {"AMA_PRA_1": 1.25}
    rows = list(csv.reader(io.StringIO(me.get("/api/me/transcript.csv").content.decode())))
    assert len(rows) >= 2
    assert any("AMA_PRA_1" in row for row in rows[1:])


# Statements each journey request may send (SQLite counts its BEGIN; PostgreSQL sends fewer).
# bench/journey.py measures these requests; a new read in any of them shows here first. A
# profile change, a step and a claim are decided on what they read before their transaction
# (on SQLite every other writer waits while one is open); in it they read the profile's
# version or the enrollment's state again, one statement each, and then only write.
JOURNEY_BUDGETS = {"profile": 12, "enroll": 9, "step": 16, "claim": 26, "transcript": 2}


def test_api_journey_requests_keep_their_query_budgets(activity, django_assert_max_num_queries):
    # As on a running server: the pipeline and rule book are held, the provider has its key.
    first, enrollment = ready_to_claim(activity)
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=first)
    user = User.objects.create_user(email="budget@example.org")
    me = api_for(user)
    with django_assert_max_num_queries(JOURNEY_BUDGETS["profile"]):
        response = me.patch("/api/me/profile", {"profession": "physician", "legal_name": "A Lee"})
    assert response.status_code == 200
    with django_assert_max_num_queries(JOURNEY_BUDGETS["enroll"]):
        enrollment = me.post(f"/api/activities/{activity.pk}/enroll").json()
    for step in steps_of(activity):
        if step.kind == StepKind.CLAIM:
            break
        with django_assert_max_num_queries(JOURNEY_BUDGETS["step"]):
            response = me.post(
                f"/api/enrollments/{enrollment['id']}/steps/{step.pk}", step_payload(step)
            )
        assert response.status_code == 200
    with django_assert_max_num_queries(JOURNEY_BUDGETS["claim"]):
        response = me.post(
            f"/api/enrollments/{enrollment['id']}/claims",
            {"credit_type": "AMA_PRA_1", "amount": 1.25},
        )
    assert response.status_code == 201
    assert Claim.objects.get(learner=user).certificates.count() == 1
    with django_assert_max_num_queries(JOURNEY_BUDGETS["transcript"]):
        assert len(me.get("/api/me/transcript").json()["claims"]) == 1


def test_api_step_locked_is_refused_with_the_reason(activity):
    me = api_for(learner())
    enrollment = me.post(f"/api/activities/{activity.pk}/enroll").json()
    evaluation = next(s for s in steps_of(activity) if s.kind == StepKind.EVALUATION)
    response = me.post(
        f"/api/enrollments/{enrollment['id']}/steps/{evaluation.pk}", step_payload(evaluation)
    )
    assert response.status_code == 422
    assert problems(response) == {"step": "Complete “Survey” first."}
    locked = me.get(f"/api/enrollments/{enrollment['id']}").json()["steps"][3]
    assert (locked["state"], locked["locked_reason"]) == ("locked", "Complete “Survey” first.")


def test_api_claim_refusals_name_the_rule(activity):
    me = api_for(learner("nurse"))
    enrollment = me.post(f"/api/activities/{activity.pk}/enroll").json()
    claims = f"/api/enrollments/{enrollment['id']}/claims"
    early = me.post(claims, {"credit_type": "NURSING_CE", "amount": 1})
    assert early.status_code == 422
    assert problems(early) == {"credit_type": "Complete “Course evaluation” first."}
    for step in steps_of(activity):
        if step.kind == StepKind.CLAIM:
            break
        me.post(f"/api/enrollments/{enrollment['id']}/steps/{step.pk}", step_payload(step))
    ama = me.post(claims, {"credit_type": "AMA_PRA_1", "amount": 1.25})
    assert ama.status_code == 422
    assert problems(ama) == {
        "credit_type": "AMA PRA Category 1 Credit™ may be claimed by physicians (MD/DO) only. "
        "You may claim a certificate of participation."
    }
    over = me.post(claims, {"credit_type": "NURSING_CE", "amount": 2})
    assert problems(over) == {
        "amount": "at most 1.25 (Nursing contact hours designated for this activity)"
    }
    assert problems(me.post(claims, {"credit_type": "NURSING_CE", "amount": "x"})) == {
        "amount": "'x' is not a number"
    }
    assert me.post(claims, {"credit_type": "NURSING_CE", "amount": 1.25}).status_code == 201
    again = me.post(claims, {"credit_type": "NURSING_CE", "amount": 1})
    assert problems(again) == {
        "credit_type": "NURSING_CE is already claimed for this activity; correct it instead"
    }
    assert Claim.objects.filter(credit_type="NURSING_CE").count() == 1


def test_api_claim_refused_after_the_activity_expired(activity, settings):
    user = learner()
    me = api_for(user)
    enrollment = me.post(f"/api/activities/{activity.pk}/enroll").json()
    for step in steps_of(activity):
        if step.kind == StepKind.CLAIM:
            break
        me.post(f"/api/enrollments/{enrollment['id']}/steps/{step.pk}", step_payload(step))
    settings.CLOCK_OFFSET_DAYS = 400
    me = api_for(user)  # a token made then: the first one expired after its 90 days
    response = me.post(
        f"/api/enrollments/{enrollment['id']}/claims", {"credit_type": "AMA_PRA_1", "amount": 1}
    )
    assert response.status_code == 422
    assert problems(response) == {
        "activity": f"this activity expired on {long_date(activity.expires)}; "
        "credit can no longer be claimed"
    }


def test_api_enroll_listed_or_unknown_activity_is_refused(activity):
    me = api_for(learner())
    listed = Activity.objects.get(kind=Activity.Kind.LISTED)
    response = me.post(f"/api/activities/{listed.pk}/enroll")
    assert response.status_code == 422
    assert "enroll with its provider" in problems(response)["activity"]
    assert me.post("/api/activities/999999/enroll").status_code == 404


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"npi": "1234567890"}, "npi", "is not a valid NPI: its check digit does not match"),
        ({"npi": "12345"}, "npi", "must be exactly 10 digits"),
        ({"nabp_eprofile_id": "NABP-1"}, "nabp_eprofile_id",
         "an NABP e-Profile ID is 1 to 7 digits"),
        ({"birth_month": 2, "birth_day": 30}, "birth_day", "month 2 has no day 30"),
        ({"birth_month": 2}, "birth_day", "give both birth month and day, or neither"),
        (
            {"licenses": [{"state": "ZZ", "number": "MD-1"}]},
            "licenses[0].state",
            "'ZZ' is not a US state or territory code",
        ),
        ({"profession": "wizard"}, "profession", "must be one of physician, physician_assistant, "
         "nurse_practitioner, nurse, pharmacist, pharmacy_technician, social_worker, psychologist, "
         "other"),
    ],
)  # fmt: skip
def test_api_profile_patch_names_the_field(change, field, message):
    user = learner()
    response = api_for(user).patch("/api/me/profile", change)
    assert response.status_code == 422
    assert problems(response) == {field: message}


def test_api_profile_patch_saves_valid_fields_and_keeps_the_others():
    user = learner("pharmacist")
    me = api_for(user)
    response = me.patch(
        "/api/me/profile",
        {
            "npi": "1234567893",
            "birth_month": 2,
            "birth_day": 29,
            "licenses": [{"state": "ma", "number": "RPH-1", "renewal_date": "2027-06-30"}],
        },
    )
    assert response.status_code == 200, response.json()
    profile = me.get("/api/me/profile").json()
    assert (profile["npi"], profile["birth_month"], profile["birth_day"]) == ("1234567893", 2, 29)
    assert profile["nabp_eprofile_id"] == "1234567"
    assert profile["licenses"] == [{"state": "MA", "number": "RPH-1", "renewal_date": "2027-06-30"}]


def test_api_signup_refuses_weak_password_and_duplicate_email():
    anonymous = Api()
    weak = anonymous.post("/api/auth/signup", {"email": "a@example.org", "password": "12345678"})
    assert weak.status_code == 422
    assert {p["field"] for p in weak.json()["detail"]} == {"password"}
    assert "This password is too common." in [p["message"] for p in weak.json()["detail"]]
    assert (
        anonymous.post(
            "/api/auth/signup", {"email": "a@example.org", "password": PASSWORD}
        ).status_code
        == 201
    )
    # A taken address gets the answer a new one gets (its owner is emailed): issue 16.
    duplicate = anonymous.post(
        "/api/auth/signup", {"email": "A@example.org ", "password": PASSWORD}
    )
    assert duplicate.status_code == 201
    assert duplicate.json()["email"] == "a@example.org"
    bad = anonymous.post("/api/auth/signup", {"email": "not-an-email", "password": PASSWORD})
    assert problems(bad) == {"email": "is not a valid email address"}
    assert User.objects.filter(email="a@example.org").count() == 1


def test_api_token_sixth_bad_password_is_throttled():
    learner(email="throttle@example.org", password=PASSWORD)
    anonymous = Api()
    wrong = {"email": "throttle@example.org", "password": "not the password 99"}
    for _ in range(5):
        response = anonymous.post("/api/auth/token", wrong)
        assert response.status_code == 422
        assert problems(response) == {"password": "email and password do not match an account"}
    sixth = anonymous.post("/api/auth/token", wrong)
    assert sixth.status_code == 429
    assert problems(sixth) == {
        "email": "too many failed sign-ins; wait 15 minutes or reset your password"
    }
    # The right password does not get through while throttled either.
    right = anonymous.post(
        "/api/auth/token", {"email": "throttle@example.org", "password": PASSWORD}
    )
    assert right.status_code == 429
