"""The credit page of the activity editor: credit designations and MOC designations, driven by
the rule book, each designation's statement previewed from its template. Thin: check access,
parse one form, call one ``activities.authoring_credit`` service, render. Every form posts to
its own URL and works without script; a refused one comes back beside its fields (422)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from opencme.accreditation.rules import RuleBook
from opencme.accreditation.selectors import rulebook_get
from opencme.activities import authoring_credit as credit
from opencme.activities.disclosures import credit_name, standard_wording
from opencme.activities.models import Activity, CreditDesignation, MocDesignation
from opencme.activities.records import number
from opencme.providers.models import Provider
from opencme.workspace import editing, problems, sections
from opencme.workspace.forms_credit import (
    DesignationForm,
    MocForm,
    board_credit_types,
    credit_type_facts,
    unit_name,
)

NEW_CREDIT, NEW_MOC = "new-credit", "new-moc"


def _initial(c: CreditDesignation) -> dict[str, Any]:
    return {
        "credit_type": c.credit_type,
        "amount": number(c.amount) if c.amount is not None else "",
        "label": c.label,
        "uan": c.uan,
        "pharmacology_hours": number(c.pharmacology_hours) or "",
        "statement": c.statement,
    }


def _credit_form(book: RuleBook, c: CreditDesignation, i: int, data: Any = None) -> DesignationForm:
    return DesignationForm(
        data,
        initial=None if data is not None else _initial(c),
        book=book,
        prefix_id=f"credits-{i}",
        rule=book.credit_type(c.credit_type),
    )


def _moc_form(book: RuleBook, m: MocDesignation, i: int, data: Any = None) -> MocForm:
    initial = {"board": m.board, "points": number(m.points), "credit_types": list(m.credit_types)}
    return MocForm(
        data,
        initial=None if data is not None else initial,
        book=book,
        prefix_id=f"moc-{i}",
        board=m.board,
    )


def _page(
    request: HttpRequest,
    provider: Provider,
    activity: Activity,
    *,
    bound: dict[str, forms.Form] | None = None,
    status: int = 200,
) -> HttpResponse:
    book = rulebook_get()
    bound = bound or {}
    checks = editing.checks_for(request, activity)
    credits = list(activity.credits.all())
    rows = []
    for i, c in enumerate(credits):
        standard = standard_wording(book, activity, c)
        rows.append(
            {
                "credit": c,
                "number": i + 1,
                "first": i == 0,
                "last": i == len(credits) - 1,
                "anchor": f"credit-{c.pk}",
                "name": credit_name(book, c),
                "amount": f"{number(c.amount)} {unit_name(c.unit, c.amount)}"
                if c.amount is not None
                else "no amount yet",
                "form": bound.get(f"credit-{c.pk}") or _credit_form(book, c, i),
                "checks": editing.row_checks(checks, f"credits[{i}]"),
                "standard": standard,
                "uses_standard": bool(standard) and c.statement.strip() == standard.strip(),
            }
        )
    moc_rows = [
        {
            "moc": m,
            "number": i + 1,
            "anchor": f"moc-{m.pk}",
            "board": book.boards[m.board].name if m.board in book.boards else m.board,
            "form": bound.get(f"moc-{m.pk}") or _moc_form(book, m, i),
            "checks": editing.row_checks(checks, f"moc[{i}]"),
        }
        for i, m in enumerate(activity.moc.all())
    ]
    context = editing.page_base(request, provider, activity, sections.CREDIT) | {
        "rows": rows,
        "credits_checks": checks.get("credits", []),
        "new_credit_form": bound.get(NEW_CREDIT)
        or DesignationForm(book=book, prefix_id="credits-new", rule=None),
        "moc_rows": moc_rows,
        "new_moc_form": bound.get(NEW_MOC) or MocForm(book=book, prefix_id="moc-new"),
        "has_ama": any(c.credit_type == "AMA_PRA_1" for c in credits),
        "credit_types": _with_previews(book, activity, credit_type_facts(book)),
        "board_kinds": board_credit_types(book),
        "section_checked": any(problems.section_of(p) == sections.CREDIT for p in checks),
    }
    return render(request, "workspace/activity_credit.html", context, status=status)


SENTINEL = Decimal("8765.43")  # stands for the amount while the preview is typed


def _with_previews(
    book: RuleBook, activity: Activity, facts: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Each credit type's standard wording for this activity with ``{amount}`` left to fill,
    so the page's script previews a statement as its amount is typed."""
    for code, fact in facts.items():
        sample = CreditDesignation(credit_type=code, amount=SENTINEL, unit="credit")
        text = standard_wording(book, activity, sample)
        fact["preview"] = text.replace(format(SENTINEL, "f"), "{amount}")
    return facts


CREDIT = editing.Section("workspace:activity_credit", _page)


