"""The activity record: the one JSON shape of an activity (shared/ACTIVITY-RECORD.md).

``activity_record`` turns a stored activity into a record; ``parse_record`` checks a record
that came from outside (the importer, the API) and turns it into model fields, naming every
problem it finds. Neither writes anything.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from opencme.accreditation.rules import (
    DELIVERIES,
    FORMATS,
    PROVIDERSHIPS,
    REGISTRATIONS,
    UNITS,
    ActivityFacts,
    CreditFacts,
    MocFacts,
)
from opencme.accreditation.topics import clean_topics
from opencme.activities.models import Activity, DatePrecision
from opencme.core.errors import Problem
from opencme.core.record import RECORD_KEYS

FACULTY_CAPACITIES = ("faculty", "planner_faculty")


def number(value: Decimal | None) -> float | int | None:
    """A decimal as JSON shows it: 1.25 stays 1.25, 2.00 becomes 2."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def format_partial_date(day: dt.date | None, precision: str) -> str | None:
    if day is None:
        return None
    return day.strftime("%Y-%m") if precision == DatePrecision.MONTH else day.isoformat()


def activity_record(activity: Activity) -> dict[str, Any]:
    """The record of a stored activity; relations should be prefetched by the caller."""
    credits = list(activity.credits.all())
    return {
        "id": activity.pk,
        "title": activity.title or None,
        "provider": activity.provider.name,
        "joint_providers": list(activity.joint_providers),
        "url": activity.url or None,
        "description": activity.description or None,
        "format": activity.format or None,
        "delivery": activity.delivery or None,
        "start_date": format_partial_date(activity.start_date, activity.start_precision),
        "end_date": format_partial_date(activity.end_date, activity.end_precision),
        "expires": format_partial_date(activity.expires, activity.expires_precision),
        "location": activity.location or None,
        "estimated_minutes": activity.estimated_minutes,
        "cost": {
            "free": activity.cost_free,
            "amount": number(activity.cost_amount),
            "currency": activity.cost_currency or None,
            "tiers": list(activity.cost_tiers),
            "note": activity.cost_note or None,
        },
        "registration": activity.registration or None,
        "providership": activity.providership or None,
        "commercial_support": activity.commercial_support,
        "credits": [
            {"type": c.credit_type, "amount": number(c.amount), "unit": c.unit}
            | ({"label": c.label} if c.label else {})
            for c in credits
        ],
        "moc": [
            {"board": m.board, "points": number(m.points), "credit_types": list(m.credit_types)}
            for m in activity.moc.all()
        ],
        "uan": [c.uan for c in credits if c.uan],
        "specialties": [s.name for s in activity.specialties.all()],
        "audience": list(activity.audience),
        # Planners and reviewers are people in control of content, not faculty.
        "faculty": [f.name for f in activity.faculty.all() if f.capacity in FACULTY_CAPACITIES],
        "objectives": list(activity.objectives),
        "measured_outcomes": list(activity.measured_outcomes),
        "topics": list(activity.topics),
        "statements": {
            "accreditation": bool(activity.accreditation_statement),
            "commercial_support": bool(activity.commercial_support_statement),
            "funding": bool(activity.funding_statement),
            "disclaimer": bool(activity.disclaimer_statement),
        },
    }


# --- from a record to fields ------------------------------------------------------------------


@dataclass
class ParsedRecord:
    """Model fields and related rows taken from a record, with every problem found."""

    fields: dict[str, Any] = field(default_factory=dict)
    provider: str = ""
    credits: list[dict[str, Any]] = field(default_factory=list)
    moc: list[dict[str, Any]] = field(default_factory=list)
    specialties: list[str] = field(default_factory=list)
    faculty: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def facts(self) -> ActivityFacts:
        f = self.fields
        return ActivityFacts(
            title=f.get("title", ""),
            description=f.get("description", ""),
            format=f.get("format", ""),
            delivery=f.get("delivery", ""),
            start_date=f.get("start_date"),
            end_date=f.get("end_date"),
            expires=f.get("expires"),
            providership=f.get("providership") or None,
            joint_providers=f.get("joint_providers", []),
            commercial_support=f.get("commercial_support"),
            commercial_support_statement=f.get("commercial_support_statement", ""),
            commercial_supporters=tuple(f.get("commercial_supporters", ())),
            planned_by_team=f.get("planned_by_team", False),
            objectives=f.get("objectives", []),
            credits=[
                CreditFacts(c["credit_type"], c["amount"], c["unit"], c["uan"], c["label"])
                for c in self.credits
            ],
            moc=[MocFacts(m["board"], m["points"], tuple(m["credit_types"])) for m in self.moc],
        )


