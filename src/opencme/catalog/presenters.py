"""How activity values read on a page: amounts, units, dates, cost, credit and board names.

Pure functions over plain values and a rule book; the template filters in
``catalog.templatetags.catalog_tags`` call them, and so can tests without a database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from opencme.accreditation.rules import RuleBook, claimable_until
from opencme.catalog.rules import EXPIRED, UPCOMING, credit_window

UNIT_NAMES = {
    "credit": ("credit", "credits"),
    "hour": ("hour", "hours"),
    "contact_hour": ("contact hour", "contact hours"),
    "point": ("point", "points"),
}
DELIVERY_NAMES = {
    "online": "Online",
    "in_person": "In person",
    "hybrid": "Hybrid (online and in person)",
}
REGISTRATION_NAMES = {"open": "Open to all", "limited": "Limited"}
PROVIDERSHIP_NAMES = {"direct": "Directly provided", "joint": "Jointly provided"}
CURRENCY_SIGNS = {"USD": "$", "CAD": "CA$", "EUR": "€", "GBP": "£"}
NOT_STATED = "Not stated"


def num(value: Any) -> str:
    """A credit amount or price as people write it: 1.25, 1.5, 2 (never 1.50 or 2.00)."""
    if value is None:
        return ""
    text = format(Decimal(str(value)).normalize(), "f")
    return text


def unit_label(unit: str, amount: Any = None) -> str:
    singular, plural = UNIT_NAMES.get(unit, (unit.replace("_", " "), unit.replace("_", " ")))
    return singular if amount is not None and Decimal(str(amount)) == 1 else plural


def credit_name(book: RuleBook, code: str, label: str = "") -> str:
    """The rule book's name of a credit type; an ``OTHER`` credit keeps the source's own label."""
    if label:
        return label
    rule = book.credit_types.get(code)
    return rule.name if rule is not None else code


def credit_phrase(book: RuleBook, credit: Mapping[str, Any]) -> str:
    """``1.25 AMA PRA Category 1 Credit™``, or ``IPCE credit (amount not stated)``."""
    name = credit_name(book, str(credit.get("type") or ""), str(credit.get("label") or ""))
    amount = credit.get("amount")
    if amount is None:
        return f"{name} (amount not stated)"
    return f"{num(amount)} {name}"


def credits_summary(book: RuleBook, credits: Iterable[Mapping[str, Any]]) -> str:
    """Every credit of a record on one line, joined by middle dots."""
    return " · ".join(credit_phrase(book, c) for c in credits)


def board_name(book: RuleBook, code: str) -> str:
    rule = book.boards.get(code)
    return rule.name if rule is not None else code


def format_name(book: RuleBook, code: str | None) -> str:
    if not code:
        return NOT_STATED
    label = book.formats.get(code, code.replace("_", " "))
    return label[:1].upper() + label[1:]


def money(amount: Any, currency: str | None) -> str:
    sign = CURRENCY_SIGNS.get(currency or "USD")
    value = Decimal(str(amount))
    text = f"{value:,.2f}" if value != value.to_integral_value() else f"{int(value):,}"
    return f"{sign}{text}" if sign else f"{text} {currency}"


def cost_label(cost: Mapping[str, Any] | None) -> str:
    """Free, the lowest price (``From $35`` with tiers), the source's note, or not stated."""
    cost = cost or {}
    if cost.get("free"):
        return "Free"
    amount = cost.get("amount")
    if amount is not None:
        if Decimal(str(amount)) == 0 and cost.get("free") is None:
            return "Free"
        price = money(amount, cost.get("currency"))
        return f"From {price}" if len(cost.get("tiers") or []) > 1 else price
    if cost.get("note"):
        return str(cost["note"])
    return "Cost not stated"


def parse_day(value: str | dt.date | None) -> tuple[dt.date | None, str]:
    """A record date (``YYYY-MM-DD`` or ``YYYY-MM``) as a date and its precision."""
    if value is None or value == "":
        return None, "day"
    if isinstance(value, dt.date):
        return value, "day"
    if len(value) == 7:
        return dt.date.fromisoformat(f"{value}-01"), "month"
    return dt.date.fromisoformat(value), "day"


def show_date(value: str | dt.date | None, precision: str = "day") -> str:
    """``Aug 29, 2026``; a month-only date as ``August 2026``; nothing for no date."""
    day, stated = parse_day(value)
    if day is None:
        return ""
    if precision == "month" or stated == "month":
        return f"{day:%B} {day.year}"
    return f"{day:%b} {day.day}, {day.year}"


def _last_day(value: str | dt.date | None) -> dt.date | None:
    """A record's expiry or end date; a month-only one is the month's last day."""
    day, stated = parse_day(value)
    if day is None or stated != "month":
        return day
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def record_window(book: RuleBook, record: Mapping[str, Any], today: dt.date) -> tuple[str, str]:
    """An activity record's credit window on ``today`` (``catalog.rules``) and, when it is not
    open, what a result card says: ``Upcoming: opens Aug 3, 2026`` or ``Expired``."""
    until = claimable_until(
        book,
        format=str(record.get("format") or ""),
        end_date=_last_day(record.get("end_date")),
        expires=_last_day(record.get("expires")),
    )
    starts, _ = parse_day(record.get("start_date"))
    window = credit_window(starts=starts, until=until, today=today)
    if window == UPCOMING:
        return window, f"Upcoming: opens for credit {show_date(record.get('start_date'))}"
    return window, "Expired" if window == EXPIRED else ""


def availability(
    book: RuleBook,
    *,
    format: str,
    end_date: dt.date | None,
    expires: dt.date | None,
    precision: str,
    today: dt.date,
    start_date: dt.date | None = None,
    start_precision: str = "day",
) -> tuple[bool, str]:
    """Whether credit can be claimed today, and the sentence that says so (upcoming: when)."""
    until = claimable_until(book, format=format, end_date=end_date, expires=expires)
    if credit_window(starts=start_date, until=until, today=today) == UPCOMING:
        return False, f"Upcoming: opens for credit {show_date(start_date, start_precision)}"
    if until is None:
        return True, "Open for credit (the source states no expiry date)"
    shown = show_date(until, precision if expires is not None else "day")
    if until >= today:
        return True, f"Open for credit until {shown}"
    return False, f"Expired on {shown}"


def duration(minutes: int | None) -> str:
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"
