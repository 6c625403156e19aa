"""The forms of the activity editor: a new activity, and its details in fieldsets.

Lists (objectives, audience, specialties) are edited as people write them: one input per
objective, checkboxes for professions, comma- or line-separated names; topics and the
requirements an activity meets are checkboxes of the topic vocabulary (grouped, human labels);
the forms turn them into the activity's lists and the services' keyword arguments.
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.db.models.functions import Lower

from opencme.accounts.forms import ProblemForm
from opencme.accreditation.rules import RuleBook
from opencme.accreditation.topics import APPROVALS, GROUPS, TOPICS
from opencme.activities.models import Activity, Specialty
from opencme.catalog import presenters
from opencme.core.text import validate_line
from opencme.workspace.problems import field_id, field_name

MAX_ITEMS = 50  # objectives, topics, specialties, audience entries
MAX_ITEM = 500
COST_CHOICES = [("", "Not stated"), ("free", "Free"), ("paid", "Has a fee")]


def split_names(text: str) -> list[str]:
    """``"a, b\\nc"`` -> ``["a", "b", "c"]``: stripped, empty ones dropped, each once."""
    names = (n.strip() for n in re.split(r"[,\n;]", text or ""))
    return list(dict.fromkeys(n for n in names if n))


def _choices(pairs: dict[str, str], empty: str) -> list[tuple[str, str]]:
    return [("", empty), *pairs.items()]


def _date() -> forms.DateField:
    return forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))


def _lines(label: str, help_text: str = "", rows: int = 3) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=False,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class NewActivityForm(ProblemForm):
    title = forms.CharField(
        max_length=500, help_text="You can change it later. Everything else comes next."
    )
    mark_required = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["title"].widget.attrs["id"] = field_id("title")


class ObjectiveList(forms.Field):
    """The objectives, one input each (``name="objectives"`` repeated), blank ones dropped."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value: Any) -> list[str]:
        items = [str(v).strip() for v in (value or []) if str(v).strip()]
        if len(items) > MAX_ITEMS:
            raise forms.ValidationError(f"At most {MAX_ITEMS} objectives.")
        for i, item in enumerate(items, start=1):
            if len(item) > MAX_ITEM:
                raise forms.ValidationError(f"Objective {i} is longer than {MAX_ITEM} characters.")
            validate_line(item)
        return items

    def validate(self, value: Any) -> None:
        """An activity may have no objective while it is a draft (publishing asks for one)."""


