"""Certificates and transcripts as PDF: Django templates (HTML + CSS) rendered by WeasyPrint.

Nothing is fetched while rendering: the URL fetcher serves only ``data:`` URLs (the QR code, the
provider's logo and signature, inlined) and the fonts shipped in ``fonts/``. The stylesheet of
each look (paper and colours) is parsed once per process.
"""

from __future__ import annotations

import base64
import mimetypes
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from opencme.certificates.models import Certificate, CertificateStyle
from opencme.certificates.qr import qr_svg
from opencme.certificates.rules import shown_dates

PACKAGE = Path(__file__).resolve().parent
FONTS = PACKAGE / "fonts"
FONT_FILES = {
    ("Certificate Sans", "normal"): "DejaVuSans.ttf",
    ("Certificate Sans", "bold"): "DejaVuSans-Bold.ttf",
    ("Certificate Serif", "normal"): "DejaVuSerif.ttf",
    ("Certificate Serif", "bold"): "DejaVuSerif-Bold.ttf",
}
CERTIFICATE_TEMPLATE = "certificates/certificate.html"
TRANSCRIPT_TEMPLATE = "certificates/transcript_pdf.html"
STYLESHEET_TEMPLATE = "certificates/certificate.css"
PAPER = {"letter": "letter landscape", "a4": "A4 landscape"}
DEFAULT_STYLE = CertificateStyle()  # unsaved: the default look for providers without one


class LocalFetcher(URLFetcher):
    """Serves the shipped fonts and ``data:`` URLs; refuses everything else (no network)."""

    def __init__(self) -> None:  # the base class builds an HTTPS opener we never use
        self._fail_on_errors = False

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        if url.startswith("data:"):
            meta, _, payload = url[5:].partition(",")
            body = base64.b64decode(payload) if meta.endswith(";base64") else payload.encode()
            return URLFetcherResponse(url, body, {"Content-Type": meta.split(";")[0]})
        if url.startswith("file:"):
            path = Path(url.removeprefix("file://")).resolve()
            if path.parent == FONTS and path.is_file():
                return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": "font/ttf"})
        raise FatalURLFetchingError(f"certificates render offline; {url} is not available")


@cache
def font_config() -> FontConfiguration:
    return FontConfiguration()


def font_faces() -> str:
    return "\n".join(
        f"@font-face {{ font-family: '{family}'; font-weight: {weight}; "
        f"src: url('{(FONTS / name).as_uri()}'); }}"
        for (family, weight), name in FONT_FILES.items()
    )


def _style_key(style: CertificateStyle) -> tuple[str, str, str]:
    return (style.paper, style.primary_colour, style.accent_colour)


@lru_cache(maxsize=256)
def _stylesheet(key: tuple[str, str, str]) -> CSS:
    paper, primary, accent = key
    text = render_to_string(
        STYLESHEET_TEMPLATE,
        {
            "font_faces": font_faces(),
            "page_size": PAPER.get(paper, PAPER["letter"]),
            "primary": primary,
            "accent": accent,
        },
    )
    return CSS(string=text, font_config=font_config(), url_fetcher=LocalFetcher())


def stylesheet(style: CertificateStyle) -> CSS:
    return _stylesheet(_style_key(style))


def data_url(field: Any) -> str:
    """A stored image as a ``data:`` URL, or "" when there is none or it cannot be read."""
    if not field:
        return ""
    try:
        with field.open("rb") as handle:
            body = handle.read()
    except OSError:
        return ""
    kind = mimetypes.guess_type(field.name)[0] or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(body).decode()}"


def style_for(cert: Certificate) -> CertificateStyle:
    try:
        return cert.provider.certificate_style
    except CertificateStyle.DoesNotExist:
        return DEFAULT_STYLE


def verify_url(code: str) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("certificates:verify", args=[code])


def _write(html: str, style: CertificateStyle) -> bytes:
    document = HTML(string=html, url_fetcher=LocalFetcher(), base_url=FONTS.as_uri() + "/")
    return document.write_pdf(stylesheets=[stylesheet(style)], font_config=font_config())


def certificate_pdf(cert: Certificate) -> bytes:
    """The certificate as a one-page PDF, from what it states (``cert.content``)."""
    style = style_for(cert)
    target = verify_url(cert.code)
    qr = base64.b64encode(qr_svg(target).encode()).decode()
    html = render_to_string(
        CERTIFICATE_TEMPLATE,
        {
            "c": cert.content,
            "dates": shown_dates(cert.content),
            "cert": cert,
            "style": style,
            "logo": data_url(style.logo),
            "signature": data_url(style.signature),
            "qr": f"data:image/svg+xml;base64,{qr}",
            "verify_url": target,
        },
    )
    return _write(html, style)


def transcript_pdf(context: dict[str, Any]) -> bytes:
    html = render_to_string(TRANSCRIPT_TEMPLATE, context)
    return _write(html, DEFAULT_STYLE)
