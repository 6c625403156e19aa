"""The staff import page: paste or upload a listing, see the draft beside it, correct, save.

Thin: the forms check input, the parser makes the draft, the checks (``parsing.checks``) say
which fields need review, the loader saves it through the activities services and holds it out
of the finder while a flagged field is unconfirmed; ``?review=<id>`` reopens such a held
activity. Only provider staff may use it, and only for their own providers.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse

from opencme.accreditation.selectors import rulebook_get
from opencme.activities.models import Activity
from opencme.activities.records import activity_record
from opencme.activities.selectors import activity_get_for_page
from opencme.activities.services import STATEMENT_FIELDS
from opencme.core.toobig import answers_too_big
from opencme.ingest import parsing
from opencme.ingest.forms import DraftForm, SourceForm, draft_initial
from opencme.ingest.holding import REVIEW, held_list_for_providers, is_held
from opencme.ingest.loader import import_listing
from opencme.ingest.parsing import Draft
from opencme.ingest.parsing.checks import Review, review
from opencme.ingest.presenters import (
    PROPOSED,
    confirmed_fields,
    field_label,
    field_lines,
    field_places,
    review_rows,
    source_lines,
    summary,
    topic_labels,
    warning_text,
)
from opencme.providers.models import Provider
from opencme.providers.selectors import provider_list_for_staff

TEMPLATE = "ingest/import.html"


def _providers(request: HttpRequest) -> QuerySet[Provider]:
    providers = provider_list_for_staff(request.user).order_by("name")
    if not providers.exists():
        raise PermissionDenied("only provider staff may import listings")
    return providers


def _review(
    request: HttpRequest,
    draft: Draft,
    form: DraftForm,
    providers: QuerySet[Provider],
    flags: list[Review],
) -> HttpResponse:
    lines = field_lines(draft)
    context: dict[str, Any] = {
        "step": "review",
        "form": form,
        "providers": providers,
        "lines": source_lines(draft, [f.field for f in flags]),
        "summary": summary(draft.record, lines, _credit_names(draft), dict(rulebook_get().formats)),
        "missed": len(draft.not_understood()),
        "flags": review_rows(flags),
        "place": field_places(lines, flags, form),
        "held": form.initial.get("activity") or form.data.get("activity"),
        # topics the parser proposed: shown as proposed, ticked, until a person saves them
        "proposed": topic_labels(draft.record.get("topics") or []),
        "proposed_label": PROPOSED,
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
        if request.GET.get("review"):
            return _reopen(request, providers, request.GET["review"])
        ids = providers.values_list("id", flat=True)
        held = [a for a in held_list_for_providers(ids) if is_held(a)]
        context = {"step": "source", "form": SourceForm(providers=providers), "held_list": held}
        return render(request, TEMPLATE, context)
    post, files = request.POST, request.FILES
    if post.get("step") == "save":
        return _save(request, post, providers)
    source_form = SourceForm(post, files, providers=providers)
    if not source_form.is_valid():
        return render(request, TEMPLATE, {"step": "source", "form": source_form})
    draft = parsing.parse_listing(source_form.source, origin=source_form.origin)
    initial = draft_initial(
        draft.record,
        source=source_form.source,
        origin=source_form.origin,
        statements=draft.statement_texts,
    )
    initial["provider"] = source_form.cleaned_data["provider"]
    flags = _page_flags(draft)
    form = DraftForm(initial=initial, providers=providers, record=draft.record, review=_keys(flags))
    return _review(request, draft, form, providers, flags)


def _page_flags(draft: Draft) -> list[Review]:
    """The fields to review on the page: the provider is the person's choice, never the
    parser's, so it is not among them."""
    return [f for f in review(draft) if f.field != "provider"]


def _keys(flags: list[Review]) -> list[str]:
    return [f.field for f in flags]


