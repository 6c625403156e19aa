"""``{% absolute_url 'name' arg ... %}``: a URL on the site's public address, for emails and
documents read away from the request (see ``opencme.core.site``)."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse

from opencme.core import site

register = template.Library()


@register.simple_tag
def absolute_url(view_name: str, *args: Any, **kwargs: Any) -> str:
    return site.absolute_url(reverse(view_name, args=args or None, kwargs=kwargs or None))
