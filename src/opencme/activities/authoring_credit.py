"""Writing an activity's credit designations and MOC designations, checked by the rule book.

Every function is one transaction with the acting user; each leaves one audit event on the
activity with what changed and reindexes it (its record lists credits and MOC). What is refused
here is what can never be right (an unknown credit type, an amount off its increment, a UAN of
the wrong shape); what is merely missing (a UAN not yet issued, the designation statement) is
left to the publish checks, which name it beside its field.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction

from opencme.accreditation.rules import (
    CreditFacts,
    MocFacts,
    RuleBook,
    check_credit,
    check_moc,
    check_moc_points,
)
from opencme.accreditation.selectors import rulebook_get
from opencme.activities.disclosures import standard_wording
from opencme.activities.editing import assign, audited
from opencme.activities.models import Activity, CreditDesignation, MocDesignation
from opencme.activities.ordering import append, move, remove
from opencme.activities.records import number
from opencme.core.errors import Problem, ValidationFailed

STATEMENT_LIMIT = 5000
PHARMACOLOGY = "pharmacology_hours"


def _snapshot(activity: Activity) -> dict[str, Any]:
    return {
        "credits": [
            {
                "type": c.credit_type,
                "label": c.label,
                "amount": number(c.amount),
                "unit": c.unit,
                "uan": c.uan,
                "pharmacology_hours": number(c.pharmacology_hours),
                "statement": c.statement,
            }
            for c in CreditDesignation.objects.filter(activity=activity)
        ],
        "moc": [
            {"board": m.board, "points": number(m.points), "credit_types": list(m.credit_types)}
            for m in MocDesignation.objects.filter(activity=activity)
        ],
    }


def _audited[T](activity: Activity, actor: Any, action: str, write: Callable[[], T]) -> T:
    return audited(activity, actor, action, write, _snapshot)


def _decimal(value: Any, field: str, problems: list[Problem], *, required: str = "") -> Any:
    if value in (None, ""):
        if required:
            problems.append(Problem(field, required))
        return None
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        problems.append(Problem(field, "enter a number, such as 1.25"))
        return None
    if not amount.is_finite() or amount < 0 or amount >= 10_000:
        problems.append(Problem(field, "enter a number from 0 to 9999"))
        return None
    if amount != amount.quantize(Decimal("0.01")):
        problems.append(Problem(field, "use at most two decimal places"))
        return None
    return amount.quantize(Decimal("0.01"))


def _designation_fields(
    book: RuleBook,
    activity: Activity,
    *,
    credit_type: str,
    amount: Any,
    label: str,
    uan: str,
    pharmacology_hours: Any,
    statement: str,
    editing: CreditDesignation | None,
) -> dict[str, Any]:
    problems: list[Problem] = []
    rule = book.credit_type(credit_type)
    if rule is None:
        raise ValidationFailed(Problem("credit_type", "choose a credit type"))
    value = _decimal(amount, "amount", problems, required="enter the maximum amount of credit")
    label = " ".join((label or "").split())
    uan = "".join((uan or "").split()) if "uan" in rule.activity_identifiers else ""
    hours = (
        _decimal(pharmacology_hours, PHARMACOLOGY, problems)
        if PHARMACOLOGY in rule.statement_extras
        else None
    )
    statement = (statement or "").strip()
    if len(label) > 200:
        problems.append(Problem("label", "is longer than 200 characters"))
    if len(statement) > STATEMENT_LIMIT:
        problems.append(Problem("statement", f"is longer than {STATEMENT_LIMIT} characters"))
    if value is not None:
        facts = CreditFacts(credit_type, value, rule.unit, uan or "", label)
        for p in check_credit(
            book, facts, index=0, release=activity.start_date, planned_by_team=True
        ):
            field = p.field.removeprefix("credits[0].")
            if field == "uan" and not uan:
                continue  # a UAN not issued yet: the publish check asks for it
            problems.append(Problem({"type": "credit_type"}.get(field, field), p.message))
        if credit_type == book.moc_points_cap:  # the MOC points may not exceed it
            capped = [CreditFacts(credit_type, value)]
            for moc in MocDesignation.objects.filter(activity=activity):
                over = MocFacts(moc.board, moc.points)
                problems += [
                    Problem("amount", f"{p.message}; lower the MOC points first")
                    for p in check_moc_points(book, over, index=0, credits=capped)
                ]
        if hours is not None and hours > value:
            problems.append(Problem(PHARMACOLOGY, "must not be more than the designation's amount"))
    others = CreditDesignation.objects.filter(activity=activity, credit_type=credit_type)
    if editing is not None:
        others = others.exclude(pk=editing.pk)
    if others.filter(label=label).exists():
        problems.append(Problem("credit_type", f"{rule.name} is already designated"))
    if problems:
        raise ValidationFailed(problems)
    return {
        "credit_type": credit_type,
        "label": label,
        "amount": value,
        "unit": rule.unit,
        "uan": uan,
        "pharmacology_hours": hours,
        "statement": statement,
    }


def _stated(activity: Activity, fields: dict[str, Any]) -> str:
    return standard_wording(rulebook_get(), activity, CreditDesignation(**fields))


@transaction.atomic
def add_designation(
    *,
    activity: Activity,
    actor: Any,
    credit_type: str,
    amount: Any,
    label: str = "",
    uan: str = "",
    pharmacology_hours: Any = None,
    statement: str = "",
    use_standard: bool = False,
) -> CreditDesignation:
    """Designate credit of one type, last in order. With ``use_standard`` the statement is the
    rule book's standard wording with these values; otherwise it is what is given (maybe none)."""
    fields = _designation_fields(
        rulebook_get(),
        activity,
        credit_type=credit_type,
        amount=amount,
        label=label,
        uan=uan,
        pharmacology_hours=pharmacology_hours,
        statement=statement,
        editing=None,
    )
    if use_standard:
        fields["statement"] = _stated(activity, fields)
    return _audited(
        activity, actor, "activities.credit.added", lambda: append(activity.credits, **fields)
    )


