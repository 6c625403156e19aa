"""The tracker's web forms. They parse what a browser sends into the services' keyword
arguments; the services decide what is valid and their problems land beside the fields."""

from __future__ import annotations

from typing import Any

from django import forms

from opencme.accounts.forms import ProblemForm
from opencme.requirements import kinds
from opencme.requirements.entry import topic_labels

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
NOT_SURE = [("", "Not sure")]


def _date(label: str, help_text: str = "") -> forms.DateField:
    return forms.DateField(label=label, required=False, widget=DATE, help_text=help_text)


def _select(label: str) -> forms.CharField:
    """A list to choose from whose value the service checks, so that every problem of the
    form shows at once (a ChoiceField would refuse it alone, before the service sees it)."""
    return forms.CharField(label=label, required=False, max_length=40, widget=forms.Select)


def _by_name(values: dict[str, str]) -> list[tuple[str, str]]:
    return sorted(values.items(), key=lambda item: item[1])


class CredentialForm(ProblemForm):
    kind = ""

    def values(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        if "renewal_number" in data:
            data["renewal_number"] = int(data["renewal_number"]) if data["renewal_number"] else None
        return {"kind": self.kind, **data}

    @classmethod
    def initial_for(cls, row: Any) -> dict[str, Any]:
        out = {name: getattr(row, name) for name in cls.base_fields}
        if "renewal_number" in out:
            out["renewal_number"] = str(out["renewal_number"] or "")
        return out


class LicenseForm(CredentialForm):
    kind = kinds.KIND_LICENSE
    state = _select("State")
    license_type = _select("Type of license")
    number = forms.CharField(
        label="License number (optional)",
        required=False,
        max_length=30,
        help_text="Not needed to see what the license requires.",
    )
    issued_on = _date("First issued on (optional)", "Tells which renewal this is.")
    expires_on = _date("Expires on", "The date printed on the license.")
    renewal_number = forms.ChoiceField(
        label="Which renewal ends on that date?",
        required=False,
        choices=NOT_SURE + [(str(k), v) for k, v in kinds.RENEWALS.items()],
        help_text="Some topics are asked only at the first renewal.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["state"].widget.choices = [("", "Choose a state"), *_by_name(kinds.STATE_NAMES)]
        self.fields["license_type"].widget.choices = [
            ("", "Choose a type"),
            *[(code, label) for code, (_, label) in kinds.LICENSE_TYPES.items()],
        ]


class DeaForm(CredentialForm):
    kind = kinds.KIND_DEA
    number = forms.CharField(
        label="DEA number (optional)",
        required=False,
        max_length=9,
        help_text="Two letters then seven digits. Not needed to see what is required.",
    )
    expires_on = _date("Registration renewal date", "The DEA renews a registration every 3 years.")


class BoardForm(CredentialForm):
    kind = kinds.KIND_BOARD
    board = _select("Certifying board")
    certificate = forms.CharField(
        label="Certificate (optional)",
        required=False,
        max_length=120,
        help_text="e.g. Internal Medicine, or a subspecialty.",
    )
    issued_on = _date("Current cycle started on (optional)")
    expires_on = _date("Current cycle ends on", "The deadline your board's portal shows.")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["board"].widget.choices = [
            ("", "Choose a board"),
            *[(code, name) for code, (name, _) in kinds.BOARDS.items()],
        ]


FORMS: dict[str, type[CredentialForm]] = {
    kinds.KIND_LICENSE: LicenseForm,
    kinds.KIND_DEA: DeaForm,
    kinds.KIND_BOARD: BoardForm,
}


class FactsForm(ProblemForm):
    direct_patient_care = forms.ChoiceField(
        label="Do you provide direct patient care?",
        choices=[("yes", "Yes"), ("no", "No")],
        widget=forms.RadioSelect,
        initial="yes",
        help_text="Texas asks its opioid-prescribing hours only of physicians who do.",
    )
    specialty = _select("Specialty")
    attestations = forms.MultipleChoiceField(
        label="What you can declare",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Some rules accept these in place of credit.",
    )

    def __init__(self, *args: Any, attestations: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["specialty"].widget.choices = [("", "None given"), *_by_name(kinds.SPECIALTIES)]
        codes = attestations if attestations is not None else list(kinds.ATTESTATIONS)
        self.fields["attestations"].choices = [(c, kinds.attestation_label(c)) for c in codes]  # type: ignore[attr-defined]

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "direct_patient_care": data["direct_patient_care"] == "yes",
            "specialty": data["specialty"],
            "attestations": data["attestations"],
        }


class ExternalCreditForm(ProblemForm):
    title = forms.CharField(label="Activity title", required=False, max_length=300)
    provider = forms.CharField(label="Provider (optional)", required=False, max_length=200)
    completed_on = _date("Completed on")
    credit_type = _select("Type of credit")
    amount = forms.CharField(
        label="Amount", required=False, max_length=10, help_text="As the certificate states it."
    )
    topics = forms.MultipleChoiceField(
        label="Topics it covered",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Only those the certificate or the activity states.",
    )
    format = forms.ChoiceField(
        label="Format",
        choices=list(kinds.FORMATS.items()),
        widget=forms.RadioSelect,
        initial="anytime",
    )

    def __init__(self, *args: Any, credit_types: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["credit_type"].widget.choices = [("", "Choose a type"), *_by_name(credit_types)]
        self.fields["topics"].choices = _by_name(topic_labels())  # type: ignore[attr-defined]
