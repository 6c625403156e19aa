"""Names people read for what the reports pages hold as codes."""

from __future__ import annotations

from django import template

from opencme.reporting.exporters.base import EXPORTERS
from opencme.reporting.models import Destination

register = template.Library()


@register.filter
def destination_name(code: str) -> str:
    """``CPE_MONITOR`` -> "NABP CPE Monitor"."""
    return str(Destination(code).label) if code in Destination.values else code


@register.filter
def exporter_title(name: str) -> str:
    """``cpe-monitor`` -> "CPE Monitor pharmacy credit"."""
    exporter = EXPORTERS.get(name)
    return exporter.title if exporter is not None else name