_PARTIAL_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def parse_partial_date(
    value: Any, where: str, problems: list[Problem], *, month_end: bool = False
) -> tuple[dt.date | None, str]:
    """``YYYY-MM-DD`` or ``YYYY-MM``; a month-only date is its first day, or last with month_end."""
    if value in (None, ""):
        return None, DatePrecision.DAY
    match = _PARTIAL_DATE.match(str(value))
    try:
        if not match:
            raise ValueError
        year, month, day = int(match[1]), int(match[2]), match[3]
        if day:
            return dt.date(year, month, int(day)), DatePrecision.DAY
        first = dt.date(year, month, 1)
        if not month_end:
            return first, DatePrecision.MONTH
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return following - dt.timedelta(days=1), DatePrecision.MONTH
    except ValueError:
        problems.append(Problem(where, f"{value!r} is not a date (YYYY-MM-DD or YYYY-MM)"))
        return None, DatePrecision.DAY


def _amount(value: Any, where: str, problems: list[Problem]) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool):
        problems.append(Problem(where, "must be a number"))
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        problems.append(Problem(where, f"{value!r} is not a number"))
        return None
    if not amount.is_finite() or amount < 0 or amount >= 10_000:
        problems.append(Problem(where, "must be a number from 0 to 9999"))
        return None
    return amount.quantize(Decimal("0.01"))


def _text_list(value: Any, where: str, problems: list[Problem]) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(Problem(where, "must be a list of text"))
        return []
    return [" ".join(v.split()) for v in value if v.strip()]


def _choice(value: Any, allowed: tuple[str, ...], where: str, problems: list[Problem]) -> str:
    if value in (None, ""):
        return ""
    if value not in allowed:
        problems.append(Problem(where, f"{value!r} is not one of {', '.join(allowed)}"))
        return ""
    return str(value)


