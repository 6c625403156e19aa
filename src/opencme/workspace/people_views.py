"""The people and disclosures page of the activity editor: planners and faculty with their
financial relationships and mitigation, and the commercial support. Thin: check access, parse
one form, call one ``activities.authoring_people`` service, render. Every form posts to its
own URL and works without script; a refused one comes back beside its fields (422)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from opencme.accreditation.selectors import integrity_standards_get
from opencme.activities import authoring_people as people
from opencme.activities.models import Activity, CommercialSupporter, Faculty, FinancialRelationship
from opencme.providers.models import Provider
from opencme.workspace import editing, problems, sections
from opencme.workspace.forms_people import (
    PersonForm,
    RelationshipForm,
    SupporterForm,
    SupportForm,
)

NEW_PERSON = "new-person"


def _person_initial(person: Faculty) -> dict[str, Any]:
    return {
        "name": person.name,
        "role": person.role,
        "capacity": person.capacity,
        "disclosed": person.disclosed,
        "mitigation": person.mitigation,
    }


def _page(
    request: HttpRequest,
    provider: Provider,
    activity: Activity,
    *,
    bound: dict[str, forms.Form] | None = None,
    status: int = 200,
) -> HttpResponse:
    standards = integrity_standards_get()
    bound = bound or {}
    checks = editing.checks_for(request, activity)
    rows = []
    for i, person in enumerate(activity.faculty.all()):
        at = f"people[{i}]"
        row_checks = editing.row_checks(checks, at)
        if "disclosure" in row_checks:  # the rule's name for what the form calls disclosed
            row_checks["disclosed"] = row_checks.pop("disclosure")
        rows.append(
            {
                "person": person,
                "number": i + 1,
                "first": i == 0,
                "last": i == len(activity.faculty.all()) - 1,
                "anchor": f"person-{person.pk}",
                # Complete disclosures are folded away; what needs work is open.
                "open": f"person-{person.pk}" in bound
                or bool(row_checks)
                or person.disclosed == ""
                or (person.disclosed == Faculty.Disclosed.RELEVANT and not person.mitigation),
                "form": bound.get(f"person-{person.pk}")
                or PersonForm(
                    initial=_person_initial(person), standards=standards, prefix_id=f"people-{i}"
                ),
                "checks": row_checks,
                "relationships_id": f"field-people-{i}-relationships",
                "relationships_checks": row_checks.get("relationships", []),
                "relationships": [
                    {
                        "rel": rel,
                        "base": f"field-people-{i}-relationships-{j}",
                        "checks": editing.messages_under(checks, f"{at}.relationships[{j}]."),
                    }
                    for j, rel in enumerate(person.relationships.all())
                ],
                "relationship_form": bound.get(f"relationship-{person.pk}")
                or RelationshipForm(prefix_id=f"people-{i}-new-relationship"),
            }
        )
    supporters = [
        {
            "supporter": s,
            "base": f"field-commercial-supporters-{k}",
            "checks": editing.messages_under(checks, f"commercial_supporters[{k}]."),
        }
        for k, s in enumerate(activity.commercial_supporters.all())
    ]
    context = editing.page_base(request, provider, activity, sections.PEOPLE) | {
        "rows": rows,
        "checks": checks,
        "people_checks": checks.get("people", []),
        "new_person_form": bound.get(NEW_PERSON)
        or PersonForm(
            initial={"capacity": Faculty.Capacity.FACULTY},
            standards=standards,
            prefix_id="people-new",
        ),
        "support_form": bound.get("support")
        or SupportForm(initial=SupportForm.initial_for(activity.commercial_support)),
        "support_checks": {"commercial_support": checks.get("commercial_support", [])},
        "supporters": supporters,
        "supporter_form": bound.get("supporter") or SupporterForm(prefix_id="supporter-new"),
        "none_text": standards.text("none"),
        "mitigated_text": standards.text("mitigated"),
        "section_checked": any(problems.section_of(p) == sections.PEOPLE for p in checks),
    }
    return render(request, "workspace/activity_people.html", context, status=status)


PEOPLE = editing.Section("workspace:activity_people", _page)


def _person(activity: Activity, person_id: int) -> Faculty:
    return get_object_or_404(Faculty, activity=activity, pk=person_id)


@login_required
def activity_people(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """Planners and faculty with their disclosures, and the commercial support."""
    provider, activity = editing.load(request, slug, activity_id)
    return _page(request, provider, activity)


@login_required
def person_add(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    if refused := editing.post_only(request):
        return refused
    form = PersonForm(request.POST, standards=integrity_standards_get(), prefix_id="people-new")
    return PEOPLE.submit(
        request,
        provider,
        activity,
        key=NEW_PERSON,
        form=form,
        call=lambda: people.add_person(activity=activity, actor=request.user, **form.cleaned_data),
        done="Person added.",
        anchor=lambda p: f"person-{p.pk}",
    )


@login_required
def person_save(request: HttpRequest, slug: str, activity_id: int, person_id: int) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    person = _person(activity, person_id)
    if refused := editing.post_only(request):
        return refused
    index = editing.position_of(activity.faculty, person)
    form = PersonForm(
        request.POST, standards=integrity_standards_get(), prefix_id=f"people-{index}"
    )
    return PEOPLE.submit(
        request,
        provider,
        activity,
        key=f"person-{person.pk}",
        form=form,
        call=lambda: people.update_person(person=person, actor=request.user, **form.cleaned_data),
        done=f"{person.name}: saved.",
        anchor=lambda p: f"person-{p.pk}",
    )


@login_required
def person_remove(
    request: HttpRequest, slug: str, activity_id: int, person_id: int
) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    person = _person(activity, person_id)
    if refused := editing.post_only(request):
        return refused
    people.remove_person(person=person, actor=request.user)
    return PEOPLE.done(request, provider, activity, f"{person.name}: removed.", "people")


@login_required
def person_move(request: HttpRequest, slug: str, activity_id: int, person_id: int) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    person = _person(activity, person_id)
    if refused := editing.post_only(request):
        return refused
    return PEOPLE.move(
        request,
        provider,
        activity,
        call=lambda direction: people.move_person(
            person=person, actor=request.user, direction=direction
        ),
        what="person",
        anchor=f"person-{person.pk}",
    )


@login_required
def relationship_add(
    request: HttpRequest, slug: str, activity_id: int, person_id: int
) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    person = _person(activity, person_id)
    if refused := editing.post_only(request):
        return refused
    index = editing.position_of(activity.faculty, person)
    form = RelationshipForm(request.POST, prefix_id=f"people-{index}-new-relationship")
    return PEOPLE.submit(
        request,
        provider,
        activity,
        key=f"relationship-{person.pk}",
        form=form,
        call=lambda: people.add_relationship(
            person=person, actor=request.user, **form.cleaned_data
        ),
        done=f"{person.name}: relationship added.",
        anchor=lambda _: f"person-{person.pk}",
    )


@login_required
def relationship_remove(
    request: HttpRequest, slug: str, activity_id: int, person_id: int, relationship_id: int
) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    person = _person(activity, person_id)
    relationship = get_object_or_404(FinancialRelationship, person=person, pk=relationship_id)
    if refused := editing.post_only(request):
        return refused
    people.remove_relationship(relationship=relationship, actor=request.user)
    return PEOPLE.done(
        request,
        provider,
        activity,
        f"{person.name}: relationship with {relationship.company} removed.",
        f"person-{person.pk}",
    )


@login_required
def support_save(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    if refused := editing.post_only(request):
        return refused
    form = SupportForm(request.POST)
    return PEOPLE.submit(
        request,
        provider,
        activity,
        key="support",
        form=form,
        call=lambda: people.set_commercial_support(
            activity=activity, actor=request.user, supported=form.supported()
        ),
        done="Commercial support saved.",
        anchor=lambda _: "support",
    )


@login_required
def supporter_add(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    if refused := editing.post_only(request):
        return refused
    form = SupporterForm(request.POST, prefix_id="supporter-new")
    return PEOPLE.submit(
        request,
        provider,
        activity,
        key="supporter",
        form=form,
        call=lambda: people.add_supporter(
            activity=activity, actor=request.user, **form.cleaned_data
        ),
        done="Supporter added.",
        anchor=lambda _: "support",
    )


@login_required
def supporter_remove(
    request: HttpRequest, slug: str, activity_id: int, supporter_id: int
) -> HttpResponse:
    provider, activity = editing.load(request, slug, activity_id)
    supporter = get_object_or_404(CommercialSupporter, activity=activity, pk=supporter_id)
    if refused := editing.post_only(request):
        return refused
    people.remove_supporter(supporter=supporter, actor=request.user)
    return PEOPLE.done(request, provider, activity, f"{supporter.name}: removed.", "support")
