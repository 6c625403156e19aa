"""Nobody reads or changes what is not theirs, on every route and every API operation.

The routes come from the URL resolver and the operations from the OpenAPI document, so a new
one is walked without a new test. Each URL's values are real objects: learner A's enrollment,
certificate and token, provider 2's reports and admin objects. Then:

- a route not in ``PUBLIC_ROUTES`` (or an operation not in ``PUBLIC_OPERATIONS``) refuses an
  anonymous visitor: a sign-in page, 401, 403, 404 or 405; a new route must be classified
  here before this test passes;
- a signed-in person who does not own a value in the URL (learner B and staff of provider 1
  on learner A's records, learner A on provider 2's) gets 403/404/405, or the sign-in page
  of a part of the site that is not theirs (the admin's), and nothing is written;
- nobody but learner A and provider 2's staff ever sees learner A's email, legal name or
  certificate code on a page that is not public.

Learner A and provider 2's staff open their own records too, so the refusals mean something.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import FieldError
from django.db.models import Model
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from opencme.accounts.confirmation import confirmation_token
from opencme.accounts.models import ApiToken
from opencme.accounts.services import issue_token
from opencme.activities.models import CommercialSupporter, Faculty, FinancialRelationship
from opencme.certificates import transcripts
from opencme.certificates.models import Certificate
from opencme.credits.services import claim_credit
from opencme.learning.models import Question, Step
from opencme.reporting.services import run_export
from opencme.requirements import reminders
from opencme.requirements import services as tracker_services
from opencme.requirements.loader import load_shipped
from opencme.requirements.models import RuleChangeNotice
from opencme.requirements.reevaluation import reevaluate
from tests import factories, journey_data

pytestmark = pytest.mark.django_db

# Pages anyone may open. Everything else must refuse a visitor who is not signed in.
PUBLIC_ROUTES = {
    "web:home",
    "catalog:finder",
    "catalog:suggest",
    "catalog:activity",
    "certificates:verify",
    "certificates:verify_transcript",
    "certificates:issuer",
    "accounts:sign_up",
    "accounts:check_email",
    "accounts:confirm",
    "accounts:sign_in",
    "accounts:sign_out",
    "accounts:password_reset",
    "accounts:password_reset_done",
    "accounts:password_reset_confirm",
    "accounts:password_reset_complete",
    "admin_login",
    "admin:login",
    "admin:logout",
    "requirements:feed",  # a calendar address: its signed key is the credential
    "requirements:unsubscribe",  # a reminder's stop link: its signed token is the credential
    "api:openapi-json",
    "api:openapi-view",
}
# API operations that take no credentials (the OpenAPI document says so; this says it is meant).
PUBLIC_OPERATIONS = {
    ("GET", "/api/activities"),
    ("GET", "/api/activities/{activity_id}"),
    ("POST", "/api/auth/signup"),
    ("POST", "/api/auth/token"),
    ("GET", "/api/certificates/{code}"),
}
SIGN_IN_PATHS = ("/accounts/sign-in/", "/admin/login/")
ACTORS = ("anonymous", "learner_a", "learner_b", "staff_1")
REFUSED = {401, 403, 404, 405}


@dataclasses.dataclass
class World:
    users: dict[str, Any]
    values: dict[str, tuple[str, frozenset[str]]]  # URL parameter -> (value, who owns it)
    markers: tuple[str, ...]  # what only learner A and provider 2's staff may see
    admin_objects: dict[str, tuple[str, frozenset[str]]]  # admin route name -> (id, owners)
    tokens: dict[str, str]


A_ONLY = frozenset({"learner_a"})
PROVIDER_2 = frozenset({"staff_2"})
ANYONE: frozenset[str] = frozenset()


@pytest.fixture
def world(provider_a) -> World:
    activity = journey_data.seed_000_rerelease()  # provider 2: the re-release's provider
    provider_2 = activity.provider
    learner_a, enrollment = journey_data.ready_to_claim(
        activity, legal_name="Ariadne Quillfeather", email="ariadne.q@example.org"
    )
    claim = claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25",
                         actor=learner_a)  # fmt: skip
    cert = Certificate.objects.get(claim=claim)
    users = {
        "learner_a": learner_a,
        "learner_b": journey_data.learner(),
        "staff_1": factories.staff(of=provider_a),
        "staff_2": factories.staff(of=provider_2),
    }
    tokens = {name: issue_token(user=user) for name, user in users.items()}
    content = Step.objects.filter(activity=activity, kind="content").order_by("position").first()
    step = content or Step.objects.filter(activity=activity).order_by("position").first()
    assert step is not None
    transcript = transcripts.pdf_context(learner_a, transcripts.scope_for(learner_a))["code"]
    a_token = ApiToken.objects.filter(user=learner_a).order_by("-pk").first()
    assert a_token is not None
    values = {
        "activity_id": (str(activity.pk), ANYONE),
        "enrollment_id": (str(enrollment.pk), A_ONLY),
        "step_id": (str(step.pk), A_ONLY | PROVIDER_2),
        "code": (cert.code, A_ONLY),
        "transcript_code": (transcript, ANYONE),
        "slug": (provider_2.slug, PROVIDER_2),
        "name": ("completions", ANYONE),
        "token_id": (str(a_token.pk), A_ONLY),
        "token": (confirmation_token(learner_a), ANYONE),
        "uidb64": (urlsafe_base64_encode(force_bytes(learner_a.pk)), ANYONE),
        "reset_token": (default_token_generator.make_token(learner_a), ANYONE),
        "app_label": ("activities", ANYONE),
        "url": ("no-such-page/", ANYONE),
    }
    # A report batch of provider 2 (its kept files hold learner A's claim).
    _, batch = run_export(name="pars-learners", actor=None, out=None, provider=provider_2,
                          provider_ids=frozenset({provider_2.pk}), every_format=True)  # fmt: skip
    values["batch_id"] = (str(batch.pk), PROVIDER_2)
    values.update(_workspace_values(activity, step))
    values["fmt"] = ("csv", ANYONE)
    values.update(_tracker_values(learner_a))
    return World(
        users=users,
        values=values,
        markers=(learner_a.email, "Quillfeather", cert.code),
        admin_objects=_admin_objects(provider_2, learner_a),
        tokens=tokens,
    )


def _tracker_values(learner_a) -> dict[str, tuple[str, frozenset[str]]]:
    """Learner A's tracker: a license, a credit from elsewhere, the calendar address."""
    license = tracker_services.save_credential(actor=learner_a, user=learner_a, kind="license",
                                               state="FL", license_type="MD",
                                               expires_on=dt.date(2027, 1, 31))  # fmt: skip
    credit = tracker_services.record_external_credit(
        actor=learner_a, user=learner_a, title="Elsewhere", completed_on=dt.date(2026, 1, 5),
        credit_type="AMA_PRA_1", amount="1")  # fmt: skip
    key = tracker_services.renew_feed_address(actor=learner_a, user=learner_a)
    # A notice of a rule change (re-evaluation writes it; a newer rule file than shipped).
    shipped = load_shipped()["us-fl-md"]
    newer = {"us-fl-md": dataclasses.replace(shipped, version=f"{shipped.version}-next")}
    reevaluate(user_ids=[learner_a.pk])
    reevaluate(user_ids=[learner_a.pk], rule_sets=load_shipped() | newer)
    notice = RuleChangeNotice.objects.get(user=learner_a)
    return {
        "credential_id": (str(license.pk), A_ONLY),
        "credit_id": (str(credit.pk), A_ONLY),
        "notice_id": (str(notice.pk), A_ONLY),
        "key": (key, ANYONE),
        "unsubscribe_token": (reminders.unsubscribe_token(learner_a.pk), ANYONE),
    }


