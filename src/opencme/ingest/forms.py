"""The staff import page's two forms: the listing source, then the draft to correct and save.

The draft form offers every field of the record a person may need to correct (title, provider,
faculty, credits with their UAN, MOC, specialties, topics, dates, cost, format, objectives,
statements and the rest of the text fields) and one "I have checked it" box beside each field
that needs review; ``corrected`` gives the record back with the person's values in place.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from django import forms
from django.db.models import QuerySet

from opencme.accreditation.selectors import rulebook_get
from opencme.accreditation.topics import GROUPS, TOPICS
from opencme.catalog.presenters import DELIVERY_NAMES
from opencme.ingest import rows
from opencme.ingest.parsing import MAX_LISTING_BYTES, ListingError, read_listing_bytes
from opencme.ingest.parsing.draft import STATEMENT_KEYS
from opencme.ingest.presenters import field_label
from opencme.providers.models import Provider
from opencme.workspace.activity_forms import COST_CHOICES, split_lines, split_names
from opencme.workspace.activity_forms import _format_label as format_label

_PARTIAL_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
DATE_HELP = "YYYY-MM-DD, or YYYY-MM when the listing gives only a month."


def _provider_field(providers: QuerySet[Provider]) -> forms.ModelChoiceField:
    """Only the user's own providers are choices: any other id is refused as invalid."""
    field = forms.ModelChoiceField(
        queryset=providers,
        empty_label=None,
        label="Save for provider",
        error_messages={"invalid_choice": "choose one of the providers you are staff of."},
    )
    if providers.count() == 1:
        field.widget = forms.HiddenInput()
        field.initial = providers.first()
    return field


def listing_text(data: bytes) -> str:
    """``read_listing_bytes`` with its one-line reason as a form error."""
    try:
        return read_listing_bytes(data)
    except ListingError as exc:
        raise forms.ValidationError(exc.message) from None


class SourceForm(forms.Form):
    """Paste a listing or upload one file (text, HTML or a PDF with text, at most 5 MB)."""

    text = forms.CharField(
        label="Listing text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 12, "spellcheck": "false"}),
        help_text="Paste the listing as it is published: plain text or the page's HTML.",
    )
    upload = forms.FileField(
        label="Listing file",
        required=False,
        error_messages={"empty": "empty file: there is no listing text to parse"},
        help_text=f"Or upload one .txt, .html or .md file (UTF-8) or a PDF brochure with text "
        f"in it, at most {MAX_LISTING_BYTES // (1024 * 1024)} MB. A file is used instead of "
        "pasted text.",
    )

    def __init__(self, *args: Any, providers: QuerySet[Provider], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["provider"] = _provider_field(providers)
        self.source = ""
        self.origin = ""

    def clean_upload(self) -> Any:
        upload = self.cleaned_data.get("upload")
        if upload:
            # Read one byte past the limit so the size check can name an oversized file.
            self.source = listing_text(upload.read(MAX_LISTING_BYTES + 1))
            self.origin = f"web form upload: {upload.name}"[:1000]
        return upload

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.source or "upload" in self.errors:
            return cleaned
        text = cleaned.get("text") or ""
        if not text.strip():
            self.add_error("text", "paste the listing text, or choose a file to upload.")
            return cleaned
        try:
            self.source = listing_text(text.encode("utf-8"))
        except forms.ValidationError as exc:
            self.add_error("text", exc)
            return cleaned
        self.origin = "web form: pasted text"
        return cleaned


STATEMENT_LABELS = {
    "accreditation": "Accreditation statement",
    "commercial_support": "Commercial support statement",
    "funding": "Funding statement",
    "disclaimer": "Disclaimer",
}
SUPPORT_CHOICES = [("", "Not stated"), ("yes", "Receives commercial support"), ("no", "None")]
# Record keys the form edits as text lines (one per line) or names (commas or lines).
LINE_FIELDS = ("faculty", "objectives", "audience", "joint_providers")
NAME_FIELDS = ("specialties",)


def _text(label: str, rows_: int = 3, help_text: str = "") -> forms.CharField:
    return forms.CharField(
        label=label,
        required=False,
        strip=True,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows_}),
    )


