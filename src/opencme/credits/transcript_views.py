"""The transcript page and its CSV: the learner's current claims with the same filters, rows
and totals (``credits.transcript``); the PDF (``certificates``) takes the same filters."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode

from opencme.accreditation.selectors import rulebook_get
from opencme.credits.exports import transcript_view_csv
from opencme.credits.selectors import credit_types_claimed_by
from opencme.credits.transcript import credit_name, transcript_view


class TranscriptFilters(forms.Form):
    date_from = forms.DateField(
        label="Claimed from", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label="Claimed to", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    credit_type = forms.ChoiceField(label="Credit type", required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "Must be on or after the “Claimed from” date.")
        return data


def transcript_filters(request: HttpRequest) -> tuple[TranscriptFilters, dict[str, Any]]:
    """The filters of ``request.GET`` (credit types: those the learner has claimed) and, when
    they are valid, their values for ``transcript_view``."""
    book = rulebook_get()
    form = TranscriptFilters(request.GET or None)
    choices = sorted(
        ((code, credit_name(book, code)) for code in credit_types_claimed_by(request.user)),
        key=lambda choice: choice[1],
    )
    form.fields["credit_type"].choices = [("", "All credit types"), *choices]  # type: ignore[attr-defined]
    if request.GET and form.is_valid():
        filters = {k: v or None for k, v in form.cleaned_data.items()}
    else:
        filters = {}
    return form, filters


def filter_query(request: HttpRequest, form: forms.Form) -> str:
    """The filters as a query string ("" or "?..."), for the CSV and PDF links."""
    query = urlencode({k: str(v) for k, v in request.GET.items() if k in form.fields and v})
    return f"?{query}" if query else ""


def filter_problems(form: forms.Form) -> HttpResponse:
    """422 naming each filter that is wrong and why (for the CSV and PDF downloads)."""
    lines = [
        f"{form.fields[name].label if name in form.fields else 'Filters'}: {error}"
        for name, errors in form.errors.items()
        for error in errors
    ]
    return HttpResponse("\n".join(lines), status=422, content_type="text/plain; charset=utf-8")


@login_required
def transcript(request: HttpRequest) -> HttpResponse:
    """``/learn/transcript/``: the learner's claims, filtered, totals per credit type."""
    form, filters = transcript_filters(request)
    view = transcript_view(request.user, **filters)
    query = filter_query(request, form)
    context = {
        "form": form,
        "rows": view.rows,
        "totals": view.totals,
        "filtered": bool(filters),
        "csv_url": reverse("credits:transcript_csv") + query,
        "pdf_url": reverse("certificates:transcript_pdf") + query,
    }
    return render(request, "credits/transcript.html", context, status=422 if form.errors else 200)


@login_required
def transcript_download(request: HttpRequest) -> HttpResponse:
    """The transcript as CSV with the same filters as the page."""
    form, filters = transcript_filters(request)
    if form.errors:
        return filter_problems(form)
    return transcript_view_csv(transcript_view(request.user, **filters))