def _workspace_values(activity, step) -> dict[str, tuple[str, frozenset[str]]]:
    """Provider 2's objects the workspace's editor pages name in their URLs."""
    person = activity.faculty.first() or Faculty.objects.create(activity=activity, name="N Haddad")
    relationship = FinancialRelationship.objects.create(
        person=person, company="Acme Devices", nature="Consultant"
    )
    supporter = CommercialSupporter.objects.create(activity=activity, name="Acme Devices")
    moc = activity.moc.first() or activity.moc.create(board="ABIM", points=Decimal("1"))
    question = Question.objects.filter(step__activity=activity).first()
    assert question is not None
    found = {
        "person_id": person,
        "relationship_id": relationship,
        "supporter_id": supporter,
        "designation_id": activity.credits.first(),
        "moc_id": moc,
        "question_id": question,
    }
    return {key: (str(obj.pk), PROVIDER_2) for key, obj in found.items()}


def _admin_objects(provider_2, learner_a) -> dict[str, tuple[str, frozenset[str]]]:
    """Per admin model, an object of provider 2 (or learner A) when it has an owner; other
    models' objects belong to the site (only its administrators, not walked here, own them)."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for model in admin.site._registry:
        found: Model | None = None
        owners: frozenset[str] = ANYONE
        lookups: list[tuple[str, Any, frozenset[str]]] = [
            ("provider", provider_2, PROVIDER_2),
            ("activity__provider", provider_2, PROVIDER_2),
            ("learner", learner_a, A_ONLY),
            ("user", learner_a, A_ONLY),
        ]
        if model._meta.label == "accounts.User":
            lookups.append(("pk", learner_a.pk, A_ONLY))
        for lookup, value, who in lookups:
            try:
                found = model._default_manager.filter(**{lookup: value}).first()
            except FieldError:
                continue
            if found is not None:
                owners = who
                break
        if found is None:
            found = model._default_manager.order_by("pk").first()
        key = f"{model._meta.app_label}_{model._meta.model_name}"
        out[key] = (str(found.pk) if found is not None else "0", owners)
    return out


@dataclasses.dataclass(frozen=True)
class Route:
    name: str  # namespaced name, or the pattern when it has none
    path: str
    owners: frozenset[str]


def _patterns(resolver: URLResolver, prefix: str = "", ns: str = "") -> Iterator[tuple]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{ns}:{entry.namespace}" if ns and entry.namespace else entry.namespace or ns
            yield from _patterns(entry, prefix + str(entry.pattern), inner or "")
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry, ns


_PARAM = re.compile(r"<(?:(\w+):)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


def _fill(pattern: str, values: dict[str, str]) -> str:
    return _PARAM.sub(lambda m: values[m.group(2) or m.group(3)], pattern)


def routes(world: World) -> list[Route]:
    """Every page route of the resolver (the API's are walked from its document), with real
    values for its parameters and who owns them."""
    found = []
    for pattern, entry, ns in _patterns(get_resolver()):
        if ns == "api" and entry.name not in ("openapi-json", "openapi-view"):
            continue
        name = f"{ns}:{entry.name}" if ns and entry.name else entry.name or pattern
        params = [m.group(2) or m.group(3) for m in _PARAM.finditer(pattern)]
        owners: set[str] = set()
        kwargs = {}
        admin_model = re.match(r"admin:(\w+?)_(history|delete|change)$", name)
        for param in params:
            key = {"token": "reset_token"}.get(param, param) if "password_reset" in name else param
            if name == "certificates:verify_transcript":
                key = "transcript_code"
            if param == "object_id" and admin_model:
                value, who = world.admin_objects[admin_model.group(1)]
            elif param in ("object_id", "content_type_id", "id"):
                model = re.match(r"admin:(\w+?)_password_change$", name)
                value, who = world.admin_objects["accounts_user"] if model else ("1", ANYONE)
            else:
                value, who = world.values[key]
            kwargs[param] = value
            owners |= who
        if entry.name:
            path = reverse(name, kwargs=kwargs)
        else:  # unnamed (the admin's catch-all): fill the pattern by hand
            path = "/" + _fill(pattern, dict(kwargs))
            path = path.replace("^", "").replace("$", "")
        found.append(Route(name, path, frozenset(owners)))
    return found


def _client(world: World, actor: str) -> Client:
    client = Client()
    if actor != "anonymous":
        client.force_login(world.users[actor])
    return client


def _fingerprint() -> dict[str, int]:
    """Rows per model of OpenCME's apps: a refused request changes none of them."""
    return {
        model._meta.label: model._default_manager.count()
        for config in apps.get_app_configs()
        if config.name.startswith("opencme.")
        for model in config.get_models()
    }


def _to_sign_in(response) -> bool:
    return response.status_code == 302 and urlsplit(response["Location"]).path in SIGN_IN_PATHS


def _admin_not_found(route: Route, response) -> bool:
    """The admin answers an object outside the person's reach by going back to its index."""
    return (
        route.name.startswith("admin:")
        and response.status_code == 302
        and urlsplit(response["Location"]).path == "/admin/"
    )


def _body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def walk_routes(world: World, prefix: str = "") -> tuple[list[str], dict[str, int]]:
    """What went wrong on the walk of every route (whose name starts with ``prefix``), and
    what the owners got."""
    problems: list[str] = []
    owner_answers: dict[str, int] = {}
    walked = routes(world)
    assert len(walked) > 60, walked
    for route in (r for r in walked if r.name.startswith(prefix)):
        if route.name in PUBLIC_ROUTES:
            continue
        for actor in ACTORS:
            if actor in route.owners:
                continue
            client = _client(world, actor)
            # Someone else's record, or no sign-in: refused, whatever the method.
            must_refuse = actor == "anonymous" or bool(route.owners)
            for method in ("GET", "POST") if must_refuse else ("GET",):
                before = _fingerprint() if must_refuse else None
                # An empty JSON body: form views see an empty form, JSON views an empty
                # object, so a refusal comes from who is asking, not from a malformed body.
                response = client.generic(method, route.path, b"{}", "application/json")
                status = response.status_code
                where = f"{actor} {method} {route.path} ({route.name})"
                if must_refuse:
                    if not (
                        status in REFUSED
                        or _to_sign_in(response)
                        or _admin_not_found(route, response)
                    ):
                        problems.append(f"{where}: {status}")
                    if _fingerprint() != before:
                        problems.append(f"{where}: refused, but wrote to the database")
                elif status >= 500:
                    problems.append(f"{where}: {status}")
                shown = status < 300 and any(m in _body(response) for m in world.markers)
                if actor != "learner_a" and shown:
                    problems.append(f"{where}: shows learner A's records")
        for owner in sorted(route.owners):
            owner_answers[f"{owner} {route.name}"] = (
                _client(world, owner).get(route.path).status_code
            )
    return problems, owner_answers


def test_every_route_refuses_whoever_does_not_own_it(world):
    problems, owner_answers = walk_routes(world)
    assert problems == [], "\n".join(problems)
    # The world is real: its owners reach what the others were refused.
    for opened in (
        "learner_a credits:enrollment",
        "learner_a certificates:pdf",
        "learner_a certificates:credential",
        "staff_2 reporting:provider",
        "staff_2 reporting:outcomes",
        "staff_2 reporting:batch",
        "staff_2 reporting:batch_file",
        "staff_2 workspace:provider",
        "staff_2 admin:activities_activity_change",
    ):
        assert owner_answers[opened] == 200, (opened, owner_answers)


def _operations(client: Client) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    document = client.get("/api/openapi.json").json()
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            yield method.upper(), path, operation, document


def _example(schema: dict[str, Any], document: dict[str, Any]) -> Any:
    """A value of ``schema`` (its required properties only), so a refusal is not just a 422."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return _example(document["components"]["schemas"][name], document)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            return _example(schema[key][0], document)
    kind = schema.get("type")
    if kind == "object":
        props = schema.get("properties", {})
        return {k: _example(props[k], document) for k in schema.get("required", []) if k in props}
    if kind == "array":
        return []
    return {"integer": 1, "number": 1, "boolean": True}.get(kind or "", "1")


def test_every_api_operation_refuses_whoever_does_not_own_it(world):
    problems: list[str] = []
    anonymous = Client()
    operations = list(_operations(anonymous))
    open_ops = {(m, p) for m, p, op, _ in operations if not op.get("security")}
    assert open_ops == PUBLIC_OPERATIONS, "classify the new operation in PUBLIC_OPERATIONS"
    owner_answers = {}
    for method, template, operation, document in operations:
        owners: set[str] = set()
        path = template
        for param in re.findall(r"{(\w+)}", template):
            value, who = world.values[param]
            path = path.replace(f"{{{param}}}", value)
            owners |= who
        body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
        payload = _example(body["schema"], document) if body else None
        public = (method, template) in PUBLIC_OPERATIONS
        for actor in ACTORS:
            if public or actor in owners or (actor != "anonymous" and not owners):
                continue
            headers = {} if actor == "anonymous" else {
                "Authorization": f"Bearer {world.tokens[actor]}"
            }  # fmt: skip
            before = _fingerprint()
            response = Client(headers=headers).generic(
                method,
                path,
                b"" if payload is None else json.dumps(payload),
                "application/json",
            )
            status = response.status_code
            allowed = {401} if actor == "anonymous" else REFUSED - {401}
            where = f"{actor} {method} {path}"
            if status not in allowed:
                problems.append(f"{where}: {status} {_body(response)[:200]}")
            if _fingerprint() != before:
                problems.append(f"{where}: refused, but wrote to the database")
            if status < 300 and any(m in _body(response) for m in world.markers):
                problems.append(f"{where}: shows learner A's records")
        for owner in sorted(owners):
            if method == "GET":
                headers = {"Authorization": f"Bearer {world.tokens[owner]}"}
                owner_answers[(owner, template)] = Client(headers=headers).get(path).status_code
    assert problems == [], "\n".join(problems)
    assert owner_answers[("learner_a", "/api/enrollments/{enrollment_id}")] == 200


def test_a_new_route_is_walked_and_must_be_classified(world, settings):
    """A page added without a thought for who may open it fails the walk."""
    settings.ROOT_URLCONF = "tests.authorization_probe_urls"
    problems, _ = walk_routes(world, prefix="probe:")
    probe = [p for p in problems if "(probe:" in p]
    assert any(p.startswith("anonymous GET /probe/") for p in probe), problems
    assert any(p.startswith("learner_b GET /probe/") for p in probe), problems
    assert any("shows learner A's records" in p for p in probe), problems
