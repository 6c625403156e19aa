"""One credential's cycle as a PDF, as a board's audit asks: a summary (each requirement with
what it asks, what is counted and missing, the rule's citations with the date each was read
and the sentence quoted, and every credit applied with its reason in words, self-reported
credit marked so), then the certificate of each OpenCME claim applied, its own pages as the
certificates app renders them.

Rendered as the certificates are (WeasyPrint, the shipped fonts, nothing fetched), in portrait
for reading; the certificates keep their own paper. pypdf joins the documents.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from django.template.loader import render_to_string
from pypdf import PdfWriter
from weasyprint import CSS, HTML

from opencme.certificates.assets import FONTS
from opencme.certificates.models import Certificate
from opencme.certificates.pdf import LocalFetcher, certificate_pdf, font_config, font_faces
from opencme.requirements.explain import ON_OPENCME, CredentialView

TEMPLATE = "requirements/packet_pdf.html"
STYLESHEET = "requirements/packet_pdf.css"


@dataclass(frozen=True)
class Attached:
    """A claim applied to the credential and the certificate that stands for it (None when
    none stands: revoked, or not issued)."""

    claim_id: int
    title: str
    certificate: Certificate | None


def claims_applied(card: CredentialView) -> list[tuple[int, str]]:
    """The OpenCME claims applied to any requirement of ``card``, once each, in order."""
    seen: dict[int, str] = {}
    for req in card.requirements:
        for applied in req.applied:
            if applied.credit.source == ON_OPENCME:
                seen.setdefault(applied.credit.row_id, applied.credit.title)
    return list(seen.items())


def attachments(card: CredentialView) -> list[Attached]:
    claims = claims_applied(card)
    found: dict[int, Certificate] = {}
    rows = (
        Certificate.objects.filter(
            claim_id__in=[c for c, _ in claims], status=Certificate.Status.VALID
        )
        .select_related("provider", "provider__certificate_style")
        .order_by("-issued_at", "-id")
    )
    for cert in rows:
        found.setdefault(cert.claim_id, cert)
    return [Attached(claim_id, title, found.get(claim_id)) for claim_id, title in claims]


def summary_pdf(card: CredentialView, *, name: str, as_of: dt.date, attached: list[Any]) -> bytes:
    html = render_to_string(
        TEMPLATE,
        {
            "card": card,
            "name": name,
            "as_of": as_of,
            "attached": attached,
            "requirements": [r for r in card.requirements if r.applies],
        },
    )
    css = CSS(
        string=render_to_string(STYLESHEET, {"font_faces": font_faces()}),
        font_config=font_config(),
        url_fetcher=LocalFetcher(),
    )
    document = HTML(string=html, url_fetcher=LocalFetcher(), base_url=FONTS.as_uri() + "/")
    return bytes(document.write_pdf(stylesheets=[css], font_config=font_config()))


def packet_pdf(card: CredentialView, *, name: str, as_of: dt.date) -> bytes:
    """The summary, then each attached certificate's pages."""
    attached = attachments(card)
    writer = PdfWriter()
    writer.append(io.BytesIO(summary_pdf(card, name=name, as_of=as_of, attached=attached)))
    for item in attached:
        if item.certificate is not None:
            writer.append(io.BytesIO(certificate_pdf(item.certificate)))
    writer.add_metadata({"/Title": f"Audit packet: {card.held.name}"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