@transaction.atomic
def update_designation(
    *,
    designation: CreditDesignation,
    actor: Any,
    credit_type: str,
    amount: Any,
    label: str = "",
    uan: str = "",
    pharmacology_hours: Any = None,
    statement: str = "",
    use_standard: bool = False,
) -> CreditDesignation:
    """Change a designation. A statement left as the standard wording of its old values follows
    the new ones (a new amount is not left stated as the old); with ``use_standard`` the
    statement becomes the standard wording."""
    activity = designation.activity
    fields = _designation_fields(
        rulebook_get(),
        activity,
        credit_type=credit_type,
        amount=amount,
        label=label,
        uan=uan,
        pharmacology_hours=pharmacology_hours,
        statement=statement,
        editing=designation,
    )
    old_standard = standard_wording(rulebook_get(), activity, designation)
    if use_standard or (old_standard and fields["statement"] == old_standard.strip()):
        fields["statement"] = _stated(activity, fields)
    return _audited(
        activity, actor, "activities.credit.updated", lambda: assign(designation, fields)
    )


@transaction.atomic
def remove_designation(*, designation: CreditDesignation, actor: Any) -> None:
    activity = designation.activity
    rows = CreditDesignation.objects.filter(activity=activity)
    _audited(activity, actor, "activities.credit.removed", lambda: remove(designation, rows))


@transaction.atomic
def move_designation(*, designation: CreditDesignation, actor: Any, direction: str) -> None:
    activity = designation.activity
    _audited(
        activity,
        actor,
        "activities.credit.reordered",
        lambda: move(
            list(CreditDesignation.objects.filter(activity=activity)), designation, direction
        ),
    )


# --- MOC designations --------------------------------------------------------------------------


def _moc_fields(
    book: RuleBook, activity: Activity, *, board: str, points: Any, credit_types: list[str]
) -> dict[str, Any]:
    rule = book.boards.get(board)
    if rule is None:
        raise ValidationFailed(Problem("board", "choose a certifying board"))
    problems: list[Problem] = []
    value = _decimal(points, "points", problems, required="enter the MOC points")
    kinds = [k for k in dict.fromkeys(credit_types or [])]
    if not kinds:
        problems.append(Problem("credit_types", f"choose what the points count for at {board}"))
    if value is not None:
        credits = [
            CreditFacts(c.credit_type, c.amount)
            for c in CreditDesignation.objects.filter(activity=activity)
        ]
        has_ama = any(c.credit_type == "AMA_PRA_1" for c in credits)
        facts = MocFacts(board, value, tuple(kinds))
        for p in check_moc(book, facts, index=0, has_ama=has_ama) + check_moc_points(
            book, facts, index=0, credits=credits
        ):
            field = p.field.removeprefix("moc[0].")
            if field == "board" and not has_ama:
                continue  # designated AMA credit may come later: the publish check asks for it
            problems.append(Problem(field, p.message))
    if problems:
        raise ValidationFailed(problems)
    return {"board": board, "points": value, "credit_types": kinds}


@transaction.atomic
def add_moc(
    *, activity: Activity, actor: Any, board: str, points: Any, credit_types: list[str]
) -> MocDesignation:
    """Register the activity for MOC with one board: its points and the board's credit types."""
    fields = _moc_fields(
        rulebook_get(), activity, board=board, points=points, credit_types=credit_types
    )
    return _audited(activity, actor, "activities.moc.added", lambda: append(activity.moc, **fields))


@transaction.atomic
def update_moc(
    *, moc: MocDesignation, actor: Any, board: str, points: Any, credit_types: list[str]
) -> MocDesignation:
    activity = moc.activity
    fields = _moc_fields(
        rulebook_get(), activity, board=board, points=points, credit_types=credit_types
    )
    return _audited(activity, actor, "activities.moc.updated", lambda: assign(moc, fields))


@transaction.atomic
def remove_moc(*, moc: MocDesignation, actor: Any) -> None:
    activity = moc.activity
    rows = MocDesignation.objects.filter(activity=activity)
    _audited(activity, actor, "activities.moc.removed", lambda: remove(moc, rows))
