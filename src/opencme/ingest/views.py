"""The staff import page: paste or upload a listing, see the draft beside it, correct, save.

Thin: the forms check input, the parser makes the draft, the loader saves it through the
activities services. Only provider staff may use it, and only for their own providers.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat

from opencme.accreditation.selectors import rulebook_get
from opencme.core.toobig import answers_too_big
from opencme.ingest.forms import DraftForm, SourceForm, draft_initial
from opencme.ingest.loader import import_listing
from opencme.ingest.parsing import Draft, parse_listing
from opencme.ingest.presenters import field_lines, source_lines, summary, warning_text
from opencme.providers.models import Provider
from opencme.providers.selectors import provider_list_for_staff

TEMPLATE = "ingest/import.html"


def _providers(request: HttpRequest) -> QuerySet[Provider]:
    providers = provider_list_for_staff(request.user).order_by("name")
    if not providers.exists():
        raise PermissionDenied("only provider staff may import listings")
    return providers


def _review(
    request: HttpRequest, draft: Draft, form: DraftForm, providers: QuerySet[Provider]
) -> HttpResponse:
    context: dict[str, Any] = {
        "step": "review",
        "form": form,
        "providers": providers,
        "lines": source_lines(draft),
        "summary": summary(
            draft.record, field_lines(draft), _credit_names(draft), dict(rulebook_get().formats)
        ),
        "missed": len(draft.not_understood()),
    }
    return render(request, TEMPLATE, context)


def _credit_names(draft: Draft) -> dict[str, str]:
    book = rulebook_get()
    rules = {c["type"]: book.credit_type(c["type"]) for c in draft.record["credits"]}
    return {code: rule.name for code, rule in rules.items() if rule is not None}


def _too_big(request: HttpRequest) -> HttpResponse:
    """The source form again, the problem beside the text field (see ``core.toobig``)."""
    providers = _providers(request)
    limit = filesizeformat(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
    form = SourceForm(providers=providers)
    form.full_clean()  # an empty form, shown again with one problem of its text field
    form.cleaned_data = {}
    form.add_error(
        "text",
        f"more than a form can send ({limit}); upload the listing as a file instead, or "
        "import it with the opencme import command.",
    )
    return render(request, TEMPLATE, {"step": "source", "form": form}, status=413)


@login_required
@answers_too_big(_too_big)
def import_page(request: HttpRequest) -> HttpResponse:
    providers = _providers(request)
    if request.method != "POST":
        return render(
            request, TEMPLATE, {"step": "source", "form": SourceForm(providers=providers)}
        )
    post, files = request.POST, request.FILES
    if post.get("step") == "save":
        return _save(request, post, providers)
    source_form = SourceForm(post, files, providers=providers)
    if not source_form.is_valid():
        return render(request, TEMPLATE, {"step": "source", "form": source_form})
    draft = parse_listing(source_form.source, origin=source_form.origin)
    initial = draft_initial(draft.record, source=source_form.source, origin=source_form.origin)
    initial["provider"] = source_form.cleaned_data["provider"]
    review = DraftForm(initial=initial, providers=providers, credits=draft.record["credits"])
    return _review(request, draft, review, providers)


def _save(request: HttpRequest, post: Any, providers: QuerySet[Provider]) -> HttpResponse:
    # The draft is made again from the source: the page only sends the fields it lets you correct.
    source = post.get("source") or ""
    draft = parse_listing(source, origin=post.get("origin") or "web form")
    form = DraftForm(post, providers=providers, credits=draft.record["credits"])
    if not form.is_valid():
        return _review(request, draft, form, providers)
    provider = form.cleaned_data["provider"]
    record = form.corrected(draft.record)
    outcome = import_listing(
        text=form.cleaned_data["source"],
        origin=form.cleaned_data["origin"],
        actor=request.user,
        provider=provider,
        draft=dataclasses.replace(draft, record=record),
    )
    if outcome.refused:
        for reason in outcome.reasons:
            form.add_error(None, f"Not saved: {reason}")
        return _review(request, draft, form, providers)
    verb = {"created": "Saved", "updated": "Updated", "unchanged": "Already saved, unchanged:"}
    messages.success(
        request, f"{verb.get(outcome.status, 'Saved')} “{outcome.title}” for {provider.name}."
    )
    for warning in outcome.warnings:
        messages.warning(request, f"Listed with a warning: {warning_text(warning)}")
    return redirect("catalog:activity", activity_id=outcome.activity_id)
