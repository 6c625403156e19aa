"""What a certificate states: pure functions over the rule book's data and plain facts.

The statements come from the rule book (``accreditation/data/rulebook.json``): each credit type's
``statement`` and ``statement_extras``, ``accreditor_statements`` for the provider's accreditor
(Joint Accreditation's stands alone, once) and ``participation`` for a certificate of
participation. Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

# The designation statements a learner reads before starting and a certificate prints are
# filled by the same functions.
from opencme.accreditation.statements import aswb_category, long_date, number

PARTICIPATION = "PARTICIPATION"
PLACEHOLDERS = frozenset(
    {
        "provider",
        "amount",
        "format_label",
        "uan",
        "expires",
        "category",
        "label",
        "pharmacology_hours",
        "credit_name",
        "name",
        "hours",
    }
)


@dataclass(frozen=True)
class CertificateFacts:
    """Everything a certificate is built from, read from the claim, its activity and provider."""

    name: str
    degree: str
    activity_title: str
    format: str
    participation_date: dt.date
    completion_date: dt.date
    provider_name: str
    provider_address: str
    provider_accreditor: str
    provider_statement: str
    credit_type: str
    amount: Decimal
    designated_credit_type: str
    designated_amount: Decimal | None
    uan: str = ""
    label: str = ""
    pharmacology_hours: Decimal | None = None
    expires: dt.date | None = None
    activity_start: dt.date | None = None
    activity_end: dt.date | None = None
    provider_accreditation: str = ""


def hours_text(amount: Decimal) -> str:
    """1 -> "1 hour", 1.25 -> "1.25 hours"."""
    return f"{number(amount)} hour{'' if amount == 1 else 's'}"


def placeholders_in(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def unknown_placeholders(data: Mapping[str, Any]) -> list[str]:
    """Statement templates in the rule book data that name a placeholder we do not fill."""
    found: list[str] = []
    templates: list[tuple[str, str]] = []
    for code, text in (data.get("accreditor_statements") or {}).items():
        templates.append((f"accreditor_statements.{code}", text))
    participation = data.get("participation") or {}
    templates.append(("participation.statement", participation.get("statement", "")))
    for raw in data.get("credit_types") or []:
        code = raw.get("code", "?")
        templates.append((f"credit_types.{code}.statement", raw.get("statement", "")))
        for key, text in (raw.get("statement_extras") or {}).items():
            templates.append((f"credit_types.{code}.statement_extras.{key}", text))
    for where, text in templates:
        strays = placeholders_in(str(text)) - PLACEHOLDERS
        if strays:
            found.append(f"{where}: {', '.join(sorted(strays))}")
    return found


def _credit_type(data: Mapping[str, Any], code: str) -> Mapping[str, Any]:
    return next((c for c in data.get("credit_types") or [] if c.get("code") == code), {})


def _values(data: Mapping[str, Any], facts: CertificateFacts) -> dict[str, str]:
    formats = data.get("formats") or {}
    designated = _credit_type(data, facts.designated_credit_type)
    return {
        "provider": facts.provider_name,
        "amount": number(facts.designated_amount),
        "format_label": formats.get(facts.format, "activity"),
        "uan": facts.uan or "not stated",
        "expires": long_date(facts.expires),
        "category": aswb_category(facts.label),
        "label": facts.label or designated.get("name", facts.designated_credit_type),
        "pharmacology_hours": number(facts.pharmacology_hours),
        "credit_name": designated.get("name", facts.designated_credit_type),
        "name": facts.name,
        "hours": hours_text(facts.amount),
    }


def statements(data: Mapping[str, Any], facts: CertificateFacts) -> list[str]:
    """The statements the certificate must carry, in order: the accreditor's statement (Joint
    Accreditation's standing alone) or the provider's own, then the credit type's designation
    statement and its extras (ANCC pharmacology hours when given), or for a certificate of
    participation the statement that the activity was designated for credit."""
    values = _values(data, facts)
    out: list[str] = []
    accreditor = (data.get("accreditor_statements") or {}).get(facts.provider_accreditor)
    if accreditor:
        out.append(accreditor.format(**values))
    elif facts.provider_statement.strip():
        out.append(facts.provider_statement.strip())
    if facts.credit_type == PARTICIPATION:
        designation = _credit_type(data, facts.designated_credit_type).get("statement", "")
        if designation:
            out.append(designation.format(**values))
        out.append((data.get("participation") or {}).get("statement", "").format(**values))
        return [s for s in out if s]
    rule = _credit_type(data, facts.credit_type)
    if rule.get("statement"):
        out.append(rule["statement"].format(**values))
    extras = rule.get("statement_extras") or {}
    if facts.pharmacology_hours and extras.get("pharmacology_hours"):
        out.append(extras["pharmacology_hours"].format(**values))
    return out


def content(data: Mapping[str, Any], facts: CertificateFacts) -> dict[str, Any]:
    """Exactly what the certificate states, as plain JSON: shown on the PDF, the public
    verification page and the API, and put into the signed credential."""
    participation = facts.credit_type == PARTICIPATION
    designated = _credit_type(data, facts.designated_credit_type)
    rule = designated if participation else _credit_type(data, facts.credit_type)
    title = (
        (data.get("participation") or {}).get("title", "Certificate of participation")
        if participation
        else "Certificate of completion"
    )
    return {
        "title": title,
        "kind": "participation" if participation else "credit",
        "name": facts.name,
        "degree": facts.degree,
        "activity_title": facts.activity_title,
        "format_label": (data.get("formats") or {}).get(facts.format, "activity"),
        "participation_date": facts.participation_date.isoformat(),
        "completion_date": facts.completion_date.isoformat(),
        "provider_name": facts.provider_name,
        "provider_address": facts.provider_address,
        "credit_type": facts.credit_type,
        "credit_name": (
            hours_text(facts.amount).split(" ", 1)[1] + " of participation"
            if participation
            else rule.get("name", "")
        ),
        "designated_credit_name": designated.get("name", "") if participation else "",
        "amount": number(facts.amount),
        "unit": "hour" if participation else rule.get("unit", "credit"),
        "uan": facts.uan if rule.get("activity_identifiers") and not participation else "",
        "statements": statements(data, facts),
        "activity_start": _iso(facts.activity_start),
        "activity_end": _iso(facts.activity_end),
        "activity_expires": _iso(facts.expires),
        "provider_accreditation": facts.provider_accreditation,
        "rulebook_version": str(data.get("version", "")),
    }


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def activity_dates(content: Mapping[str, Any]) -> str:
    """When the activity ran, as the certificate states it: a live activity's day or days, an
    enduring one's release and the last day credit may be claimed ("" when it states none,
    e.g. a certificate issued before it stated them)."""
    start, end, expires = (
        dt.date.fromisoformat(content[k]) if content.get(k) else None
        for k in ("activity_start", "activity_end", "activity_expires")
    )
    if start and end:
        return long_date(start) if start == end else f"{long_date(start)} to {long_date(end)}"
    if start and expires:
        return f"released {long_date(start)}, credit until {long_date(expires)}"
    if start:
        return f"released {long_date(start)}"
    return f"credit until {long_date(expires)}" if expires else ""


def shown_dates(content: Mapping[str, Any]) -> dict[str, str]:
    """The content's dates as a person reads them ("Aug 29, 2026")."""
    shown = {
        key: long_date(dt.date.fromisoformat(content[f"{key}_date"]))
        for key in ("participation", "completion")
    }
    shown["activity"] = activity_dates(content)
    return shown
