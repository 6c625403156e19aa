"""Web forms of the learner's journey: one form per step, one per credit type to claim.

The forms only parse; ``complete_step`` and ``claim_credit`` decide, and their problems are
shown on the fields they name (``answers.<question id>`` is the field ``q<question id>``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django import forms
from django.core import signing

from opencme.accounts.forms import ProblemForm
from opencme.core import clock
from opencme.learning.models import Question, QuestionType, Step, StepKind

VIEWED_SALT = "opencme.learning.viewed"
# A content step left open for days is not days of viewing; time beyond this is not counted.
MAX_SECONDS_COUNTED = 8 * 60 * 60
MAX_AMOUNT_CHOICES = 200
SCALE = [(str(i), str(i)) for i in range(1, 6)]


def viewed_token(*, enrollment_id: int, step_id: int) -> str:
    """Signed moment the content step was shown, so 'I have viewed it' can count the time spent
    without a script on the page."""
    return signing.dumps(
        {"e": enrollment_id, "s": step_id, "t": int(clock.now().timestamp())}, salt=VIEWED_SALT
    )


def viewed_at(token: str, *, enrollment_id: int, step_id: int) -> dt.datetime | None:
    """The moment ``token`` says the step was shown to this enrollment, or None if it is not
    a token of ours for it."""
    try:
        data = signing.loads(token, salt=VIEWED_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("e") != enrollment_id or data.get("s") != step_id:
        return None
    return dt.datetime.fromtimestamp(int(data.get("t", 0)), tz=dt.UTC)


def seconds_since(token: str, *, enrollment_id: int, step_id: int) -> int | None:
    shown = viewed_at(token, enrollment_id=enrollment_id, step_id=step_id)
    if shown is None:
        return None
    seconds = int(clock.now().timestamp()) - int(shown.timestamp())
    return max(0, min(seconds, MAX_SECONDS_COUNTED))


class StepForm(ProblemForm):
    """The questions of one step by type; minutes for an attestation; the viewing token for
    content. Every field is optional here: ``complete_step`` says which answers are missing."""

    def __init__(self, step: Step, questions: list[Question], *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", f"step{step.pk}")
        super().__init__(*args, **kwargs)
        self.step = step
        self.questions = questions
        for q in questions:
            self.fields[f"q{q.pk}"] = question_field(q)
        if step.kind == StepKind.ATTESTATION:
            self.fields["minutes"] = forms.IntegerField(
                label="Minutes of participation",
                required=False,
                min_value=0,
                help_text="Claim only the time you actually spent on the activity.",
                widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
            )
        if step.kind == StepKind.CONTENT:
            self.fields["viewed"] = forms.CharField(required=False, widget=forms.HiddenInput)

    def field_for(self, problem_field: str) -> str | None:
        if problem_field.startswith("answers."):
            name = "q" + problem_field.removeprefix("answers.")
            return name if name in self.fields else None
        return super().field_for(problem_field)

    def answers(self) -> dict[str, Any]:
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        out: dict[str, Any] = {}
        for q in self.questions:
            value = data.get(f"q{q.pk}")
            if value not in (None, "", []):
                out[str(q.pk)] = value
        return out

    def question_fields(self) -> list[forms.BoundField]:
        return [self[f"q{q.pk}"] for q in self.questions]


def question_field(q: Question) -> forms.Field:
    label = q.text
    help_text = "" if q.required else "Optional."
    if q.type == QuestionType.TEXT:
        return forms.CharField(
            label=label,
            required=False,
            max_length=10_000,
            help_text=help_text,
            widget=forms.Textarea(attrs={"rows": 4}),
        )
    if q.type == QuestionType.MULTIPLE:
        return forms.MultipleChoiceField(
            label=label,
            required=False,
            choices=[(c, c) for c in q.choices],
            help_text=help_text or "Choose all that apply.",
            widget=forms.CheckboxSelectMultiple,
        )
    choices = SCALE if q.type == QuestionType.SCALE else [(c, c) for c in q.choices]
    return forms.ChoiceField(
        label=label,
        required=False,
        choices=choices,
        help_text=help_text,
        widget=forms.RadioSelect(attrs={"class": "scale"} if q.type == QuestionType.SCALE else {}),
    )


QUARTER = Decimal("0.25")
MAX_SHOWN_STEPS = 24


def allowed_amounts(maximum: Decimal, increment: Decimal) -> list[Decimal]:
    """Amounts from one increment up to the maximum, largest first. When the increment is so
    fine that the list would be long (nursing hours go in 0.01s), quarter hours are offered
    instead: each is still on the increment, and the maximum is always there."""
    if increment <= 0 or maximum <= 0:
        return [maximum] if maximum > 0 else []
    if maximum / increment > MAX_SHOWN_STEPS and increment < QUARTER and QUARTER % increment == 0:
        increment = QUARTER
    steps = int(maximum / increment)
    amounts = [maximum] + [increment * n for n in range(steps, 0, -1) if increment * n < maximum]
    return amounts[:MAX_AMOUNT_CHOICES]


def amount_label(value: Decimal) -> str:
    return f"{value.normalize():f}" if value == value.to_integral() else f"{value:.2f}".rstrip("0")


class ClaimForm(ProblemForm):
    """A claim of one credit type (an option of ``credits.journey.claim_options``)."""

    credit_type = forms.CharField(widget=forms.HiddenInput)
    amount = forms.ChoiceField()

    def __init__(self, option: dict[str, Any], *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", None)
        kwargs.setdefault("auto_id", f"id_{option['credit_type'].lower()}_%s")
        super().__init__(*args, **kwargs)
        self.option = option
        amounts = allowed_amounts(
            Decimal(str(option["maximum"])), Decimal(str(option["increment"]))
        )
        unit = option["unit"].replace("_", " ")
        self.fields["amount"].choices = [  # type: ignore[attr-defined]
            (amount_label(a), f"{amount_label(a)} {unit}{'' if a == 1 else 's'}") for a in amounts
        ]
        self.fields["amount"].label = f"Amount of {option['name']}"
        self.fields[
            "amount"
        ].help_text = f"Up to {amount_label(amounts[0]) if amounts else 0} {unit}s."
        self.initial = {
            "credit_type": option["credit_type"],
            "amount": amount_label(amounts[0]) if amounts else "",
        }
