"""Checks of a draft against the accreditation rules, and which fields need a person's review.

A parser can read a line wrongly and still be sure of itself; a check catches what no real
listing can say (MOC points above the AMA credit designated, an expiry before the release, a
"Return to course listing" title). Each check is a small pure function over the draft and
the data in ``checks.json`` (every word class there with its citation); the MOC cap is the rule
book's (``accreditation.rules.check_moc_points``), not a copy. A field with a problem needs
review whatever its confidence (:func:`review`). No database: ``parse-listing`` runs these.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from opencme.accreditation.rules import (
    CreditFacts,
    MocFacts,
    RuleBook,
    check_moc_points,
    parse_rulebook,
)
from opencme.core.errors import Problem
from opencme.ingest.parsing.draft import REVIEW_BELOW, Draft
from opencme.ingest.parsing.fastre import folded
from opencme.ingest.parsing.lazyre import lazy_compile

DATA = Path(__file__).with_name("checks.json")
_WORD = lazy_compile(r"[a-z]+(?:-[a-z]+)*")


@cache
def check_data() -> dict[str, Any]:
    return dict(json.loads(DATA.read_text(encoding="utf-8")))


@cache
def _approval_re() -> re.Pattern[str]:
    words = check_data()["approval_words"]["words"]
    return lazy_compile(r"\b(?:" + "|".join(words) + r")", re.IGNORECASE)


@cache
def _accreditor_re(code: str) -> re.Pattern[str] | None:
    names = check_data()["accreditors"]["by_credit_type"].get(code) or []
    if not names:
        return None
    # Acronyms match as written (ACE, JA); longer names in any case.
    parts = [
        re.escape(n) if n.isupper() else "(?i:" + re.escape(n).replace(r"\ ", r"\s+") + ")"
        for n in names
    ]
    return lazy_compile(r"(?<![A-Za-z])(?:" + "|".join(parts) + r")(?![A-Za-z])")


def _number(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


@cache
def _rulebook() -> RuleBook:
    """The shipped rule book, read without Django (``parse-listing`` runs without it)."""
    import opencme.accreditation

    path = Path(opencme.accreditation.__file__).parent / "data" / "rulebook.json"
    return parse_rulebook(json.loads(path.read_text(encoding="utf-8")))


def _credit_name(credit: dict[str, Any]) -> str:
    if credit.get("label"):
        return str(credit["label"])
    rule = _rulebook().credit_type(str(credit.get("type")))
    return rule.name if rule else str(credit.get("type") or "credit")


@cache
def _body_re() -> re.Pattern[str]:
    nouns = check_data()["accreditors"]["body_nouns"]
    return lazy_compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\b")


def _names_a_body(label: str) -> bool:
    """An other credit's own name that is an organisation's names who grants it."""
    return bool(label) and bool(_body_re().search(label))


def check_credit_source(draft: Draft) -> list[Problem]:
    """A credit type needs its accreditor named, or an approval statement, in the text."""
    credits = draft.record.get("credits") or []
    if not credits:
        return []
    text = draft.text or ""
    # the stated accreditation first (no search); the page's words through their
    # case-sensitive twin (fastre.py)
    if draft.statement_texts.get("accreditation") or folded(_approval_re()).found(text):
        return []
    out = []
    for credit in credits:
        if _names_a_body(str(credit.get("label") or "")):
            continue
        rx = _accreditor_re(str(credit.get("type") or ""))
        if rx is None or not rx.search(text):
            out.append(
                Problem(
                    "credits",
                    f"{_credit_name(credit)}: the listing names no accreditor and no approval "
                    "or designation statement for it; check that this credit is really offered.",
                )
            )
    return out


def check_moc_cap(draft: Draft) -> list[Problem]:
    """MOC points never exceed the AMA PRA Category 1 credit designated (the rule book's cap)."""
    book = _rulebook()
    credits = [
        CreditFacts(str(c.get("type")), _number(c.get("amount")))
        for c in draft.record.get("credits") or []
    ]
    out = []
    for i, moc in enumerate(draft.record.get("moc") or []):
        facts = MocFacts(str(moc.get("board") or ""), _number(moc.get("points")))
        out += [
            Problem("moc", p.message + "; MOC points are at most the credit designated.")
            for p in check_moc_points(book, facts, index=i, credits=credits)
        ]
    return out


def _date_key(value: Any) -> str | None:
    return value if isinstance(value, str) and value[:4].isdigit() else None


def _before(a: str, b: str) -> bool:
    """True when date ``a`` is surely before ``b`` (a month-only date compares on its month)."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def check_dates(draft: Draft) -> list[Problem]:
    """The expiry comes after the release or start; a live event ends on or after its start."""
    record = draft.record
    start = _date_key(record.get("start_date"))
    end = _date_key(record.get("end_date"))
    expires = _date_key(record.get("expires"))
    out = []
    if start and expires and (_before(expires, start) or expires == start):
        out.append(Problem("expires", "the expiry date is not after the release or start date."))
    if start and end and _before(end, start):
        out.append(Problem("end_date", "the end date is before the start date."))
    return out


def page_control(title: str) -> bool:
    """True when ``title`` is made only of link and button words ("Return to Course Listing",
    "Start Activity", "Sign in"), with at least one action among them."""
    words = _WORD.findall(title.casefold().replace("’", "'"))
    if not words or len(words) > 8:
        return False
    data = check_data()["page_controls"]
    actions, objects = set(data["actions"]), set(data["objects"])
    return any(w in actions for w in words) and all(w in actions or w in objects for w in words)


def check_title(draft: Draft) -> list[Problem]:
    """A title is never page-control text. A listing without a title is one that states none
    (the record's null): nothing to check."""
    title = (draft.record.get("title") or "").strip()
    if title and page_control(title):
        return [Problem("title", f"“{title}” is a link or button of the page, not a title.")]
    return []


def check_amounts(draft: Draft) -> list[Problem]:
    """Credit and MOC amounts are positive and sane; prices are not negative and sane."""
    bounds = check_data()["amounts"]
    cap, price_max = Decimal(bounds["credit_max"]), Decimal(bounds["price_max"])
    record = draft.record
    out = []
    for credit in record.get("credits") or []:
        amount = _number(credit.get("amount"))
        if amount is not None and not Decimal(0) < amount <= cap:
            out.append(
                Problem("credits", f"{_credit_name(credit)}: {amount} is not a plausible amount.")
            )
    for moc in record.get("moc") or []:
        points = _number(moc.get("points"))
        if points is not None and not Decimal(0) < points <= cap:
            out.append(Problem("moc", f"{moc.get('board')}: {points} MOC points is not plausible."))
    cost = record.get("cost") or {}
    prices = [cost.get("amount")] + [t.get("amount") for t in cost.get("tiers") or []]
    for price in filter(None, map(_number, prices)):
        if not Decimal(0) <= price <= price_max:
            out.append(Problem("cost", f"{price} is not a plausible price."))
            break
    minutes = _number(record.get("estimated_minutes"))
    if minutes is not None and not Decimal(0) < minutes <= Decimal(bounds["minutes_max"]):
        out.append(Problem("estimated_minutes", f"{minutes} minutes is not a plausible length."))
    return out


CHECKS: tuple[Callable[[Draft], list[Problem]], ...] = (
    check_title,
    check_credit_source,
    check_moc_cap,
    check_dates,
    check_amounts,
)


def check(draft: Draft) -> list[Problem]:
    """Every problem of ``draft`` by the checks above; ``field`` is a record key."""
    return [p for run in CHECKS for p in run(draft)]


@dataclass(frozen=True)
class Review:
    """A field a person must confirm: how sure the reader was, and why it needs a look."""

    field: str
    confidence: float
    reason: str


def review(draft: Draft, problems: Iterable[Problem] | None = None) -> list[Review]:
    """The fields that need review, in record order: read with low confidence or failing a check.

    A field absent from ``draft.confidence`` counts as read with confidence (a parser that
    gives none). The reason is in plain words, a check's message first.
    """
    found = list(check(draft) if problems is None else problems)
    reasons: dict[str, list[str]] = {}
    for p in found:
        reasons.setdefault(p.field, []).append(p.message)
    low = set(draft.needs_review())
    out = []
    for key in [*draft.record, *[k for k in reasons if k not in draft.record]]:
        confidence = float(draft.confidence.get(key, 1.0))
        said = reasons.get(key, [])
        if key in low:
            said = [
                *said,
                f"read with low confidence ({confidence:.0%}, below {REVIEW_BELOW:.0%}).",
            ]
        if said:
            out.append(Review(key, confidence, " ".join(said)))
    return out


# What a field's emptiness is judged on: the record key, or the statement text found.
_STATED: dict[str, Callable[[Draft], bool]] = {
    "credits": lambda d: bool(d.record.get("credits")),
    "moc": lambda d: bool(d.record.get("moc")),
    "uan": lambda d: bool(d.record.get("uan")),
    "expires": lambda d: bool(d.record.get("expires")),
    "start_date": lambda d: bool(d.record.get("start_date")),
    "cost": lambda d: _cost_stated(d.record.get("cost") or {}),
    "accreditation": lambda d: bool((d.statement_texts.get("accreditation") or "").strip()),
    "faculty": lambda d: bool(d.record.get("faculty")),
    "commercial_support": lambda d: d.record.get("commercial_support") is not None,
}


def _cost_stated(cost: dict[str, Any]) -> bool:
    """Free stated either way, a price, tiers or a note (``free`` is null when unstated)."""
    return any(
        (
            cost.get("free") is not None,
            cost.get("amount") is not None,
            cost.get("tiers"),
            cost.get("note"),
        )
    )


@cache
def _topic_res() -> dict[str, re.Pattern[str]]:
    fields = check_data()["topics"]["fields"]
    return {
        name: lazy_compile(r"(?<![A-Za-z])(?:" + "|".join(words) + r")(?![a-z])", re.IGNORECASE)
        for name, words in fields.items()
    }


def unread(draft: Draft, problems: Iterable[Problem] | None = None) -> list[str]:
    """Fields the draft leaves empty although the text has lines about them that no field took
    (``Draft.not_understood()``), or whose check failed: "could not be read", which a public
    page must never word as "the source does not state" (kept with the activity at import)."""
    failed = {p.field for p in (check(draft) if problems is None else problems)}
    missed = draft.not_understood()
    out = []
    for name, rx in _topic_res().items():
        if _STATED[name](draft):
            continue
        about = name in failed or any(
            d.field == name or (d.field == "?" and rx.search(d.text)) for d in missed
        )
        if about:
            out.append(name)
    return out
