"""The JSON API: one NinjaAPI, with a router from each app."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import ValidationError as NinjaValidationError

from opencme.catalog.api import router as catalog_router
from opencme.core.errors import DomainError, NotFound, PermissionDenied

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
    status = 404 if isinstance(exc, NotFound) else 403 if isinstance(exc, PermissionDenied) else 422
    return _problems(
        request, [{"field": p.field, "message": p.message} for p in exc.problems], status
    )


@api.exception_handler(NinjaValidationError)
def ninja_validation_error(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    problems = []
    for error in exc.errors:
        loc = [str(part) for part in error.get("loc", ()) if part not in ("query", "body", "path")]
        problems.append(
            {"field": ".".join(loc) or "request", "message": error.get("msg", "invalid")}
        )
    return _problems(request, problems, 422)


api.add_router("/activities", catalog_router)
