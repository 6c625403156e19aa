"""The site's one public address: every absolute link OpenCME makes starts here.

Emails, a certificate's QR code and verify line, its signed credential, the issuer documents
and any feed are read by people and programs away from the request that made them, often for
years (a printed certificate keeps its link for good). So they are built from one setting,
``OPENCME_SITE_URL``, never from a request's Host header; ``opencme.core.checks`` refuses a
malformed address at start-up and, in production, a missing or plain-http one.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings


def site_url() -> str:
    """The public base address without a trailing slash, e.g. ``https://cme.example.org``."""
    return str(settings.SITE_URL).rstrip("/")


def absolute_url(path: str) -> str:
    """``path`` (starting with ``/``, as ``reverse`` gives it) on the public address."""
    if not path.startswith("/"):
        raise ValueError(f"absolute_url needs a path starting with '/', got {path!r}")
    return site_url() + path


def address_problems(url: str) -> list[str]:
    """What is wrong with ``url`` as the site's base address (empty when it is usable)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError on a port that is not a number)
    except ValueError as exc:
        return [f"it is not a URL ({exc})"]
    problems = []
    if parts.scheme not in ("http", "https"):
        problems.append("it must start with http:// or https://")
    if not parts.hostname:
        problems.append("it has no host name")
    if parts.path.strip("/") or parts.query or parts.fragment:
        problems.append("it must be the site's root, without a path, query or fragment")
    if parts.username or parts.password:
        problems.append("it must not carry a user name or password")
    return problems
