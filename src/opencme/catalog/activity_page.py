"""What the activity page shows, worked out from a loaded activity (no queries of its own).

The caller passes an activity from ``activities.selectors.activity_get_published``, whose
relations are prefetched; everything here reads those and the rule book.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from opencme.accreditation.rules import RuleBook
from opencme.accreditation.selectors import integrity_standards_get
from opencme.accreditation.topics import APPROVALS, TOPICS
from opencme.activities.disclosures import disclosure_context, unread_fields
from opencme.activities.models import Activity
from opencme.catalog import presenters as p


@dataclass(frozen=True)
class CreditRow:
    name: str
    code: str
    amount: str  # "" when the source states no amount
    unit: str
    uan: str
    pharmacology_hours: str


@dataclass(frozen=True)
class MocRow:
    board: str
    board_name: str
    points: str
    credit_types: list[str]


@dataclass(frozen=True)
class Statement:
    title: str
    text: str


# The accreditation and commercial support statements are shown with the disclosures.
STATEMENT_TITLES = (
    ("funding_statement", "Funding"),
    ("disclaimer_statement", "Disclaimer"),
)


# What a rule warning's field path is called on the page (``credits[4].uan`` reads "Credit").
FIELD_LABELS = {
    "title": "Title",
    "description": "Description",
    "format": "Format",
    "delivery": "Delivery",
    "start_date": "Release or start date",
    "end_date": "End date",
    "expires": "Expiry date",
    "providership": "Providership",
    "joint_providers": "Joint providers",
    "commercial_support": "Commercial support",
    "commercial_support_statement": "Commercial support statement",
    "objectives": "Objectives",
    "credits": "Credit",
    "uan": "UAN",
    "moc": "MOC",
    "cost": "Cost",
    "faculty": "Planners and faculty",
    "accreditation": "Accreditation statement",
}


# A fact of a listed activity its source has lines about that the importer could not read:
# never worded "not stated" (the source may well state it; we failed to read it).
UNREAD_TEXT = "Could not be read from the source"
# The page's facts that can be unread, and the context keys that show them.
UNREAD_FACTS = {
    "start_date": "start",
    "expires": "expires",
    "cost": "cost",
    "credits": "credits_summary",
}


def _unread(context: dict[str, Any], activity: Activity) -> dict[str, Any]:
    """Mark the facts the listing has lines about that could not be read, and list them."""
    unread = unread_fields(activity)
    for field in unread:
        key = UNREAD_FACTS.get(field)
        if key and context[key] in ("", p.cost_label(None)):
            context[key] = UNREAD_TEXT
    context["unread"] = {f: True for f in unread}
    context["unread_labels"] = [
        FIELD_LABELS.get(f, f.replace("_", " ").capitalize()) for f in unread
    ]
    return context


def warning_text(warning: dict[str, Any]) -> str:
    """A stored rule warning as a sentence: ``Title: is required``."""
    field = str(warning.get("field") or "")
    base = re.split(r"[.\[]", field, maxsplit=1)[0]
    label = FIELD_LABELS.get(base, base.replace("_", " ").capitalize())
    message = str(warning.get("message") or "")
    return f"{label}: {message}" if label else message


def _date(day: dt.date | None, precision: str) -> str:
    return p.show_date(day, precision)


def activity_page(book: RuleBook, activity: Activity, *, today: dt.date) -> dict[str, Any]:
    """Template context for one activity page."""
    credits = [
        CreditRow(
            name=p.credit_name(book, c.credit_type, c.label),
            code=c.credit_type,
            amount=p.num(c.amount),
            unit=p.unit_label(c.unit, c.amount),
            uan=c.uan,
            pharmacology_hours=p.num(c.pharmacology_hours),
        )
        for c in activity.credits.all()
    ]
    moc = [
        MocRow(m.board, p.board_name(book, m.board), p.num(m.points), list(m.credit_types))
        for m in activity.moc.all()
    ]
    is_open, availability = p.availability(
        book,
        format=activity.format,
        end_date=activity.end_date,
        expires=activity.expires,
        precision=activity.expires_precision,
        today=today,
        start_date=activity.start_date,
        start_precision=activity.start_precision,
    )
    upcoming = not is_open and activity.start_date is not None and activity.start_date > today
    tiers = [
        {"label": t.get("label") or "", "price": p.money(t["amount"], t.get("currency"))}
        for t in activity.cost_tiers
        if t.get("amount") is not None
    ]
    cost = {
        "free": activity.cost_free,
        "amount": activity.cost_amount,
        "currency": activity.cost_currency,
        "tiers": activity.cost_tiers,
        "note": activity.cost_note,
    }
    statements = [
        Statement(title, getattr(activity, name))
        for name, title in STATEMENT_TITLES
        if getattr(activity, name)
    ]
    support = p.NOT_STATED
    if activity.commercial_support is not None:
        support = "Yes" if activity.commercial_support else "None received"
    context = {
        "activity": activity,
        "book": book,
        "title": activity.title or "Untitled activity",
        "credits": credits,
        "any_pharmacology": any(c.pharmacology_hours for c in credits),
        "uans": [c.uan for c in credits if c.uan],
        "moc": moc,
        "specialties": [s.name for s in activity.specialties.all()],
        # labels of the vocabulary's topics; a value outside it (none after migration
        # activities 0004) is left out rather than shown as a code
        "topics": [TOPICS[t] for t in activity.topics if t in TOPICS],
        "meets": [APPROVALS[m] for m in activity.meets if m in APPROVALS],
        "faculty": list(activity.faculty.all()),
        "is_open": is_open,
        "upcoming": upcoming,
        "availability": availability,
        "start": _date(activity.start_date, activity.start_precision),
        "end": _date(activity.end_date, activity.end_precision),
        "expires": _date(activity.expires, activity.expires_precision),
        "format": p.format_name(book, activity.format),
        "delivery": p.DELIVERY_NAMES.get(activity.delivery, p.NOT_STATED),
        "duration": p.duration(activity.estimated_minutes),
        "cost": p.cost_label(cost),
        "cost_tiers": tiers,
        "cost_note": activity.cost_note,
        "registration": p.REGISTRATION_NAMES.get(activity.registration, p.NOT_STATED),
        "providership": p.PROVIDERSHIP_NAMES.get(activity.providership, p.NOT_STATED),
        "commercial_support": support,
        "statements": statements,
        "disclosures": disclosure_context(book, integrity_standards_get(), activity),
        "warnings": [warning_text(w) for w in activity.warnings if not w.get("kind")]
        if activity.is_listed
        else [],
        "credits_summary": " · ".join(
            f"{c.amount} {c.name}" if c.amount else f"{c.name} (amount not stated)" for c in credits
        ),
    }
    return _unread(context, activity)
