"""Claim rules: pure checks of a claim against the rule book and the learner's facts."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from opencme.accreditation.rules import RuleBook, is_on_increment
from opencme.core.errors import Problem

PARTICIPATION = "PARTICIPATION"
PARTICIPATION_INCREMENT = Decimal("0.25")
IDENTIFIER_FIELDS = {
    "nabp_eprofile_id": "NABP e-Profile ID",
    "birth_mmdd": "birth month and day",
}


@dataclass(frozen=True)
class Designation:
    credit_type: str
    amount: Decimal | None
    unit: str


@dataclass(frozen=True)
class LearnerFacts:
    profession: str
    nabp_eprofile_id: str = ""
    birth_mmdd: str = ""


def parse_amount(raw: Any) -> tuple[Decimal | None, list[Problem]]:
    if isinstance(raw, bool) or raw is None or raw == "":
        return None, [Problem("amount", "give the amount of credit you claim")]
    try:
        amount = Decimal(str(raw))
    except InvalidOperation:
        return None, [Problem("amount", f"{raw!r} is not a number")]
    if not amount.is_finite() or amount <= 0:
        return None, [Problem("amount", "must be more than 0")]
    return amount, []


def check_claim(
    book: RuleBook,
    *,
    credit_type: str,
    amount: Decimal,
    designations: list[Designation],
    learner: LearnerFacts,
) -> list[Problem]:
    """Why this learner may not claim ``amount`` of ``credit_type`` here (empty: they may)."""
    if credit_type == PARTICIPATION:
        top = max((d.amount for d in designations if d.amount is not None), default=None)
        if top is None:
            return [Problem("credit_type", "this activity designates no credit amount to attend")]
        if amount > top:
            return [Problem("amount", f"at most {top} hours of participation")]
        if not is_on_increment(amount, PARTICIPATION_INCREMENT):
            return [Problem("amount", f"in steps of {PARTICIPATION_INCREMENT}")]
        return []
    designation = next((d for d in designations if d.credit_type == credit_type), None)
    rule = book.credit_type(credit_type)
    if designation is None or rule is None:
        offered = ", ".join(d.credit_type for d in designations) or "none"
        return [
            Problem(
                "credit_type", f"this activity does not offer {credit_type} (it offers {offered})"
            )
        ]
    problems: list[Problem] = []
    if not learner.profession:
        problems.append(
            Problem("profile.profession", "set your profession in your profile before claiming")
        )
    elif not rule.may_claim(learner.profession):
        names = [book.professions.get(p, p) for p in sorted(rule.professions)]
        # Lower-case the first letter only: "physician (MD/DO)", not "physician (md/do)".
        who = ", ".join(n[:1].lower() + n[1:] for n in names) or "no one"
        alternative = (
            " You may claim a certificate of participation."
            if rule.participation_for_others
            else ""
        )
        problems.append(
            Problem("credit_type", f"{rule.name} may be claimed by {who} only.{alternative}")
        )
    if designation.amount is None:
        problems.append(
            Problem("credit_type", f"the provider has not stated the amount of {rule.name}")
        )
    elif amount > designation.amount:
        problems.append(
            Problem(
                "amount", f"at most {designation.amount} ({rule.name} designated for this activity)"
            )
        )
    if not is_on_increment(amount, rule.increment):
        problems.append(Problem("amount", f"{rule.name} is claimed in steps of {rule.increment}"))
    for identifier in rule.learner_identifiers:
        if not getattr(learner, identifier, ""):
            label = IDENTIFIER_FIELDS.get(identifier, identifier)
            problems.append(
                Problem(f"profile.{identifier}", f"{rule.name} needs your {label} in your profile")
            )
    return problems
