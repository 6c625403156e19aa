"""The repeated rows of the import page's draft form: credit designations (with their UAN) and
MOC registrations. One row per item of the draft and one empty row to add another; a row whose
type (or board) is left empty is dropped. The choices are the rule book's, as the activity
editor offers them (``workspace.forms_credit``)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django import forms

from opencme.accreditation.rules import UNITS, RuleBook
from opencme.workspace.activity_forms import split_names
from opencme.workspace.forms_credit import board_choices, credit_type_choices

MAX_ROWS = 30
UNIT_CHOICES = [(u, u.replace("_", " ").capitalize() + "s") for u in UNITS]


@dataclass
class Row:
    """The bound fields of one row, by part (``type``, ``amount``, ...), for the template."""

    index: int
    fields: dict[str, forms.BoundField]

    def __getitem__(self, part: str) -> forms.BoundField:
        return self.fields[part]


def row_count(data: Any, name: str, items: list[Any]) -> int:
    """Rows to show: the posted count (rows added on the page), else the draft's items + 1."""
    raw = str((data or {}).get(f"{name}_rows") or "")
    count = int(raw) if raw.isdigit() else len(items) + 1
    return max(1, min(count, MAX_ROWS))


def _amount(label: str) -> forms.DecimalField:
    return forms.DecimalField(
        label=label,
        required=False,
        min_value=Decimal("0.01"),
        max_digits=7,
        decimal_places=2,
    )


def credit_fields(book: RuleBook, i: int) -> dict[str, forms.Field]:
    n = i + 1
    return {
        f"credit_{i}_type": forms.ChoiceField(
            label=f"Credit {n}: type",
            required=False,
            choices=[("", "None (remove this row)"), *credit_type_choices(book)[1:]],
        ),
        f"credit_{i}": _amount(f"Credit {n}: amount"),
        f"credit_{i}_unit": forms.ChoiceField(
            label=f"Credit {n}: unit", required=False, choices=UNIT_CHOICES
        ),
        f"credit_{i}_label": forms.CharField(
            label=f"Credit {n}: name as the listing gives it",
            required=False,
            max_length=200,
            help_text="Only for other credit: the name learners and boards know it by.",
        ),
        f"credit_{i}_uan": forms.CharField(
            label=f"Credit {n}: UAN",
            required=False,
            max_length=40,
            help_text="Only for pharmacy credit (ACPE): the Universal Activity Number.",
        ),
    }


def moc_fields(book: RuleBook, i: int) -> dict[str, forms.Field]:
    n = i + 1
    return {
        f"moc_{i}_board": forms.ChoiceField(
            label=f"MOC {n}: board",
            required=False,
            choices=[("", "None (remove this row)"), *board_choices(book)[1:]],
        ),
        f"moc_{i}_points": _amount(f"MOC {n}: points"),
        f"moc_{i}_types": forms.CharField(
            label=f"MOC {n}: credit types",
            required=False,
            max_length=300,
            help_text="As the listing names them, separated by commas (Medical Knowledge, ...).",
        ),
    }


def credit_initial(i: int, credit: dict[str, Any], uans: list[str]) -> dict[str, Any]:
    uan = uans[0] if credit.get("type") == "ACPE" and uans else ""
    return {
        f"credit_{i}_type": credit.get("type") or "",
        f"credit_{i}": plain(credit.get("amount")),
        f"credit_{i}_unit": credit.get("unit") or "credit",
        f"credit_{i}_label": credit.get("label") or "",
        f"credit_{i}_uan": uan,
    }


def moc_initial(i: int, moc: dict[str, Any]) -> dict[str, Any]:
    return {
        f"moc_{i}_board": moc.get("board") or "",
        f"moc_{i}_points": plain(moc.get("points")),
        f"moc_{i}_types": ", ".join(moc.get("credit_types") or []),
    }


def clean_credits(form: forms.Form, count: int) -> tuple[list[dict[str, Any]], list[str]]:
    """The credit rows as record credits and the UANs; problems are added beside the field."""
    data = form.cleaned_data
    credits, uans = [], []
    for i in range(count):
        code = data.get(f"credit_{i}_type") or ""
        uan = (data.get(f"credit_{i}_uan") or "").strip()
        label = (data.get(f"credit_{i}_label") or "").strip()
        if not code:
            continue
        if uan and code != "ACPE":
            form.add_error(f"credit_{i}_uan", "a UAN belongs to pharmacy credit (ACPE) only.")
        if code == "OTHER" and not label:
            form.add_error(f"credit_{i}_label", "give the name of this credit as the listing does.")
        credit: dict[str, Any] = {
            "type": code,
            "amount": number(data.get(f"credit_{i}")),
            "unit": data.get(f"credit_{i}_unit") or "credit",
        }
        if label and code == "OTHER":
            credit["label"] = label
        credits.append(credit)
        if uan and code == "ACPE":
            uans.append(uan)
    return credits, uans


def clean_moc(form: forms.Form, count: int) -> list[dict[str, Any]]:
    data = form.cleaned_data
    out = []
    for i in range(count):
        board = data.get(f"moc_{i}_board") or ""
        if board:
            out.append(
                {
                    "board": board,
                    "points": number(data.get(f"moc_{i}_points")),
                    "credit_types": split_names(data.get(f"moc_{i}_types") or ""),
                }
            )
    return out


def number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def plain(amount: Any) -> Any:
    """2.0 shows as 2, 1.25 as 1.25: the amount as the listing would write it."""
    if isinstance(amount, float) and amount.is_integer():
        return int(amount)
    return amount
