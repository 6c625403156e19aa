"""Certificates in pages of apps above ``certificates`` (My learning lists enrollments; the
``learning`` app does not import this one): one query for the whole list."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django import template

from opencme.certificates.links import CertificateLink, certificates_for_enrollments

register = template.Library()


@register.simple_tag
def certificates_by_enrollment(rows: Iterable[Any]) -> dict[int, list[CertificateLink]]:
    """``{% certificates_by_enrollment rows as certs %}``: each enrollment's valid certificates
    (``rows``: enrollments, or My learning's rows with an ``enrollment``)."""
    ids = [getattr(r, "pk", None) or r["enrollment"].pk for r in rows]
    return certificates_for_enrollments(ids) if ids else {}


@register.filter
def of_enrollment(
    certs: Mapping[int, list[CertificateLink]], enrollment_id: int
) -> list[CertificateLink]:
    return list(certs.get(enrollment_id, []))
