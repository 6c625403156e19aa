from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html")


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without a valid CSRF token (``CSRF_FAILURE_VIEW``): the site's 403 page
    saying what to do. ``reason`` is for the log, not the page."""
    return render(request, "web/csrf_failure.html", status=403)