def _designation(activity: Activity, designation_id: int) -> CreditDesignation:
    return get_object_or_404(CreditDesignation, activity=activity, pk=designation_id)


@login_required
def activity_credit(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """Credit designations and MOC designations of an activity."""
    provider, activity = editing.load(request, slug, activity_id)
    return _page(request, provider, activity)


@login_required
def credit_add(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    if refused := editing.post_only(request):
        return refused
    book = rulebook_get()
    form = DesignationForm(request.POST, book=book, prefix_id="credits-new", rule=None)
    standard = request.POST.get("use_standard") == "1"
    return CREDIT.submit(
        request,
        provider,
        activity,
        key=NEW_CREDIT,
        form=form,
        call=lambda: credit.add_designation(
            activity=activity, actor=request.user, use_standard=standard, **form.values()
        ),
        done="Credit designation added."
        + ("" if standard else " Add its designation statement below."),
        anchor=lambda c: f"credit-{c.pk}",
    )


@login_required
def credit_save(
    request: HttpRequest, slug: str, activity_id: int, designation_id: int
) -> HttpResponse:
    """Save a designation; "Use the standard wording" saves it with the statement's template."""
    provider, activity = editing.load(request, slug, activity_id)
    designation = _designation(activity, designation_id)
    if refused := editing.post_only(request):
        return refused
    book = rulebook_get()
    index = editing.position_of(activity.credits, designation)
    # The form of the type being saved: a changed type brings its own fields back.
    rule = book.credit_type(request.POST.get("credit_type", "")) or book.credit_type(
        designation.credit_type
    )
    form = DesignationForm(request.POST, book=book, prefix_id=f"credits-{index}", rule=rule)
    standard = request.POST.get("use_standard") == "1"
    return CREDIT.submit(
        request,
        provider,
        activity,
        key=f"credit-{designation.pk}",
        form=form,
        call=lambda: credit.update_designation(
            designation=designation, actor=request.user, use_standard=standard, **form.values()
        ),
        done="Standard wording used as the designation statement."
        if standard
        else "Credit designation saved.",
        anchor=lambda c: f"credit-{c.pk}",
    )


@login_required
def credit_remove(
    request: HttpRequest, slug: str, activity_id: int, designation_id: int
) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    designation = _designation(activity, designation_id)
    if refused := editing.post_only(request):
        return refused
    credit.remove_designation(designation=designation, actor=request.user)
    return CREDIT.done(request, provider, activity, "Credit designation removed.", "credits")


@login_required
def credit_move(
    request: HttpRequest, slug: str, activity_id: int, designation_id: int
) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    designation = _designation(activity, designation_id)
    if refused := editing.post_only(request):
        return refused
    return CREDIT.move(
        request,
        provider,
        activity,
        call=lambda direction: credit.move_designation(
            designation=designation, actor=request.user, direction=direction
        ),
        what="designation",
        anchor=f"credit-{designation.pk}",
    )


def _moc_values(form: MocForm) -> dict[str, Any]:
    data = form.cleaned_data
    return {"board": data["board"], "points": data["points"], "credit_types": data["credit_types"]}


@login_required
def moc_add(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    if refused := editing.post_only(request):
        return refused
    form = MocForm(
        request.POST,
        book=rulebook_get(),
        prefix_id="moc-new",
        board=request.POST.get("board", ""),
    )
    return CREDIT.submit(
        request,
        provider,
        activity,
        key=NEW_MOC,
        form=form,
        call=lambda: credit.add_moc(activity=activity, actor=request.user, **_moc_values(form)),
        done="MOC designation added.",
        anchor=lambda m: f"moc-{m.pk}",
    )


@login_required
def moc_save(request: HttpRequest, slug: str, activity_id: int, moc_id: int) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    moc = get_object_or_404(MocDesignation, activity=activity, pk=moc_id)
    if refused := editing.post_only(request):
        return refused
    form = MocForm(
        request.POST,
        book=rulebook_get(),
        prefix_id=f"moc-{editing.position_of(activity.moc, moc)}",
        board=request.POST.get("board", moc.board),
    )
    return CREDIT.submit(
        request,
        provider,
        activity,
        key=f"moc-{moc.pk}",
        form=form,
        call=lambda: credit.update_moc(moc=moc, actor=request.user, **_moc_values(form)),
        done="MOC designation saved.",
        anchor=lambda m: f"moc-{m.pk}",
    )


@login_required
def moc_remove(request: HttpRequest, slug: str, activity_id: int, moc_id: int) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    moc = get_object_or_404(MocDesignation, activity=activity, pk=moc_id)
    if refused := editing.post_only(request):
        return refused
    credit.remove_moc(moc=moc, actor=request.user)
    return CREDIT.done(request, provider, activity, "MOC designation removed.", "moc")
