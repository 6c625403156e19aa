"""Template helpers of the workspace's activity pages: the section tabs and the publish
problems beside a field."""

from __future__ import annotations

from typing import Any

from django import template

from opencme.workspace import sections

register = template.Library()


@register.simple_tag
def activity_tabs(slug: str, activity_id: int, current: str) -> list[sections.Tab]:
    """``{% activity_tabs provider.slug activity.pk section as tabs %}``."""
    return sections.activity_tabs(slug=slug, activity_id=activity_id, current=current or "")


@register.filter
def problems_at(checks: Any, path: str) -> list[str]:
    """``{{ checks|problems_at:"credits[0].amount" }}``: the publish problems of that field
    (none when the page was not opened to check)."""
    if not checks:
        return []
    return list(checks.get(path, ()))
