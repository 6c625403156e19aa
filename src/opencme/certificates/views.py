"""Certificate pages: the public verification page, the owner's PDF and credential downloads,
the issuer's key document, and the transcript as PDF. Thin: parse, call one selector, render."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render

from opencme.accounts.services import user_for_token
from opencme.certificates import presenters, selectors, transcripts
from opencme.certificates.models import ProviderKey
from opencme.certificates.signing.credential import issuer_document
from opencme.core.errors import NotFound
from opencme.credits.transcript_views import filter_problems, transcript_filters


def noindex(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A public page reached from a code, not from search engines: it names a learner. The
    page's template says it too (``<meta name="robots">``, for crawlers that read only HTML)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex"
        return response

    return wrapped


@noindex
def verify(request: HttpRequest, code: str) -> HttpResponse:
    try:
        cert = selectors.certificate_get_public(code=code)
    except NotFound as exc:
        raise Http404("no certificate has this code") from exc
    return render(request, "certificates/verify.html", presenters.verify_context(cert))


def bearer_or_session(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The learner by API token (``Authorization: Bearer <token>``, as the API takes it) or by
    session, so the download links the API lists work for an API client as in a browser. A
    token that is not valid is 401 (a program must not be sent to a sign-in page); no token and
    no session, the sign-in page as for any page of one's own."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer":
            user = user_for_token(token.strip()) if token.strip() else None
            if user is None:
                response = HttpResponse(
                    "The API token is not valid.", status=401, content_type="text/plain"
                )
                response["WWW-Authenticate"] = 'Bearer realm="opencme"'
                return response
            request.user = user
        elif not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapped


def _own(request: HttpRequest, code: str):
    try:
        return selectors.certificate_get_for_owner(code=code, user=request.user)
    except NotFound as exc:
        raise Http404("no certificate of yours has this code") from exc


@bearer_or_session
def certificate_pdf(request: HttpRequest, code: str) -> HttpResponse:
    from opencme.certificates import pdf  # WeasyPrint: loaded on the first PDF, not at start

    cert = _own(request, code)
    response = HttpResponse(pdf.certificate_pdf(cert), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="certificate-{cert.code[:8]}.pdf"'
    return response


@bearer_or_session
def certificate_json(request: HttpRequest, code: str) -> HttpResponse:
    cert = _own(request, code)
    response = HttpResponse(
        json.dumps(cert.credential, indent=2, ensure_ascii=False),
        content_type="application/ld+json",
    )
    response["Content-Disposition"] = f'attachment; filename="credential-{cert.code[:8]}.json"'
    return response


def issuer(request: HttpRequest, slug: str) -> HttpResponse:
    """The issuer's controller document with its public key (no key yet: not found)."""
    key = get_object_or_404(ProviderKey.objects.select_related("provider"), provider__slug=slug)
    return JsonResponse(issuer_document(key.provider), content_type="application/ld+json")


@bearer_or_session
def transcript_pdf(request: HttpRequest) -> HttpResponse:
    """The transcript as PDF with the page's filters, carrying its verification code."""
    from opencme.certificates import pdf  # WeasyPrint: loaded on the first PDF, not at start

    form, filters = transcript_filters(request)
    if form.errors:
        return filter_problems(form)
    scope = transcripts.scope_for(request.user, **filters)
    body = pdf.transcript_pdf(transcripts.pdf_context(request.user, scope))
    response = HttpResponse(body, content_type="application/pdf")
    stamp = scope.issued_on.isoformat()
    response["Content-Disposition"] = f'inline; filename="transcript-{stamp}.pdf"'
    return response


@noindex
def verify_transcript(request: HttpRequest, code: str) -> HttpResponse:
    """Public: the transcript a PDF's code stands for, as it stands today."""
    context = transcripts.verify_context(code)
    if context is None:
        raise Http404("no transcript has this code")
    return render(request, "certificates/verify_transcript.html", context)
