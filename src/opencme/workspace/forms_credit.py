"""The forms of the credit page: a credit designation and an MOC designation, driven by the
rule book (credit types by their human names, grouped by family or profession; each type's unit,
steps and minimum said beside the amount; a UAN where the type needs one, with its format).

Row ``i``'s form gets element ids ``field-credits-<i>-<name>`` / ``field-moc-<i>-<name>``, the
ids its publish problems link to. The forms parse; ``activities.authoring_credit`` decides.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms

from opencme.accounts.forms import ProblemForm
from opencme.accreditation.rules import ANY_PROFESSION, CreditTypeRule, RuleBook
from opencme.accreditation.statements import number

UNIT_NAMES = {
    "credit": ("credit", "credits"),
    "hour": ("hour", "hours"),
    "contact_hour": ("contact hour", "contact hours"),
    "point": ("point", "points"),
}
PHARMACOLOGY = "pharmacology_hours"
UAN_EXAMPLE = "JA0000000-0000-26-001-H01-P"
UAN_HELP = (
    f"Pharmacy credit needs the UAN ACPE assigns, such as {UAN_EXAMPLE}: the provider number, "
    "0000 (or 9999 for a joint provider), the last two digits of the release year, the "
    "activity's number, L (knowledge) or H (application) with the topic number, then P for "
    "pharmacists or T for technicians."
)


def unit_name(unit: str, amount: Decimal | None = None) -> str:
    one, many = UNIT_NAMES.get(unit, (unit, unit))
    return one if amount == 1 else many


def amount_hint(rule: CreditTypeRule) -> str:
    """``In steps of 0.25 credits, at least 0.25: the most a learner can claim.``"""
    return (
        f"In steps of {number(rule.increment)} {unit_name(rule.unit, rule.increment)}, "
        f"at least {number(rule.minimum)}: the most a learner can claim."
    )


def needs_uan(rule: CreditTypeRule | None) -> bool:
    return rule is not None and "uan" in rule.activity_identifiers


def has_pharmacology(rule: CreditTypeRule | None) -> bool:
    return rule is not None and PHARMACOLOGY in rule.statement_extras


def group_of(book: RuleBook, rule: CreditTypeRule) -> str:
    """The heading a credit type is listed under: its family, else who may claim it."""
    if rule.family in book.credit_families:
        return book.credit_families[rule.family].name
    if ANY_PROFESSION in rule.professions:
        return "The healthcare team and other credit"
    names = [book.professions[p] for p in book.professions if p in rule.professions]
    return ", ".join(names) or "Other credit"


def credit_type_choices(book: RuleBook) -> list[Any]:
    groups: dict[str, list[tuple[str, str]]] = {}
    for code, rule in book.credit_types.items():
        groups.setdefault(group_of(book, rule), []).append((code, rule.name))
    return [("", "Choose a credit type"), *groups.items()]


def credit_type_facts(book: RuleBook) -> dict[str, dict[str, Any]]:
    """What the page's script needs per credit type (its hint, which fields apply)."""
    return {
        code: {
            "name": rule.name,
            "hint": amount_hint(rule),
            "uan": needs_uan(rule),
            "pharmacology": has_pharmacology(rule),
            "other": code == "OTHER",
        }
        for code, rule in book.credit_types.items()
    }


class DesignationForm(ProblemForm):
    credit_type = forms.ChoiceField(label="Credit type")
    amount = forms.CharField(
        label="Maximum amount",
        max_length=12,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    label = forms.CharField(
        label="The credit's own name",
        max_length=200,
        required=False,
        help_text="Only for “Other credit”: the name learners and boards know it by",
    )
    uan = forms.CharField(
        label="Universal Activity Number (UAN)",
        max_length=40,
        required=False,
        help_text=UAN_HELP,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    pharmacology_hours = forms.CharField(
        label="Pharmacology hours",
        max_length=12,
        required=False,
        help_text="Of these contact hours, how many are pharmacology (nurse practitioners "
        "report them); leave empty when none",
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    statement = forms.CharField(
        label="Designation statement",
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="What learners read before they start; it states the amount. Not filled in "
        "for you: use the standard wording or write your own.",
    )
    mark_required = True

    def __init__(
        self, *args: Any, book: RuleBook, prefix_id: str, rule: CreditTypeRule | None, **kwargs: Any
    ) -> None:
        super().__init__(*args, auto_id=f"field-{prefix_id}-%s", **kwargs)
        self.rule = rule
        self.fields["credit_type"].choices = credit_type_choices(book)  # type: ignore[attr-defined]
        self.fields["uan"].widget.attrs["data-uan-pattern"] = book.uan_pattern.pattern
        # The ids the publish problems name (``credits[i].type``, ``.pharmacology_hours``).
        self.fields["credit_type"].widget.attrs["id"] = f"field-{prefix_id}-type"
        self.fields[PHARMACOLOGY].widget.attrs["id"] = f"field-{prefix_id}-pharmacology-hours"
        self.fields["amount"].help_text = (
            amount_hint(rule) if rule else "The most a learner can claim, in the type's steps."
        )
        if rule is not None:
            # Only what the chosen type uses is shown (the new designation's form shows all,
            # each saying when it applies, and the page's script hides the others).
            if not needs_uan(rule):
                del self.fields["uan"]
            if not has_pharmacology(rule):
                del self.fields["pharmacology_hours"]
            if rule.code != "OTHER":
                del self.fields["label"]

    def field_for(self, problem_field: str) -> str | None:
        return {"type": "credit_type"}.get(problem_field, super().field_for(problem_field))

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "credit_type": data["credit_type"],
            "amount": data["amount"],
            "label": data.get("label", ""),
            "uan": data.get("uan", ""),
            "pharmacology_hours": data.get("pharmacology_hours", ""),
            "statement": data.get("statement", ""),
        }


def board_choices(book: RuleBook) -> list[tuple[str, str]]:
    return [("", "Choose a board")] + [
        (code, f"{board.name} ({code})") for code, board in book.boards.items()
    ]


def board_credit_types(book: RuleBook) -> dict[str, list[str]]:
    return {code: list(board.credit_types) for code, board in book.boards.items()}


class MocForm(ProblemForm):
    board = forms.ChoiceField(label="Certifying board")
    points = forms.CharField(
        label="MOC points",
        max_length=12,
        help_text="Needs an AMA PRA Category 1 Credit™ designation on this activity",
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    credit_types = forms.MultipleChoiceField(
        label="What the points count for",
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    mark_required = True

    def __init__(self, *args: Any, book: RuleBook, prefix_id: str, board: str = "", **kwargs: Any):
        super().__init__(*args, auto_id=f"field-{prefix_id}-%s", **kwargs)
        self.fields["board"].choices = board_choices(book)  # type: ignore[attr-defined]
        rule = book.boards.get(board)
        # Every board's kinds, the chosen board's first (the page's script shows only those);
        # the service refuses a kind the board does not take, beside this field.
        mine = list(rule.credit_types) if rule else []
        others = sorted({k for b in book.boards.values() for k in b.credit_types} - set(mine))
        self.fields["credit_types"].choices = [(k, k) for k in mine + others]  # type: ignore[attr-defined]
        self.fields["credit_types"].widget.attrs["id"] = f"field-{prefix_id}-credit-types"
        self.fields["credit_types"].help_text = (
            f"{rule.code} takes {', '.join(rule.credit_types)}"
            if rule
            else "Each board takes only its own kinds; the list narrows to the chosen board's"
        )