class DetailsForm(ProblemForm):
    """Every detail of an activity the details page edits, in the order of its fieldsets."""

    # Details
    title = forms.CharField(max_length=500)
    description = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 6}))
    format = forms.ChoiceField(required=False)
    delivery = forms.ChoiceField(
        required=False, choices=_choices(presenters.DELIVERY_NAMES, "Not stated")
    )
    location = forms.CharField(
        required=False, max_length=300, help_text="Where a live activity takes place."
    )
    estimated_minutes = forms.IntegerField(
        label="Estimated time (minutes)", required=False, min_value=1, max_value=100_000
    )
    url = forms.URLField(
        label="Activity page address",
        required=False,
        max_length=1000,
        assume_scheme="https",
        help_text="Only if the activity has a page of its own elsewhere, e.g. https://example.org/course.",
    )
    # Dates
    start_date = _date()
    end_date = _date()
    expires = _date()
    # Cost
    cost_free = forms.ChoiceField(
        label="Fee", required=False, choices=COST_CHOICES, widget=forms.RadioSelect
    )
    cost_amount = forms.DecimalField(
        label="Price", required=False, min_value=0, max_digits=10, decimal_places=2
    )
    cost_currency = forms.CharField(
        label="Currency", required=False, max_length=3, help_text="A three-letter code, e.g. USD."
    )
    cost_note = forms.CharField(
        label="Note on the cost", required=False, max_length=200, help_text="e.g. “Members free”."
    )
    # Registration and providership
    registration = forms.ChoiceField(
        required=False, choices=_choices(presenters.REGISTRATION_NAMES, "Not stated")
    )
    providership = forms.ChoiceField(
        required=False, choices=_choices(presenters.PROVIDERSHIP_NAMES, "Not stated")
    )
    joint_providers = _lines("Joint providers", "One organization a line.", rows=2)
    planned_by_team = forms.BooleanField(
        label="Planned by and for the healthcare team",
        required=False,
        help_text="Needed for IPCE credit.",
    )
    # Audience and what it is about
    professions = forms.MultipleChoiceField(
        label="Professions", required=False, widget=forms.CheckboxSelectMultiple
    )
    audience_other = _lines(
        "Others in the audience", "One a line, e.g. “Hospital pharmacists”.", rows=2
    )
    objectives = ObjectiveList(required=False)
    measured_outcomes = _lines("Measured outcomes", "One a line.")
    specialties = _lines(
        "Specialties",
        "Names from the list of specialties, separated by commas or lines; "
        "suggestions appear as you type.",
        rows=2,
    )
    topics = forms.MultipleChoiceField(
        label="Topics",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[(code, label) for code, label in TOPICS.items()],
        help_text="What the activity is about, in the terms licensing boards' rules use. "
        "Clinicians' trackers count its credit toward the topics you tick.",
    )
    meets = forms.MultipleChoiceField(
        label="Requirements it meets",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[(code, label) for code, label in APPROVALS.items()],
        help_text="Tick only an approval the activity holds or a requirement it was designed "
        "to meet.",
    )
    # Statements
    accreditation_statement = _lines("Accreditation statement", rows=4)
    commercial_support_statement = _lines("Commercial support statement", rows=3)
    funding_statement = _lines("Funding statement", rows=3)
    disclaimer_statement = _lines("Disclaimer", rows=3)

    def __init__(self, *args: Any, book: RuleBook, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.book = book
        self.fields["format"].choices = [  # type: ignore[attr-defined]
            ("", "Not stated"),
            *((code, _format_label(code, label)) for code, label in book.formats.items()),
        ]
        self.fields["professions"].choices = list(  # type: ignore[attr-defined]
            book.professions.items()
        )
        self.fields["start_date"].label = "Release or start date"
        self.fields["start_date"].help_text = "When learners can start; a live event's first day."
        self.fields["end_date"].label = "End of the live event"
        self.fields["end_date"].help_text = "Only for a live event of more than one day."
        self.fields["expires"].label = "Last day to claim credit"
        self.fields["expires"].help_text = "After the release date; an enduring material needs one."
        for name, field in self.fields.items():
            field.widget.attrs.setdefault("id", field_id(name))

    def field_for(self, problem_field: str) -> str | None:
        name = field_name(problem_field)
        return name if name in self.fields else None

    def clean_cost_currency(self) -> str:
        value = self.cleaned_data.get("cost_currency", "").strip().upper()
        if value and not re.fullmatch(r"[A-Z]{3}", value):
            raise forms.ValidationError("Enter a three-letter code such as USD.")
        return value

    def clean_specialties(self) -> list[Specialty]:
        names = split_names(self.cleaned_data.get("specialties", ""))
        if len(names) > MAX_ITEMS:
            raise forms.ValidationError(f"At most {MAX_ITEMS} specialties.")
        known = {
            s.lowered: s
            for s in Specialty.objects.annotate(lowered=Lower("name")).filter(
                lowered__in=[n.lower() for n in names]
            )
        }
        unknown = [n for n in names if n.lower() not in known]
        if unknown:
            raise forms.ValidationError(
                f"Not in the list of specialties: {', '.join(unknown)}. "
                "Choose from the suggestions."
            )
        return list(dict.fromkeys(known[n.lower()] for n in names))

    def topic_groups(self) -> list[tuple[str, list[Any]]]:
        """The topic checkboxes under their groups' labels, for the template."""
        boxes = {box.data["value"]: box for box in self["topics"]}
        return [
            (group.label, [boxes[t.code] for t in group.topics if t.code in boxes])
            for group in GROUPS
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end, expires = (data.get(n) for n in ("start_date", "end_date", "expires"))
        if start and end and end < start:
            self.add_error("end_date", "Must not be before the release or start date.")
        if start and expires and expires <= start:
            self.add_error("expires", "Must be after the release or start date.")
        priced = data.get("cost_amount") is not None or data.get("cost_note")
        if data.get("cost_free") == "paid" and not priced:
            self.add_error("cost_amount", "Enter the price, or a note on the cost.")
        if data.get("cost_amount") is not None and not data.get("cost_currency"):
            data["cost_currency"] = "USD"
        return data

    def changes(self) -> dict[str, Any]:
        """The cleaned form as the details service's ``changes``."""
        d = self.cleaned_data
        professions = [self.book.professions[c] for c in d["professions"]]
        audience = list(dict.fromkeys([*professions, *split_names(d["audience_other"])]))
        free = {"free": True, "paid": False}.get(d["cost_free"])
        return {
            "title": d["title"].strip(),
            "description": d["description"].strip(),
            "url": d["url"],
            "format": d["format"],
            "delivery": d["delivery"],
            "location": d["location"].strip(),
            "estimated_minutes": d["estimated_minutes"],
            "start_date": d["start_date"],
            "end_date": d["end_date"],
            "expires": d["expires"],
            "cost_free": free,
            "cost_amount": None if free else d["cost_amount"],
            "cost_currency": "" if free else d["cost_currency"],
            "cost_note": d["cost_note"].strip(),
            "registration": d["registration"],
            "providership": d["providership"],
            "joint_providers": split_lines(d["joint_providers"]),
            "planned_by_team": d["planned_by_team"],
            "audience": audience,
            "objectives": d["objectives"],
            "measured_outcomes": split_lines(d["measured_outcomes"]),
            "topics": d["topics"],
            "meets": d["meets"],
            "accreditation_statement": d["accreditation_statement"].strip(),
            "commercial_support_statement": d["commercial_support_statement"].strip(),
            "funding_statement": d["funding_statement"].strip(),
            "disclaimer_statement": d["disclaimer_statement"].strip(),
        }


def split_lines(text: str) -> list[str]:
    return list(dict.fromkeys(line.strip() for line in (text or "").splitlines() if line.strip()))


def _format_label(code: str, label: str) -> str:
    # "other" reads "activity" inside statements ("designates this activity"); in a list of
    # formats it is the one that is none of the others.
    if code == "other":
        return "Other"
    return label[:1].upper() + label[1:]


def _plain(name: str) -> str:
    """A profession as written anywhere: "Physicians (MD/DO)", "physicians", "physician"."""
    return re.sub(r"\s*\(.*?\)", "", name).strip().lower().replace("_", " ")


def initial_for(activity: Activity, book: RuleBook) -> dict[str, Any]:
    """The details form's values for ``activity`` as stored."""
    by_label = {_plain(label): code for code, label in book.professions.items()}
    by_label.update({_plain(code): code for code in book.professions})
    cost = "" if activity.cost_free is None else ("free" if activity.cost_free else "paid")
    return {
        "title": activity.title,
        "description": activity.description,
        "url": activity.url,
        "format": activity.format,
        "delivery": activity.delivery,
        "location": activity.location,
        "estimated_minutes": activity.estimated_minutes,
        "start_date": activity.start_date,
        "end_date": activity.end_date,
        "expires": activity.expires,
        "cost_free": cost,
        "cost_amount": None if activity.cost_free else activity.cost_amount,
        "cost_currency": activity.cost_currency,
        "cost_note": activity.cost_note,
        "registration": activity.registration,
        "providership": activity.providership,
        "joint_providers": "\n".join(activity.joint_providers),
        "planned_by_team": activity.planned_by_team,
        "professions": [by_label[_plain(a)] for a in activity.audience if _plain(a) in by_label],
        "audience_other": "\n".join(a for a in activity.audience if _plain(a) not in by_label),
        "objectives": list(activity.objectives),
        "measured_outcomes": "\n".join(activity.measured_outcomes),
        "specialties": ", ".join(s.name for s in activity.specialties.all()),
        "topics": [t for t in activity.topics if t in TOPICS],
        "meets": [m for m in activity.meets if m in APPROVALS],
        "accreditation_statement": activity.accreditation_statement,
        "commercial_support_statement": activity.commercial_support_statement,
        "funding_statement": activity.funding_statement,
        "disclaimer_statement": activity.disclaimer_statement,
    }
