"""The statements a learner reads before starting, rendered from the rule book's templates.

Each credit type's ``statement`` (and its ``statement_extras``) and each accreditor's standard
statement (``accreditor_statements``) live in ``data/rulebook.json``; here they are filled with
an activity's facts. Pure: plain values in, text out.
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass
from decimal import Decimal

from opencme.accreditation.rules import RuleBook

ASWB_CATEGORIES = ("clinical", "ethics", "cultural competence", "supervision", "general")


@dataclass(frozen=True)
class Designation:
    credit_type: str
    amount: Decimal | None
    label: str = ""
    uan: str = ""
    pharmacology_hours: Decimal | None = None


@dataclass(frozen=True)
class DesignationStatement:
    credit_type: str
    credit_name: str
    amount: str
    text: str


def number(value: Decimal | None) -> str:
    """1.25 -> "1.25", 1.00 -> "1", 0.50 -> "0.5"; "" for none."""
    return "" if value is None else format(value.normalize(), "f")


def long_date(day: dt.date | None) -> str:
    # The site's one date format ("Aug 29, 2026", opencme.web.formats).
    return f"{day:%b} {day.day}, {day.year}" if day else "not stated"


def aswb_category(label: str) -> str:
    """The social work CE category the designation's label names; "general" when none."""
    lowered = label.lower()
    return next((c for c in ASWB_CATEGORIES if c in lowered), "general")


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:  # a placeholder we do not fill stays visible
        return "{" + key + "}"


def _fill(template: str, values: _Values) -> str:
    return string.Formatter().vformat(template, (), values)


def designation_statements(
    book: RuleBook,
    designations: list[Designation],
    *,
    provider: str,
    format: str,
    expires: dt.date | None,
) -> list[DesignationStatement]:
    """The credit designation statement of every designation, with its amount, in order.

    A credit type without a template in the rule book yields no statement; its amount is still
    shown by the caller from the designation itself.
    """
    out: list[DesignationStatement] = []
    for d in designations:
        rule = book.credit_type(d.credit_type)
        if rule is None or not rule.statement:
            continue
        values = _Values(
            provider=provider,
            amount=number(d.amount),
            format_label=book.formats.get(format, "activity"),
            uan=d.uan or "not stated",
            expires=long_date(expires),
            category=aswb_category(d.label),
            label=d.label or rule.name,
            pharmacology_hours=number(d.pharmacology_hours),
            credit_name=rule.name,
        )
        text = _fill(rule.statement, values)
        extra = rule.statement_extras.get("pharmacology_hours")
        if d.pharmacology_hours and extra:
            text = f"{text} {_fill(extra, values)}"
        name = d.label if d.credit_type == "OTHER" and d.label else rule.name
        out.append(DesignationStatement(d.credit_type, name, number(d.amount), text))
    return out


def accreditation_statement(
    book: RuleBook,
    *,
    activity_statement: str,
    provider: str,
    accreditor: str,
    provider_statement: str,
) -> str:
    """The accreditation statement shown to learners: the activity's own (e.g. for a joint
    providership), else the accreditor's standard wording from the rule book (Joint
    Accreditation's), else the provider's own statement; "" when there is none."""
    if activity_statement.strip():
        return activity_statement.strip()
    template = book.accreditor_statements.get(accreditor, "")
    if template:
        return _fill(template, _Values(provider=provider))
    return provider_statement.strip()
