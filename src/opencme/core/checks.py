"""System checks for the site's public address (``opencme.core.site``).

opencme.core.E001  OPENCME_SITE_URL is not a usable base address
opencme.core.E002  (deploy) OPENCME_SITE_URL is not set
opencme.core.E003  (deploy) OPENCME_SITE_URL is not https
opencme.core.W004  (deploy) OPENCME_SITE_URL's host is not in OPENCME_ALLOWED_HOSTS
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.http.request import validate_host

from opencme.core.site import address_problems


@checks.register()
def check_site_url(app_configs, **kwargs):
    problems = address_problems(settings.SITE_URL)
    return (
        [
            checks.Error(
                f"OPENCME_SITE_URL ({settings.SITE_URL!r}) is unusable: {'; '.join(problems)}.",
                hint="Set it to the address people reach the site at, e.g. https://cme.example.org.",
                id="opencme.core.E001",
            )
        ]
        if problems
        else []
    )


@checks.register(checks.Tags.security, deploy=True)
def check_site_url_deploy(app_configs, **kwargs):
    if not settings.SITE_URL_CONFIGURED:
        return [
            checks.Error(
                "OPENCME_SITE_URL is not set: emails, certificate QR codes and signed "
                f"credentials would point at {settings.SITE_URL}.",
                hint="Set OPENCME_SITE_URL to the public https:// address of the site.",
                id="opencme.core.E002",
            )
        ]
    if address_problems(settings.SITE_URL):
        return []  # E001 says what is wrong
    parts = urlsplit(settings.SITE_URL)
    errors: list[checks.CheckMessage] = []
    if parts.scheme != "https":
        errors.append(
            checks.Error(
                f"OPENCME_SITE_URL ({settings.SITE_URL}) is not https: printed certificates "
                "and credentials would keep a link browsers warn about.",
                hint="Serve the site over TLS and set OPENCME_SITE_URL=https://...",
                id="opencme.core.E003",
            )
        )
    if not validate_host(parts.hostname or "", settings.ALLOWED_HOSTS):
        errors.append(
            checks.Warning(
                f"OPENCME_SITE_URL's host {parts.hostname!r} is not in OPENCME_ALLOWED_HOSTS, "
                "so its links would be refused.",
                hint="Add it to OPENCME_ALLOWED_HOSTS.",
                id="opencme.core.W004",
            )
        )
    return errors