class DraftForm(forms.Form):
    """The fields of a draft a person can correct; the source travels with it, unchanged."""

    source = forms.CharField(widget=forms.HiddenInput(), strip=False)
    origin = forms.CharField(widget=forms.HiddenInput(), max_length=1000)
    activity = forms.IntegerField(widget=forms.HiddenInput(), required=False)
    credit_rows = forms.IntegerField(widget=forms.HiddenInput(), required=False)
    moc_rows = forms.IntegerField(widget=forms.HiddenInput(), required=False)
    title = forms.CharField(label="Title", max_length=500)
    description = _text("Description", 4)
    url = forms.URLField(label="Link to the activity's page", required=False, max_length=1000)
    format = forms.ChoiceField(label="Format", required=False)
    delivery = forms.ChoiceField(label="Delivery", required=False)
    location = forms.CharField(label="Location", required=False, max_length=300)
    start_date = forms.CharField(label="Start or release date", required=False, help_text=DATE_HELP)
    end_date = forms.CharField(label="End date", required=False, help_text=DATE_HELP)
    expires = forms.CharField(label="Credit expires", required=False, help_text=DATE_HELP)
    estimated_minutes = forms.IntegerField(
        label="Time to complete (minutes)", required=False, min_value=1, max_value=100000
    )
    cost_free = forms.ChoiceField(label="Fee", required=False, choices=COST_CHOICES)
    cost_amount = forms.DecimalField(
        label="Cost",
        required=False,
        min_value=Decimal(0),
        max_digits=10,
        decimal_places=2,
        help_text="The lowest fee in the listing's currency; leave empty when it states none.",
    )
    cost_currency = forms.CharField(
        label="Currency", required=False, max_length=3, help_text="Three letters: USD, EUR, GBP."
    )
    faculty = _text("Faculty", 3, "One person a line, as the listing names them.")
    joint_providers = _text("Joint providers", 2, "One a line.")
    audience = _text("Audience", 2, "One group a line.")
    specialties = _text("Specialties", 2, "Separated by commas or lines.")
    objectives = _text("Learning objectives", 5, "One objective a line.")
    topics = forms.MultipleChoiceField(
        label="Topics",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=list(TOPICS.items()),
        error_messages={"invalid_choice": "choose topics from the list only."},
        help_text="What the activity teaches, in the terms licensing boards' rules use. "
        "Clinicians' trackers count its credit toward the topics saved here: untick one the "
        "listing does not teach.",
    )
    commercial_support = forms.ChoiceField(
        label="Commercial support", required=False, choices=SUPPORT_CHOICES
    )

    def __init__(
        self,
        *args: Any,
        providers: QuerySet[Provider],
        record: dict[str, Any],
        review: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        book = rulebook_get()
        self.fields["provider"] = _provider_field(providers)
        # The editor's names for formats and deliveries (the rule book's), not their codes.
        fmt, delivery = self.fields["format"], self.fields["delivery"]
        assert isinstance(fmt, forms.ChoiceField)
        assert isinstance(delivery, forms.ChoiceField)
        fmt.choices = [
            ("", "Not stated"),
            *((code, format_label(code, label)) for code, label in book.formats.items()),
        ]
        delivery.choices = [("", "Not stated"), *DELIVERY_NAMES.items()]
        self.fields["source"].error_messages["required"] = "the listing text was lost; start again."
        for key in STATEMENT_KEYS:
            self.fields[f"statement_{key}"] = _text(STATEMENT_LABELS[key], 3)
        data = args[0] if args else kwargs.get("data")
        self.credit_count = rows.row_count(data, "credit", record.get("credits") or [])
        self.moc_count = rows.row_count(data, "moc", record.get("moc") or [])
        for i in range(self.credit_count):
            self.fields.update(rows.credit_fields(book, i))
        for i in range(self.moc_count):
            self.fields.update(rows.moc_fields(book, i))
        self.review = list(review or [])
        for key in self.review:
            self.fields[f"confirm_{key}"] = forms.BooleanField(
                label=f"I have checked the {field_label(key).lower()} against the source",
                required=False,
            )
        if len(self.review) > 1:
            # on a new site most fields need a look: one box, once all were read
            self.fields["confirm_all"] = forms.BooleanField(
                label=f"I have checked all {len(self.review)} fields marked “needs review” "
                "against the source",
                required=False,
            )

    def credit_row_list(self) -> list[rows.Row]:
        parts = ("type", "amount", "unit", "label", "uan")
        return [
            rows.Row(
                i, {p: self[f"credit_{i}" if p == "amount" else f"credit_{i}_{p}"] for p in parts}
            )
            for i in range(self.credit_count)
        ]

    def moc_row_list(self) -> list[rows.Row]:
        return [
            rows.Row(i, {p: self[f"moc_{i}_{p}"] for p in ("board", "points", "types")})
            for i in range(self.moc_count)
        ]

    def topic_groups(self) -> list[tuple[str, list[Any]]]:
        """The topic checkboxes under their groups' labels (the vocabulary's), for the page."""
        boxes = {box.data["value"]: box for box in self["topics"]}
        groups = [(g.label, [boxes[t.code] for t in g.topics if t.code in boxes]) for g in GROUPS]
        return [(label, items) for label, items in groups if items]

    def statement_fields(self) -> list[forms.BoundField]:
        return [self[f"statement_{key}"] for key in STATEMENT_KEYS]

    def confirm_field(self, key: str) -> forms.BoundField | None:
        name = f"confirm_{key}"
        return self[name] if name in self.fields else None

    def confirm_all_field(self) -> forms.BoundField | None:
        return self["confirm_all"] if "confirm_all" in self.fields else None

    def confirmed(self) -> list[str]:
        if self.cleaned_data.get("confirm_all"):
            return list(self.review)
        return [k for k in self.review if self.cleaned_data.get(f"confirm_{k}")]

    def clean_source(self) -> str:
        return listing_text(self.cleaned_data["source"].encode("utf-8"))

    def _partial_date(self, name: str) -> str | None:
        value = (self.cleaned_data.get(name) or "").strip()
        if value and not _PARTIAL_DATE.match(value):
            raise forms.ValidationError("write the date as YYYY-MM-DD or YYYY-MM.")
        return value or None

    def clean_start_date(self) -> str | None:
        return self._partial_date("start_date")

    def clean_end_date(self) -> str | None:
        return self._partial_date("end_date")

    def clean_expires(self) -> str | None:
        return self._partial_date("expires")

    def clean_cost_currency(self) -> str | None:
        value = (self.cleaned_data.get("cost_currency") or "").strip().upper()
        if value and not re.fullmatch(r"[A-Z]{3}", value):
            raise forms.ValidationError("write the currency as three letters, such as USD.")
        return value or None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        self.credits, self.uans = rows.clean_credits(self, self.credit_count)
        self.moc = rows.clean_moc(self, self.moc_count)
        return cleaned

    def corrected(self, record: dict[str, Any]) -> dict[str, Any]:
        """``record`` (the draft's) with this form's values in place."""
        data = self.cleaned_data
        out = dict(record)
        out["title"] = data["title"]
        for name in ("description", "url", "location", "format", "delivery"):
            out[name] = (data.get(name) or "").strip() or None
        for name in ("start_date", "end_date", "expires", "estimated_minutes"):
            out[name] = data.get(name) or None
        for name in LINE_FIELDS:
            out[name] = split_lines(data.get(name) or "")
        for name in NAME_FIELDS:
            out[name] = split_names(data.get(name) or "")
        ticked = set(data.get("topics") or [])
        out["topics"] = [code for code in TOPICS if code in ticked]
        cost = dict(record.get("cost") or {})
        fee = data.get("cost_free") or ""
        amount = rows.number(data.get("cost_amount"))
        cost["free"] = {"free": True, "paid": False}.get(fee)
        cost["amount"] = 0 if fee == "free" and amount is None else amount
        cost["currency"] = data.get("cost_currency") or (
            None if amount is None else cost.get("currency")
        )
        out["cost"] = cost
        out["commercial_support"] = {"yes": True, "no": False}.get(
            data.get("commercial_support") or ""
        )
        out["credits"], out["uan"], out["moc"] = self.credits, self.uans, self.moc
        out["statements"] = {k: bool(self.statement_texts()[k]) for k in STATEMENT_KEYS}
        return out

    def statement_texts(self) -> dict[str, str]:
        return {k: (self.cleaned_data.get(f"statement_{k}") or "").strip() for k in STATEMENT_KEYS}


def _support(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def draft_initial(
    record: dict[str, Any],
    *,
    source: str,
    origin: str,
    statements: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The form's first values from a draft's record and the statement texts it found."""
    cost = record.get("cost") or {}
    free = cost.get("free")
    initial: dict[str, Any] = {
        "source": source,
        "origin": origin,
        "cost_free": "free" if free else ("paid" if free is False else ""),
        "cost_amount": rows.plain(cost.get("amount")),
        "cost_currency": cost.get("currency") or "",
        "commercial_support": _support(record.get("commercial_support")),
    }
    for name in (
        "title",
        "description",
        "url",
        "location",
        "format",
        "delivery",
        "start_date",
        "end_date",
        "expires",
        "estimated_minutes",
    ):
        initial[name] = record.get(name) or ""
    for name in LINE_FIELDS:
        initial[name] = "\n".join(record.get(name) or [])
    for name in NAME_FIELDS:
        initial[name] = ", ".join(record.get(name) or [])
    initial["topics"] = [code for code in record.get("topics") or [] if code in TOPICS]
    for key in STATEMENT_KEYS:
        initial[f"statement_{key}"] = (statements or {}).get(key, "")
    uans = list(record.get("uan") or [])
    for i, credit in enumerate(record.get("credits") or []):
        initial.update(rows.credit_initial(i, credit, uans))
    for i, moc in enumerate(record.get("moc") or []):
        initial.update(rows.moc_initial(i, moc))
    initial["credit_rows"] = len(record.get("credits") or []) + 1
    initial["moc_rows"] = len(record.get("moc") or []) + 1
    return initial
