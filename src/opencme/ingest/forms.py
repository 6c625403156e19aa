"""The staff import page's two forms: the listing source, then the draft to correct and save."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from django import forms
from django.db.models import QuerySet

from opencme.accreditation.selectors import rulebook_get
from opencme.activities.models import Activity
from opencme.ingest.parsing import MAX_LISTING_BYTES, ListingError, read_listing_bytes
from opencme.providers.models import Provider

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
    """Paste a listing or upload one file (text or HTML, UTF-8, at most 5 MB)."""

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
        help_text=f"Or upload one .txt, .html or .md file, UTF-8, at most "
        f"{MAX_LISTING_BYTES // (1024 * 1024)} MB. A file is used instead of pasted text.",
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


class DraftForm(forms.Form):
    """The fields of a draft a person can correct; the source travels with it, unchanged."""

    source = forms.CharField(widget=forms.HiddenInput(), strip=False)
    origin = forms.CharField(widget=forms.HiddenInput(), max_length=1000)
    title = forms.CharField(label="Title", max_length=500)
    format = forms.ChoiceField(label="Format", required=False)
    delivery = forms.ChoiceField(label="Delivery", required=False)
    start_date = forms.CharField(label="Start or release date", required=False, help_text=DATE_HELP)
    end_date = forms.CharField(label="End date", required=False, help_text=DATE_HELP)
    expires = forms.CharField(label="Credit expires", required=False, help_text=DATE_HELP)
    cost_free = forms.BooleanField(label="Free of charge", required=False)
    cost_amount = forms.DecimalField(
        label="Cost",
        required=False,
        min_value=Decimal(0),
        max_digits=10,
        decimal_places=2,
        help_text="The fee in the listing's currency; leave empty when it states none.",
    )

    def __init__(
        self,
        *args: Any,
        providers: QuerySet[Provider],
        credits: list[dict[str, Any]],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["provider"] = _provider_field(providers)
        for name in ("format", "delivery"):
            choice = self.fields[name]
            assert isinstance(choice, forms.ChoiceField)
            choice.choices = [("", "Not stated"), *_choices(name)]
        self.fields["source"].error_messages["required"] = "the listing text was lost; start again."
        self.credit_names = []
        book = rulebook_get()
        for i, credit in enumerate(credits):
            name = f"credit_{i}"
            unit = str(credit.get("unit") or "credit").replace("_", " ")
            rule = book.credit_type(credit["type"])
            label = credit.get("label") or (rule.name if rule else credit["type"])
            self.fields[name] = forms.DecimalField(
                label=label if unit in label.lower() else f"{label} ({unit}s)",
                required=False,
                min_value=Decimal("0.01"),
                max_digits=7,
                decimal_places=2,
            )
            self.credit_names.append(name)

    def credit_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.credit_names]

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

    def corrected(self, record: dict[str, Any]) -> dict[str, Any]:
        """``record`` (the draft's) with this form's values in place."""
        data = self.cleaned_data
        out = dict(record)
        out["title"] = data["title"]
        for name in ("format", "delivery", "start_date", "end_date", "expires"):
            out[name] = data.get(name) or None
        cost = dict(record.get("cost") or {})
        amount = data.get("cost_amount")
        cost["free"] = True if data.get("cost_free") else (False if amount else cost.get("free"))
        cost["amount"] = 0 if data.get("cost_free") else _number(amount)
        out["cost"] = cost
        # An empty amount is a credit the listing names without an amount, as the draft has it.
        out["credits"] = [
            dict(credit, amount=_number(data.get(name)))
            for name, credit in zip(self.credit_names, record.get("credits") or [], strict=False)
        ]
        return out


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _plain(amount: Any) -> Any:
    """2.0 shows as 2, 1.25 as 1.25: the amount as the listing would write it."""
    if isinstance(amount, float) and amount.is_integer():
        return int(amount)
    return amount


def _choices(name: str) -> list[tuple[str, str]]:
    model_field = Activity._meta.get_field(name)
    return [(str(k), str(v)) for k, v in getattr(model_field, "choices", None) or []]


def draft_initial(record: dict[str, Any], *, source: str, origin: str) -> dict[str, Any]:
    cost = record.get("cost") or {}
    initial: dict[str, Any] = {
        "source": source,
        "origin": origin,
        "title": record.get("title") or "",
        "format": record.get("format") or "",
        "delivery": record.get("delivery") or "",
        "start_date": record.get("start_date") or "",
        "end_date": record.get("end_date") or "",
        "expires": record.get("expires") or "",
        "cost_free": bool(cost.get("free")),
        "cost_amount": _plain(cost.get("amount")),
    }
    for i, credit in enumerate(record.get("credits") or []):
        initial[f"credit_{i}"] = _plain(credit.get("amount"))
    return initial
