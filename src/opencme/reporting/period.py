"""The date range an outcomes page is filtered by, and the form that reads it from the address.

Each figure counts a thing by the day it happened (an enrollment by its enrollment date, a
completion by its completion date, a claim by its claim date, an answer by the day it was given, a
follow-up survey by the day it was sent), in the site's time zone, both ends included."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django import forms
from django.db.models import Q
from django.utils.formats import date_format


@dataclass(frozen=True)
class Period:
    start: date | None = None
    end: date | None = None

    def q(self, field: str, *, is_date: bool = False) -> Q:
        """Rows whose ``field`` (a datetime, or a date when ``is_date``) falls in the period."""
        path = field if is_date else f"{field}__date"
        out = Q()
        if self.start:
            out &= Q(**{f"{path}__gte": self.start})
        if self.end:
            out &= Q(**{f"{path}__lte": self.end})
        return out

    @property
    def is_all(self) -> bool:
        return self.start is None and self.end is None

    @property
    def label(self) -> str:
        """A sentence fragment: "all dates", "from Jan 5, 2026", "Jan 5 to Mar 1, 2026" ..."""
        if self.start and self.end:
            return f"from {date_format(self.start)} to {date_format(self.end)}"
        if self.start:
            return f"from {date_format(self.start)} on"
        if self.end:
            return f"up to {date_format(self.end)}"
        return "all dates"

    def query(self) -> dict[str, str]:
        """The address parameters that carry the period to another page or a download."""
        out = {}
        if self.start:
            out["start"] = self.start.isoformat()
        if self.end:
            out["end"] = self.end.isoformat()
        return out


class PeriodForm(forms.Form):
    start = forms.DateField(
        label="From",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Enter the first day as a date, for example 2026-01-31."},
    )
    end = forms.DateField(
        label="To",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Enter the last day as a date, for example 2026-12-31."},
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", "The last day must be on or after the first day.")
        return data

    def period(self) -> Period:
        """The period asked for; every date when the form is not valid (its errors say why)."""
        if not self.is_valid():
            return Period()
        return Period(self.cleaned_data.get("start"), self.cleaned_data.get("end"))


def period_from(params: object) -> tuple[PeriodForm, Period]:
    """The form bound to the address's parameters and the period it gives."""
    form = PeriodForm(params)  # type: ignore[arg-type]
    return form, form.period()
