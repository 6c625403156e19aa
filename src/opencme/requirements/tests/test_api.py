"""``GET /api/me/tracker``: a token or the session, the tracker's shape, 422 on a bad date."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from opencme.accounts.services import issue_token
from opencme.requirements import services
from tests import factories

pytestmark = pytest.mark.django_db
URL = "/api/me/tracker"


def _physician():
    user = factories.user()
    services.save_credential(actor=user, user=user, kind="license", state="FL",
                             license_type="MD", expires_on=dt.date(2027, 1, 31),
                             renewal_number=3)  # fmt: skip
    services.save_credential(actor=user, user=user, kind="dea",
                             expires_on=dt.date(2027, 6, 30))  # fmt: skip
    services.record_external_credit(actor=user, user=user, title="Errors", credit_type="AMA_PRA_1",
                                    completed_on=dt.date(2026, 2, 1), amount="2",
                                    topics=["medical_errors"])  # fmt: skip
    return user


def test_tracker_api_needs_credentials() -> None:
    response = Client().get(URL)
    assert response.status_code == 401
    assert response.json()["detail"][0]["field"] == "authorization"
    bad = Client().get(URL, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401


def test_tracker_api_shape_for_its_owner_only() -> None:
    user = _physician()
    token = issue_token(user=user)
    body = (
        Client()
        .get(URL, {"as_of": "2026-06-01"}, headers={"Authorization": f"Bearer {token}"})
        .json()
    )
    assert body["as_of"] == "2026-06-01"
    names = [c["name"] for c in body["credentials"]]
    assert names == ["Florida license: Doctor of Medicine (MD)", "DEA registration"]
    florida = body["credentials"][0]
    assert florida["status"] == "due"
    errors = next(r for r in florida["requirements"] if r["id"] == "medical_errors")
    assert errors["missing"] == 0
    assert errors["applied"][0]["source"] == "self-reported"
    assert errors["citations"][0]["url"].startswith("http")
    assert {e["date"] for e in body["timeline"]} >= {"2027-01-31", "2027-06-30"}
    other = issue_token(user=factories.user())
    theirs = Client().get(URL, headers={"Authorization": f"Bearer {other}"}).json()
    assert theirs["credentials"] == []
    assert theirs["timeline"] == []


@pytest.mark.parametrize("value", ["2026-13-01", "yesterday", "0001-01-01", "1700000000"])
def test_tracker_api_refuses_a_bad_date_with_422(value: str) -> None:
    token = issue_token(user=_physician())
    response = Client().get(URL, {"as_of": value}, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "as_of"


def test_tracker_api_is_in_the_openapi_document() -> None:
    document = Client().get("/api/openapi.json").json()
    operation = document["paths"][URL]["get"]
    assert "200" in operation["responses"]
    assert "422" in operation["responses"]