def _text(value: Any, where: str, problems: list[Problem], *, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        problems.append(Problem(where, "must be text"))
        return ""
    text = value.strip()
    if len(text) > limit:
        problems.append(Problem(where, f"is longer than {limit} characters"))
    return text


def parse_record(record: dict[str, Any]) -> ParsedRecord:
    """Check an incoming record and map it to model fields. Never raises on bad values."""
    out = ParsedRecord()
    p = out.problems
    if not isinstance(record, dict):
        p.append(Problem("record", "must be a JSON object"))
        return out
    unknown = sorted(set(record) - set(RECORD_KEYS) - {"id"})
    if unknown:
        p.append(
            Problem(unknown[0], f"is not a field of the activity record ({', '.join(unknown)})")
        )
    f = out.fields
    # A listing may state no title (seed 003); publishing a hosted activity requires one.
    f["title"] = _text(record.get("title"), "title", p, limit=500)
    out.provider = _text(record.get("provider"), "provider", p, limit=200)
    if not out.provider:
        p.append(Problem("provider", "is required"))
    f["joint_providers"] = _text_list(record.get("joint_providers"), "joint_providers", p)
    f["url"] = _text(record.get("url"), "url", p, limit=1000)
    if f["url"] and not re.match(r"^https?://", f["url"]):
        p.append(Problem("url", "must start with http:// or https://"))
    f["description"] = _text(record.get("description"), "description", p, limit=100_000)
    f["format"] = _choice(record.get("format"), FORMATS, "format", p)
    f["delivery"] = _choice(record.get("delivery"), DELIVERIES, "delivery", p)
    f["start_date"], f["start_precision"] = parse_partial_date(
        record.get("start_date"), "start_date", p
    )
    f["end_date"], f["end_precision"] = parse_partial_date(
        record.get("end_date"), "end_date", p, month_end=True
    )
    f["expires"], f["expires_precision"] = parse_partial_date(
        record.get("expires"), "expires", p, month_end=True
    )
    f["location"] = _text(record.get("location"), "location", p, limit=300)
    minutes = record.get("estimated_minutes")
    if minutes is not None and (
        not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 0
    ):
        p.append(Problem("estimated_minutes", "must be a whole number of minutes"))
        minutes = None
    f["estimated_minutes"] = minutes
    _parse_cost(record.get("cost"), f, p)
    f["registration"] = _choice(record.get("registration"), REGISTRATIONS, "registration", p)
    f["providership"] = _choice(record.get("providership"), PROVIDERSHIPS, "providership", p)
    support = record.get("commercial_support")
    if support is not None and not isinstance(support, bool):
        p.append(Problem("commercial_support", "must be true, false or null"))
        support = None
    f["commercial_support"] = support
    _parse_credits(record, out)
    _parse_moc(record.get("moc"), out)
    out.specialties = _text_list(record.get("specialties"), "specialties", p)
    f["audience"] = _text_list(record.get("audience"), "audience", p)
    out.faculty = _text_list(record.get("faculty"), "faculty", p)
    f["objectives"] = _text_list(record.get("objectives"), "objectives", p)
    f["measured_outcomes"] = _text_list(record.get("measured_outcomes"), "measured_outcomes", p)
    f["topics"], unknown_topics = clean_topics(_text_list(record.get("topics"), "topics", p))
    p.extend(unknown_topics)
    statements = record.get("statements") or {}
    if not isinstance(statements, dict):
        p.append(Problem("statements", "must be an object"))
    return out


def _parse_cost(cost: Any, f: dict[str, Any], p: list[Problem]) -> None:
    f.update(cost_free=None, cost_amount=None, cost_currency="", cost_tiers=[], cost_note="")
    if cost is None:
        return
    if not isinstance(cost, dict):
        p.append(Problem("cost", "must be an object"))
        return
    free = cost.get("free")
    if free is not None and not isinstance(free, bool):
        p.append(Problem("cost.free", "must be true, false or null"))
        free = None
    f["cost_free"] = free
    f["cost_amount"] = _amount(cost.get("amount"), "cost.amount", p)
    currency = cost.get("currency") or ""
    if currency and not re.fullmatch(r"[A-Z]{3}", str(currency)):
        p.append(Problem("cost.currency", f"{currency!r} is not a 3-letter currency code"))
        currency = ""
    f["cost_currency"] = currency
    tiers = cost.get("tiers") or []
    clean: list[dict[str, Any]] = []
    if not isinstance(tiers, list):
        p.append(Problem("cost.tiers", "must be a list"))
        tiers = []
    for i, tier in enumerate(tiers):
        where = f"cost.tiers[{i}]"
        if not isinstance(tier, dict):
            p.append(Problem(where, "must be an object with label, amount and currency"))
            continue
        amount = _amount(tier.get("amount"), f"{where}.amount", p)
        clean.append(
            {
                "label": _text(tier.get("label"), f"{where}.label", p, limit=200),
                "amount": number(amount),
                "currency": tier.get("currency") or currency or None,
            }
        )
    f["cost_tiers"] = clean
    f["cost_note"] = _text(cost.get("note"), "cost.note", p, limit=200)


def _parse_credits(record: dict[str, Any], out: ParsedRecord) -> None:
    p = out.problems
    credits = record.get("credits") or []
    if not isinstance(credits, list):
        p.append(Problem("credits", "must be a list"))
        return
    uans = _text_list(record.get("uan"), "uan", p)
    for i, credit in enumerate(credits):
        where = f"credits[{i}]"
        if not isinstance(credit, dict):
            p.append(Problem(where, "must be an object with type, amount and unit"))
            continue
        code = str(credit.get("type") or "")
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", code):
            p.append(Problem(f"{where}.type", "must be a credit type code such as AMA_PRA_1"))
        unit = _choice(credit.get("unit") or "credit", UNITS, f"{where}.unit", p) or "credit"
        out.credits.append(
            {
                "credit_type": code,
                "amount": _amount(credit.get("amount"), f"{where}.amount", p),
                "unit": unit,
                "label": _text(credit.get("label"), f"{where}.label", p, limit=200),
                "uan": "",
                "position": i,
            }
        )
    # The record lists UANs apart from credits; they belong to the ACPE designation.
    acpe = [c for c in out.credits if c["credit_type"] == "ACPE"]
    if uans and acpe:
        acpe[0]["uan"] = uans[0]
    elif uans:
        p.append(Problem("uan", "a UAN is given but no ACPE credit is designated"))


def _parse_moc(moc: Any, out: ParsedRecord) -> None:
    p = out.problems
    if moc is None:
        return
    if not isinstance(moc, list):
        p.append(Problem("moc", "must be a list"))
        return
    for i, entry in enumerate(moc):
        where = f"moc[{i}]"
        if not isinstance(entry, dict):
            p.append(Problem(where, "must be an object with board, points and credit_types"))
            continue
        board = str(entry.get("board") or "").upper()
        if not board:
            p.append(Problem(f"{where}.board", "is required"))
        out.moc.append(
            {
                "board": board,
                "points": _amount(entry.get("points"), f"{where}.points", p),
                "credit_types": _text_list(entry.get("credit_types"), f"{where}.credit_types", p),
                "position": i,
            }
        )
