"""The forms of the people and disclosures page: a planner or faculty member, one of their
financial relationships, the commercial support and a supporter.

Each form of row ``i`` gets element ids ``field-people-<i>-<name>``, the ids the publish
problems of that row link to (``workspace.problems.field_id``). The forms parse; the
``activities.authoring_people`` services decide what is valid.
"""

from __future__ import annotations

from typing import Any

from django import forms

from opencme.accounts.forms import ProblemForm
from opencme.accreditation.disclosure import IntegrityStandards
from opencme.activities.models import Faculty

DISCLOSED_CHOICES = [
    ("none", "None: no relevant financial relationships with ineligible companies"),
    ("relevant", "Relevant financial relationships (list each one below)"),
    ("", "Not recorded yet"),
]
SUPPORT_CHOICES = [
    ("no", "No commercial support"),
    ("yes", "Receives commercial support (name each supporter below)"),
    ("", "Not stated yet"),
]
NATURES = (
    "employee, researcher, consultant, advisor, speaker, independent contractor, royalties or "
    "patent beneficiary, executive role, ownership interest"
)


def row_id(prefix: str) -> str:
    """An ``auto_id`` for a row's form: ``row_id("people-0")`` gives ``field-people-0-name``."""
    return f"field-{prefix}-%s"


class PersonForm(ProblemForm):
    name = forms.CharField(max_length=200, help_text="With their degrees, as learners read it")
    role = forms.CharField(
        label="Title in the activity",
        max_length=100,
        required=False,
        help_text="For example Presenter, Author, Course director",
    )
    capacity = forms.ChoiceField(label="Part in the activity", choices=Faculty.Capacity.choices)
    disclosed = forms.ChoiceField(
        label="Financial relationships with ineligible companies",
        choices=DISCLOSED_CHOICES,
        required=False,
        widget=forms.RadioSelect,
    )
    mitigation = forms.CharField(
        label="How the relevant relationships were mitigated",
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Needed when the person has relevant relationships; for example "
        "“Content reviewed by a planner without relationships for fair balance.”",
    )
    mark_required = True

    def __init__(
        self, *args: Any, standards: IntegrityStandards, prefix_id: str, **kwargs: Any
    ) -> None:
        super().__init__(*args, auto_id=row_id(prefix_id), **kwargs)
        self.fields["capacity"].choices = list(standards.capacities.items())  # type: ignore[attr-defined]
        self.fields["disclosed"].help_text = (
            f"Any in the {standards.lookback_months} months before taking this role "
            "(Standards for Integrity and Independence, Standard 3)"
        )
        # The publish problem of what was disclosed is named ``people[i].disclosure``.
        self.fields["disclosed"].widget.attrs["id"] = f"field-{prefix_id}-disclosure"

    def field_for(self, problem_field: str) -> str | None:
        return {"disclosure": "disclosed"}.get(problem_field, super().field_for(problem_field))


class RelationshipForm(ProblemForm):
    company = forms.CharField(
        label="Ineligible company", max_length=200, help_text="The company's name only"
    )
    nature = forms.CharField(
        label="Nature of the relationship", max_length=200, help_text=f"For example {NATURES}"
    )
    started = forms.DateField(
        label="Started", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    ended = forms.DateField(
        label="Ended",
        required=False,
        help_text="Leave empty while it continues",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    mark_required = True

    def __init__(self, *args: Any, prefix_id: str, **kwargs: Any) -> None:
        super().__init__(*args, auto_id=row_id(prefix_id), **kwargs)


class SupportForm(ProblemForm):
    commercial_support = forms.ChoiceField(
        label="Does the activity receive commercial support?",
        choices=SUPPORT_CHOICES,
        required=False,
        widget=forms.RadioSelect(attrs={"id": "field-commercial-support"}),
        help_text="Financial or in-kind support from ineligible companies (Standard 4)",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, auto_id=row_id("support"), **kwargs)

    def supported(self) -> bool | None:
        return {"yes": True, "no": False}.get(self.cleaned_data["commercial_support"])

    @staticmethod
    def initial_for(supported: bool | None) -> dict[str, str]:
        answer = "" if supported is None else ("yes" if supported else "no")
        return {"commercial_support": answer}


class SupporterForm(ProblemForm):
    name = forms.CharField(
        label="Supporting company", max_length=200, help_text="The company's name only"
    )
    in_kind = forms.BooleanField(label="In-kind support rather than money", required=False)
    in_kind_nature = forms.CharField(
        label="What was given in kind",
        max_length=300,
        required=False,
        help_text="For example loaned ultrasound probes",
    )
    mark_required = True

    def __init__(self, *args: Any, prefix_id: str, **kwargs: Any) -> None:
        super().__init__(*args, auto_id=row_id(prefix_id), **kwargs)
