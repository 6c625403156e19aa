"""``{{ code|credit_type_name }}``: a credit type by the name the rule book gives it, for pages
that hold only its code (a code stays in a CSV's own column, never in text people read)."""

from __future__ import annotations

from django import template

from opencme.accreditation.selectors import rulebook_get

register = template.Library()


@register.filter
def credit_type_name(code: str | None) -> str:
    if not code:
        return ""
    rule = rulebook_get().credit_type(code)
    if rule is not None:
        return rule.name
    return "Participation" if code == "PARTICIPATION" else code