def _held(providers: QuerySet[Provider], raw: Any) -> Activity:
    """A held listed activity of one of ``providers``; 404 for any other id."""
    pk = int(raw) if str(raw).isdigit() else 0
    activity = Activity.objects.filter(
        pk=pk, provider__in=providers, kind=Activity.Kind.LISTED
    ).first()
    if activity is None or not activity.source_text:
        raise Http404("No imported activity of yours has this id.")
    return activity_get_for_page(activity.pk)


def _stored_flags(activity: Activity) -> list[Review]:
    return [
        Review(str(w["field"]), 1.0, str(w["message"]))
        for w in activity.warnings
        if w.get("kind") == REVIEW
    ]


def _reopen(request: HttpRequest, providers: QuerySet[Provider], raw: str) -> HttpResponse:
    """A held activity on the review step: its stored values, its source, what to confirm."""
    activity = _held(providers, raw)
    draft = parsing.parse_listing(activity.source_text, origin=activity.source_origin)
    record = {k: v for k, v in activity_record(activity).items() if k != "id"}
    statements = {k: getattr(activity, name) for k, name in STATEMENT_FIELDS.items()}
    initial = draft_initial(
        record, source=activity.source_text, origin=activity.source_origin, statements=statements
    )
    initial.update(provider=activity.provider, activity=activity.pk)
    flags = _stored_flags(activity)
    form = DraftForm(initial=initial, providers=providers, record=record, review=_keys(flags))
    return _review(request, draft, form, providers, flags)


def _save(request: HttpRequest, post: Any, providers: QuerySet[Provider]) -> HttpResponse:
    # The draft is made again from the source: the page only sends the fields it lets you
    # correct. A held activity reopened here keeps the fields still to confirm.
    source = post.get("source") or ""
    draft = parsing.parse_listing(source, origin=post.get("origin") or "web form")
    held = _held(providers, post["activity"]) if post.get("activity") else None
    flags = _page_flags(draft)
    if held is not None:
        flags += [f for f in _stored_flags(held) if f.field not in _keys(flags)]
    adding = post.get("add_row")
    if adding in ("credit", "moc"):
        # "Add another ...": the same page with one more empty row, nothing saved.
        post = post.copy()
        count = str(post.get(f"{adding}_rows") or "1")
        post[f"{adding}_rows"] = str(int(count) + 1 if count.isdigit() else 2)
    form = DraftForm(post, providers=providers, record=draft.record, review=_keys(flags))
    if adding or not form.is_valid():
        return _review(request, draft, form, providers, flags)
    provider = form.cleaned_data["provider"]
    record = form.corrected(draft.record)
    corrected = dataclasses.replace(draft, record=record, statement_texts=form.statement_texts())
    outcome = import_listing(
        text=form.cleaned_data["source"],
        origin=form.cleaned_data["origin"],
        actor=request.user,
        provider=provider,
        draft=corrected,
        confirmed=confirmed_fields(draft, corrected, form.confirmed()),
        activity=held,
    )
    if outcome.refused:
        for reason in outcome.reasons:
            form.add_error(None, f"Not saved: {warning_text(reason)}")
        return _review(request, draft, form, providers, flags)
    verb = {"created": "Saved", "updated": "Updated", "unchanged": "Already saved, unchanged:"}
    messages.success(
        request, f"{verb.get(outcome.status, 'Saved')} “{outcome.title}” for {provider.name}."
    )
    for warning in outcome.warnings:
        messages.warning(request, f"Listed with a warning: {warning_text(warning)}")
    if outcome.held:
        names = ", ".join(field_label(k) for k in outcome.held)
        messages.warning(
            request,
            f"Not in the finder yet: {names} need{'s' if len(outcome.held) == 1 else ''} "
            "review. Check each against the source and tick its box (or, for several, the "
            "one box at the end of the form), then save again.",
        )
        return redirect(f"{reverse('ingest:import')}?review={outcome.activity_id}")
    return redirect("catalog:activity", activity_id=outcome.activity_id)
