"""Template filters for activity values; each calls a pure function of ``catalog.presenters``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django import template

from opencme.accreditation.rules import RuleBook
from opencme.catalog import presenters

register = template.Library()


@register.filter
def record_date(value: str | None) -> str:
    """A record date: ``Aug 29, 2026``, or ``August 2026`` for a month-only date."""
    return presenters.show_date(value)


@register.filter
def cost(value: Mapping[str, Any] | None) -> str:
    return presenters.cost_label(value)


@register.filter
def format_name(code: str | None, book: RuleBook) -> str:
    return presenters.format_name(book, code)


@register.filter
def delivery_name(code: str | None) -> str:
    return presenters.DELIVERY_NAMES.get(code or "", "")


@register.filter
def credits_summary(credits: Iterable[Mapping[str, Any]], book: RuleBook) -> str:
    return presenters.credits_summary(book, credits)


@register.filter
def board_codes(moc: Iterable[Mapping[str, Any]]) -> str:
    return ", ".join(dict.fromkeys(str(m["board"]) for m in moc))
