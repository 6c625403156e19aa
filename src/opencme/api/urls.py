"""The JSON API: one NinjaAPI, with a router from each app."""

from __future__ import annotations

from collections.abc import Sequence

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from opencme.accounts.api import auth_router, me_router
from opencme.catalog.api import router as catalog_router
from opencme.certificates.api import router as certificates_router
from opencme.core.errors import DomainError, NotFound, PermissionDenied, Throttled
from opencme.credits.api import router as learning_router
from opencme.reporting.api import router as reporting_router
from opencme.requirements.api import router as tracker_router

api = NinjaAPI(
    title="OpenCME API",
    version="1",
    description="Activities, the finder, learning, credit and certificates.",
    urls_namespace="api",
)


def _problems(request: HttpRequest, problems: list[dict[str, str]], status: int) -> HttpResponse:
    return api.create_response(request, {"detail": problems}, status=status)


@api.exception_handler(DomainError)
def domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
    status = 422
    if isinstance(exc, NotFound):
        status = 404
    elif isinstance(exc, Throttled):
        status = 429
    elif isinstance(exc, PermissionDenied):
        status = 403
    response = _problems(
        request, [{"field": p.field, "message": p.message} for p in exc.problems], status
    )
    if getattr(exc, "retry_after", None):  # accounts.throttle says when to come back
        response["Retry-After"] = str(exc.retry_after)  # type: ignore[attr-defined]
    return response


def field_name(loc: Sequence[str | int]) -> str:
    """A pydantic error's location as the services name fields: ``board_ids[0].identifier``.

    Ninja puts where the value came from first (``body``, ``query``, ``path``), then, for a
    body or a query schema, the view's parameter: every operation here reads its body into one
    schema, and names a query schema ``params``. Neither is part of the name a client sent. A
    problem with the body as a whole is ``body``."""
    parts = list(loc)
    source = parts.pop(0) if parts and parts[0] in ("query", "body", "path") else ""
    if parts and (source == "body" or (source == "query" and parts[0] == "params")):
        parts.pop(0)
    name = ""
    for part in parts:
        name += f"[{part}]" if isinstance(part, int) else f".{part}" if name else str(part)
    return name or (source if source == "body" else "request")


@api.exception_handler(NinjaValidationError)
def ninja_validation_error(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    problems = [
        {"field": field_name(error.get("loc", ())), "message": error.get("msg", "invalid")}
        for error in exc.errors
    ]
    return _problems(request, problems, 422)


@api.exception_handler(AuthenticationError)
def authentication_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    message = "sign in, or send Authorization: Bearer <token> from POST /api/auth/token"
    return _problems(request, [{"field": "authorization", "message": message}], 401)


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    """Ninja's own refusals, in our problem shape and with the statuses operations declare."""
    if exc.status_code == 400:  # a body that is not JSON: a bad parameter like any other
        return _problems(request, [{"field": "body", "message": "is not valid JSON"}], 422)
    if exc.status_code == 403 and "CSRF" in exc.message:
        # A session cookie without its CSRF token does not authenticate the request.
        message = (
            "a signed-in browser must send the X-CSRFToken header; "
            "other clients send Authorization: Bearer <token> from POST /api/auth/token"
        )
        return _problems(request, [{"field": "authorization", "message": message}], 401)
    return _problems(request, [{"field": "request", "message": exc.message}], exc.status_code)


api.add_router("/activities", catalog_router)
api.add_router("/auth", auth_router)
api.add_router("/me", me_router)
api.add_router("", learning_router)
api.add_router("/reporting", reporting_router)
api.add_router("", certificates_router)
api.add_router("", tracker_router)
