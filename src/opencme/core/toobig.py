"""A form whose body is over ``DATA_UPLOAD_MAX_MEMORY_SIZE`` answered by its own page.

Django refuses such a body with ``RequestDataTooBig`` when the body is first read, and the CSRF
check reads it before any view runs, so the person gets a bare "400 Bad Request". A view
decorated with ``answers_too_big(answer)`` reads the body first: over the limit, ``answer``
renders the form with the problem beside its field (it writes nothing, so it needs no CSRF
token, which is in the body that could not be read); within it, the CSRF check runs as
everywhere else before the view.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect

View = Callable[..., HttpResponse]


def answers_too_big(answer: View) -> Callable[[View], View]:
    """Decorate a view so that a POST body over the limit gets ``answer(request, ...)`` (which
    must check access itself and must not write) and every other POST the CSRF check."""

    def decorate(view: View) -> View:
        protected = csrf_protect(view)

        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method == "POST":
                try:
                    request.POST, request.FILES  # noqa: B018 - reading them is the check
                except RequestDataTooBig:
                    return answer(request, *args, **kwargs)
            return protected(request, *args, **kwargs)

        # The global CSRF check would read the body first; ``protected`` checks it instead.
        return csrf_exempt(wrapped)

    return decorate
