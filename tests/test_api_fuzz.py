"""schemathesis over every operation of /api/openapi.json, anonymously and with a learner's
bearer token, with valid and invalid requests (per the document): no server error, and no
request the document calls invalid accepted (issue 16, item 2).

In process through the WSGI application (no network), on whichever engine the suite runs on
(SQLite, then PostgreSQL through tests/pgserver.py). Generation is derandomized and bounded,
so a run is the same run each time and takes about a minute per engine on two cores.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import negative_data_rejection

from config.wsgi import application
from opencme.accounts.services import issue_token
from opencme.learning.services import enroll_or_get
from tests import factories
from tests.journey_data import learner, seed_000_rerelease

CHECKS = [not_a_server_error, negative_data_rejection]
EXAMPLES = 25  # per operation, per identity: the whole file stays near a minute per engine

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=EXAMPLES
)
schema.config.phases.update(phases=["examples", "coverage", "fuzzing"])


@pytest.fixture
def world(db) -> Iterator[dict[str, dict[str, str]]]:
    """Published activities (a hosted one with its pipeline), a learner enrolled in it with a
    bearer token; the headers of each identity.

    Requests go straight to the WSGI application, whose end-of-request handler would close the
    test's database connection (inside the test transaction); like Django's test client, the
    handler is disconnected meanwhile.
    """
    provider = factories.provider(name="Fuzz Provider")
    factories.activity(of=provider, publish=True)
    hosted = seed_000_rerelease(viewing_rule=False)
    member = learner(email="fuzz.learner@example.org")
    enroll_or_get(activity=hosted, learner=member)
    identities = {
        "anonymous": {},
        "learner": {"Authorization": f"Bearer {issue_token(user=member)}"},
    }
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield identities
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.parametrize("who", ["anonymous", "learner"])
@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_fuzz_no_server_error_and_no_invalid_request_accepted(case, world, who):
    case.call_and_validate(headers=world[who], checks=CHECKS)


def _refs(node: Any, document: dict[str, Any]) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = document["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _unstated(node: Any, document: dict[str, Any], where: str) -> Iterator[str]:
    """Strings without a length and a character rule, integers without a range."""
    node = _refs(node, document)
    if not isinstance(node, dict):
        return
    for key in ("anyOf", "oneOf", "allOf"):
        for i, branch in enumerate(node.get(key, [])):
            yield from _unstated(branch, document, f"{where}|{i}")
    kind = node.get("type")
    if kind == "string" and node.get("format") not in ("date", "date-time"):
        if "maxLength" not in node and "enum" not in node:
            yield f"{where}: no maxLength"
        if not ({"pattern", "enum"} & set(node)) and node.get("format") != "password":
            yield f"{where}: no pattern"
    elif kind == "integer" and not {"minimum", "maximum"} <= set(node):
        yield f"{where}: no range"
    elif kind == "array":
        yield from _unstated(node.get("items"), document, f"{where}[]")
    for name, prop in node.get("properties", {}).items():
        yield from _unstated(prop, document, f"{where}.{name}")
    extra = node.get("additionalProperties")
    if isinstance(extra, dict):
        yield from _unstated(extra, document, f"{where}.*")


def test_api_every_input_states_its_length_and_characters(client):
    """Every parameter and request body of the document says how long a string may be and
    which characters it may hold, and which ids and numbers it takes (a new operation too)."""
    document = client.get("/api/openapi.json").json()
    missing: list[str] = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            where = f"{method.upper()} {path}"
            for parameter in operation.get("parameters", []):
                name = f"{where} {parameter['in']} {parameter['name']}"
                missing += _unstated(parameter["schema"], document, name)
            for media in operation.get("requestBody", {}).get("content", {}).values():
                missing += _unstated(media["schema"], document, f"{where} body")
    assert missing == []
