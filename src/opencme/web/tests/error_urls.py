"""A test-only URLconf: the site's own URLs plus views that fail in each way, to see the error
pages that real failures get (``@override_settings(ROOT_URLCONF=...)``)."""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import HttpRequest, HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def forbidden(request: HttpRequest) -> HttpResponse:
    raise PermissionDenied("staff only")


def broken(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a bug in a view")


def suspicious(request: HttpRequest) -> HttpResponse:
    raise SuspiciousOperation("a forged header")


urlpatterns = [
    path("test-errors/forbidden/", forbidden),
    path("test-errors/broken/", broken),
    path("test-errors/suspicious/", suspicious),
    *site_urlpatterns,
]
