"""Input the database never sees raw (issue 16, item 2): a NUL or another control character, a
text longer than its column, an id beyond 64 bits, a body that is not the documented object.
Each is refused naming the field (422 in the API, beside the field on a form, not found in a
URL), never a 500 and never stored. Runs on both engines: PostgreSQL answered these with a
500 (DataError), SQLite stored them."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from opencme.accounts.models import LearnerProfile, User
from opencme.accounts.services import issue_token
from opencme.core import text
from opencme.core.text import MAX_ID
from tests import factories

pytestmark = pytest.mark.django_db
PASSWORD = "a long learner passphrase 7"
HUGE = MAX_ID + 1  # 9223372036854775808: one past the largest id


def client() -> Client:
    return Client(raise_request_exception=False)


def send(method: str, path: str, body: Any = None, token: str = "") -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    data = json.dumps(body) if body is not None else ""
    return getattr(client(), method)(path, data, "application/json", headers=headers)


def fields(response) -> list[str]:
    return [p["field"] for p in response.json()["detail"]]


@pytest.fixture
def learner() -> User:
    return factories.user(email="learner@example.org")


@pytest.fixture
def token(learner) -> str:
    return issue_token(user=learner)


# --- without signing in ------------------------------------------------------------------------


def test_input_nul_in_a_certificate_code_is_not_found_or_refused():
    assert client().get("/verify/abc%00def").status_code == 404
    response = client().get("/api/certificates/abc%00def")
    assert (response.status_code, fields(response)) == (422, ["code"])
    response = client().get("/api/certificates/" + "a" * 65)
    assert (response.status_code, fields(response)) == (422, ["code"])


def test_input_nul_in_the_token_email_is_refused_naming_it():
    response = send("post", "/api/auth/token", {"email": "a\u0000b@x.org", "password": "x"})
    assert (response.status_code, fields(response)) == (422, ["email"])


@pytest.mark.parametrize(
    "legal_name", ["A" * 200_000, "Ann\u0000Lee", "Ann\u0007Lee", "Ann\nLee"], ids=str.__len__
)
def test_input_sign_up_legal_name_refused_and_nothing_stored(legal_name):
    body = {"email": "new@example.org", "password": PASSWORD, "legal_name": legal_name}
    response = send("post", "/api/auth/signup", body)
    assert (response.status_code, fields(response)) == (422, ["legal_name"])
    assert not User.objects.filter(email="new@example.org").exists()


@pytest.mark.parametrize("body", [[None, None], "hello", 7, None])
def test_input_body_that_is_not_an_object_is_refused(body, token):
    raw = json.dumps(body)
    for path in ("/api/auth/token", "/api/auth/signup"):
        response = client().post(path, raw, "application/json")
        assert (response.status_code, fields(response)) == (422, ["body"]), path
    response = client().patch(
        "/api/me/profile", raw, "application/json", headers={"Authorization": f"Bearer {token}"}
    )
    assert (response.status_code, fields(response)) == (422, ["body"])


# --- a learner's profile -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"degree": "D" * 61}, "degree"),
        ({"legal_name": "L" * 201}, "legal_name"),
        ({"legal_name": "Ann\u0000Lee"}, "legal_name"),
        ({"npi": "1" * 11}, "npi"),
        ({"board_ids": [{"board": "ABIM", "identifier": "1" * 10_000}]}, "board_ids[0].identifier"),
        ({"board_ids": [{"board": "AB\u0000IM", "identifier": "1"}]}, "board_ids[0].board"),
        ({"licenses": [{"state": "CA", "number": "9" * 31}]}, "licenses[0].number"),
        ({"licenses": ["hello"]}, "licenses[0]"),
        ({"birth_month": HUGE}, "birth_month"),
    ],
)
def test_input_profile_patch_refused_naming_the_field(change, field, learner, token):
    response = send("patch", "/api/me/profile", change, token)
    assert (response.status_code, fields(response)) == (422, [field])
    profile = LearnerProfile.objects.filter(user=learner).first()
    assert profile is None or (profile.degree, profile.legal_name) == ("", "")


def test_input_profile_form_shows_control_characters_beside_the_field(learner):
    browser = client()
    browser.force_login(learner)
    response = browser.post(
        "/accounts/profile/", {"legal_name": "Ann\u0001Lee", "degree": "MD\u0000"}
    )
    assert response.status_code == 422
    errors = response.context["form"].errors
    assert set(errors) == {"legal_name", "degree"}
    assert "control characters" in errors["legal_name"][0]
    assert LearnerProfile.objects.filter(user=learner, legal_name__contains="Ann").count() == 0


def test_input_sign_up_form_refuses_a_control_character_beside_the_field():
    response = client().post(
        "/accounts/sign-up/",
        {
            "email": "form@example.org",
            "password": PASSWORD,
            "password_again": PASSWORD,
            "legal_name": "Ann\u001bLee",
        },
    )
    assert response.status_code == 422
    assert list(response.context["form"].errors) == ["legal_name"]
    assert not User.objects.filter(email="form@example.org").exists()


# --- ids ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("post", f"/api/activities/{HUGE}/enroll", None),
        ("get", f"/api/activities/{HUGE}", None),
        ("get", f"/api/enrollments/{HUGE}", None),
        ("post", f"/api/enrollments/{HUGE}/steps/1", {}),
        ("post", f"/api/enrollments/1/steps/{HUGE}", {}),
        ("post", f"/api/enrollments/{HUGE}/steps/1/progress", {"watched": []}),
        ("post", f"/api/enrollments/{HUGE}/claims", {"credit_type": "ANCC", "amount": 1}),
        ("delete", f"/api/me/tokens/{HUGE}", None),
        ("post", "/api/activities/0/enroll", None),
        ("get", "/api/enrollments/-1", None),
    ],
)
def test_input_api_id_out_of_range_is_422_naming_it(method, path, body, token):
    response = send(method, path, body, token)
    assert response.status_code == 422, response.content
    assert len(fields(response)) == 1
    assert fields(response)[0].endswith("_id")


def test_input_api_query_ids_out_of_range_are_422(token):
    response = client().get(
        f"/api/reporting/claims?claim_id={HUGE}", headers={"Authorization": f"Bearer {token}"}
    )
    assert (response.status_code, fields(response)) == (422, ["claim_id[0]"])


def numbered_routes(resolver: URLResolver | None = None, prefix: str = "") -> list[str]:
    """Every page URL of the resolver that takes a number, as a route string."""
    out = []
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if route.startswith("api/"):
            continue  # the API: the cases above and tests/test_api_fuzz.py
        if isinstance(entry, URLResolver):
            out += numbered_routes(entry, route)
        elif isinstance(entry, URLPattern) and re.search(r"<(int|id):", route):
            out.append(route)
    return out


def test_input_every_numbered_page_takes_a_huge_id_without_a_server_error(learner):
    routes = numbered_routes()
    assert len(routes) >= 8  # activity, enrollment, step, claim, progress, material, token, ...
    browser = client()
    browser.force_login(learner)
    for route in routes:
        path = "/" + re.sub(r"<(int|id):\w+>", str(HUGE), route)
        path = re.sub(r"<(?:slug:)?\w+>", "provider-a", path)
        for method in ("get", "post"):
            response = getattr(browser, method)(path)
            assert response.status_code == 404, (method, path, response.status_code)


# --- the admin ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "/admin/activities/activity/?provider=abc",
        f"/admin/activities/activity/?provider={HUGE}",
        "/admin/learning/step/?provider=abc",
        "/admin/learning/step/?activity=abc",
        f"/admin/learning/step/?activity={HUGE}",
        f"/admin/learning/step/add/?_changelist_filters=activity%3D{HUGE}",
    ],
)
def test_input_admin_filters_refuse_a_bad_value_without_a_server_error(query, provider_a):
    staff = factories.staff(of=provider_a, email="staff@example.org")
    for who in (factories.superuser(email="admin@example.org"), staff):
        browser = client()
        browser.force_login(who)
        response = browser.get(query)
        assert response.status_code in (200, 302), (who, response.status_code)


def test_input_profile_form_lengths_are_the_models(learner):
    from opencme.accounts.forms import ProfileForm

    form = ProfileForm()
    for name in ("legal_name", "degree", "npi", "nabp_eprofile_id"):
        assert form.fields[name].max_length == text.max_length(LearnerProfile, name), name  # type: ignore[attr-defined]
    browser = client()
    browser.force_login(learner)
    response = browser.post("/accounts/profile/", {"degree": "D" * 61})
    assert response.status_code == 422
    assert list(response.context["form"].errors) == ["degree"]
