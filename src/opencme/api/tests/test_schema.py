"""Schemathesis over the OpenAPI document, in-process through the WSGI application.

Every response must be one the document declares (status code, content type, body schema),
and nothing may be a server error, for generated valid and invalid parameters alike.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from config.wsgi import application
from tests import factories

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    response_schema_conformance,
    content_type_conformance,
]


# Loaded when the module is collected: the document needs Django set up, not the database.
# (schemathesis.pytest.from_fixture would load it per test, but it fails on pytest 9.)
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture
def catalog(db):
    """A few activities to find, and a draft that must stay invisible.

    Requests go straight to the WSGI application, whose end-of-request handler would close
    the test's database connection (inside the test transaction); like Django's test
    client, the handler is disconnected meanwhile.
    """
    provider = factories.provider(name="Schema Provider")
    factories.activity(of=provider, publish=True)
    factories.activity(of=provider, publish=True, title="Sepsis", specialties=["Critical Care"])
    factories.activity(of=provider, title="A draft")
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# One parameter named: with a pytest parameter the items carry the operation in their id
# ("[GET /api/activities][conformance]"); without one, schemathesis 4 on pytest 9 gives every
# operation the same id, and pytest-xdist runs one of them (conftest.py refuses such ids).
@pytest.mark.parametrize("checks", [CHECKS], ids=["conformance"])
@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_api_conforms_to_its_openapi_document(case, catalog, checks):
    case.call_and_validate(checks=checks)


def test_api_openapi_document_declares_every_status(client):
    document = client.get("/api/openapi.json").json()
    search = document["paths"]["/api/activities"]["get"]["responses"]
    detail = document["paths"]["/api/activities/{activity_id}"]["get"]["responses"]
    assert set(search) == {"200", "422"}
    assert set(detail) == {"200", "404", "422"}
    assert client.get("/api/docs").status_code == 200


def test_api_body_that_is_not_json_is_422_naming_body(client, db):
    response = client.post("/api/auth/token", "{not json", content_type="application/json")
    assert response.status_code == 422
    assert response.json() == {"detail": [{"field": "body", "message": "is not valid JSON"}]}


def test_api_session_cookie_without_csrf_is_401(db):
    from django.test import Client

    member = factories.user(email="learner@example.org")
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(member)
    response = browser.patch("/api/me/profile", {}, content_type="application/json")
    assert response.status_code == 401
    assert [p["field"] for p in response.json()["detail"]] == ["authorization"]
    assert "X-CSRFToken" in response.json()["detail"][0]["message"]
