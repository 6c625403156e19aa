"""Certificates and transcripts as PDF: Django templates (HTML + CSS) rendered by WeasyPrint.

Nothing is fetched while rendering: the URL fetcher serves only ``data:`` URLs (the QR code, the
provider's logo and signature, inlined) and the fonts shipped in ``fonts/``. The stylesheet of
each look (paper and colours) is parsed once per process, and each provider's logo and signature
are read, shrunk to what the page can show and flattened once per upload (the PDF renderer
decodes and re-compresses every image on every render, so their size is paid each time).
"""

from __future__ import annotations

import base64
import io
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from PIL import Image, ImageOps, UnidentifiedImageError
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from opencme.certificates.assets import (
    CERTIFICATE_TEMPLATE,
    FONT_FILES,
    FONTS,
    STYLESHEET_TEMPLATE,
    TRANSCRIPT_TEMPLATE,
)
from opencme.certificates.models import Certificate, CertificateStyle
from opencme.certificates.qr import qr_png
from opencme.certificates.rules import long_date, shown_dates
from opencme.core.site import absolute_url

PAPER = {"letter": "letter landscape", "a4": "A4 landscape"}
DEFAULT_STYLE = CertificateStyle()  # unsaved: the default look for providers without one
# The largest each image is shown (the certificate stylesheet's max-width and max-height), and
# the resolution kept for it: enough for print, and no more pixels than that to compress.
LOGO_BOX_MM = (60, 18)
SIGNATURE_BOX_MM = (55, 14)
IMAGE_DPI = 300
ORIENTATION = 0x0112  # the EXIF tag


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


def _shown_pixels(box_mm: tuple[int, int]) -> tuple[int, int]:
    return (round(box_mm[0] / 25.4 * IMAGE_DPI), round(box_mm[1] / 25.4 * IMAGE_DPI))


def prepared_image(body: bytes, box_mm: tuple[int, int]) -> tuple[str, bytes] | None:
    """``body`` as the certificate shows it: (content type, bytes), or None when it is not an
    image. Shrunk to ``IMAGE_DPI`` at its largest size on the page (never enlarged, so its size
    on the page does not change) and flattened onto white, the certificate's background: the
    PDF renderer would otherwise split out and compress the alpha channel on every render. A
    JPEG that needs neither shrinking nor turning is kept as it is (the PDF carries JPEG data
    unchanged)."""
    try:
        opened = Image.open(io.BytesIO(body))
        opened.load()
        # Turned as the camera said (the renderer would do it for the original; not for a copy)
        image: Image.Image = ImageOps.exif_transpose(opened)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    limit = _shown_pixels(box_mm)
    too_big = image.width > limit[0] or image.height > limit[1]
    unturned = opened.getexif().get(ORIENTATION, 1) == 1
    if opened.format == "JPEG" and opened.mode in ("RGB", "L") and unturned and not too_big:
        return "image/jpeg", body
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        image = Image.new("RGB", rgba.size, "white")
        image.paste(rgba, mask=rgba.getchannel("A"))
    elif image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    if too_big:
        image.thumbnail(limit, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return "image/png", out.getvalue()


@lru_cache(maxsize=64)
def _image_data_url(storage: Any, name: str, version: str, box_mm: tuple[int, int]) -> str:
    try:
        with storage.open(name, "rb") as handle:
            body = handle.read()
    except OSError:
        return ""
    prepared = prepared_image(body, box_mm)
    if prepared is None:
        return ""
    kind, data = prepared
    return f"data:{kind};base64,{base64.b64encode(data).decode()}"


def data_url(field: Any, *, box_mm: tuple[int, int], version: str = "") -> str:
    """A stored image as the certificate shows it, as a ``data:`` URL ("" when there is none or
    it cannot be read). Kept per process by file name and ``version`` (the style's
    ``updated_at``), so a new upload is used at once."""
    if not field:
        return ""
    return _image_data_url(field.storage, field.name, version, box_mm)


def style_for(cert: Certificate) -> CertificateStyle:
    try:
        return cert.provider.certificate_style
    except CertificateStyle.DoesNotExist:
        return DEFAULT_STYLE


def verify_url(code: str) -> str:
    return absolute_url(reverse("certificates:verify", args=[code]))


def _write(html: str, style: CertificateStyle) -> bytes:
    document = HTML(string=html, url_fetcher=LocalFetcher(), base_url=FONTS.as_uri() + "/")
    return document.write_pdf(stylesheets=[stylesheet(style)], font_config=font_config())


def certificate_pdf(cert: Certificate) -> bytes:
    """The certificate as a one-page PDF, from what it states (``cert.content``)."""
    style = style_for(cert)
    target = verify_url(cert.code)
    qr = base64.b64encode(qr_png(target)).decode()
    version = style.updated_at.isoformat() if style.updated_at else ""
    html = render_to_string(
        CERTIFICATE_TEMPLATE,
        {
            "c": cert.content,
            "dates": shown_dates(cert.content),
            "cert": cert,
            "style": style,
            "logo": data_url(style.logo, box_mm=LOGO_BOX_MM, version=version),
            "signature": data_url(style.signature, box_mm=SIGNATURE_BOX_MM, version=version),
            "signer_name": style.signer_name.strip(),
            "signer_title": style.signer_title.strip(),
            "issued": long_date(timezone.localdate(cert.issued_at)),
            "qr": f"data:image/png;base64,{qr}",
            "verify_base": target.removesuffix(cert.code),
        },
    )
    return _write(html, style)


def transcript_pdf(context: dict[str, Any]) -> bytes:
    html = render_to_string(TRANSCRIPT_TEMPLATE, context)
    return _write(html, DEFAULT_STYLE)
