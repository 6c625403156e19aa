"""Writing an activity's planners and faculty, their disclosures and its commercial supporters.

Every function is one transaction with the acting user; each leaves one audit event on the
activity with what changed (the people and supporters as ``people.disclosure_snapshot`` shows
them) and reindexes the activity, whose record names its faculty. Input is checked here and
refused with problems that name the field; whether what is recorded is enough to publish is
``accreditation.disclosure``'s question, asked at publish time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.db import transaction

from opencme.activities.editing import assign, audited
from opencme.activities.models import (
    Activity,
    CommercialSupporter,
    Faculty,
    FinancialRelationship,
)
from opencme.activities.ordering import append, move, remove
from opencme.activities.people import disclosure_snapshot
from opencme.activities.selectors import activity_get_for_page
from opencme.core.errors import Problem, ValidationFailed


def _snapshot(activity: Activity) -> dict[str, Any]:
    loaded = activity_get_for_page(activity.pk)
    return disclosure_snapshot(loaded) | {"commercial_support": loaded.commercial_support}


def _audited[T](activity: Activity, actor: Any, action: str, write: Callable[[], T]) -> T:
    return audited(activity, actor, action, write, _snapshot)


def _text(
    value: str, field: str, problems: list[Problem], *, limit: int, required: str = ""
) -> str:
    text = " ".join((value or "").split()) if limit <= 300 else (value or "").strip()
    if required and not text:
        problems.append(Problem(field, required))
    elif len(text) > limit:
        problems.append(Problem(field, f"is longer than {limit} characters"))
    return text


# --- planners and faculty ----------------------------------------------------------------------


def _person_fields(
    *, name: str, role: str, capacity: str, disclosed: str, mitigation: str
) -> dict[str, Any]:
    problems: list[Problem] = []
    fields = {
        "name": _text(name, "name", problems, limit=200, required="enter the person's name"),
        "role": _text(role, "role", problems, limit=100),
        "mitigation": _text(mitigation, "mitigation", problems, limit=5000),
        "capacity": capacity,
        "disclosed": disclosed or "",
    }
    if capacity not in Faculty.Capacity.values:
        problems.append(Problem("capacity", "choose the person's part in the activity"))
    if fields["disclosed"] not in Faculty.Disclosed.values:
        problems.append(Problem("disclosed", "choose what the person disclosed"))
    if problems:
        raise ValidationFailed(problems)
    return fields


@transaction.atomic
def add_person(
    *,
    activity: Activity,
    actor: Any,
    name: str,
    role: str = "",
    capacity: str = Faculty.Capacity.FACULTY,
    disclosed: str = "",
    mitigation: str = "",
) -> Faculty:
    """Add a planner, faculty member or other person in control of content, last in order."""
    fields = _person_fields(
        name=name, role=role, capacity=capacity, disclosed=disclosed, mitigation=mitigation
    )
    if fields["disclosed"] == Faculty.Disclosed.NONE and fields["mitigation"]:
        fields["mitigation"] = ""
    return _audited(
        activity, actor, "activities.people.added", lambda: append(activity.faculty, **fields)
    )


@transaction.atomic
def update_person(
    *,
    person: Faculty,
    actor: Any,
    name: str,
    role: str = "",
    capacity: str = Faculty.Capacity.FACULTY,
    disclosed: str = "",
    mitigation: str = "",
) -> Faculty:
    """Change a person's name, role, part, what they disclosed and its mitigation.

    "No relevant financial relationships" is refused while relationships are listed: remove
    them first, so what learners read never says both.
    """
    fields = _person_fields(
        name=name, role=role, capacity=capacity, disclosed=disclosed, mitigation=mitigation
    )
    if fields["disclosed"] == Faculty.Disclosed.NONE and person.relationships.exists():
        raise ValidationFailed(
            Problem(
                "disclosed",
                "remove the listed relationships first, or choose "
                "“Relevant financial relationships”",
            )
        )
    return _audited(
        person.activity, actor, "activities.people.updated", lambda: assign(person, fields)
    )


@transaction.atomic
def remove_person(*, person: Faculty, actor: Any) -> None:
    activity = person.activity
    rows = Faculty.objects.filter(activity=activity)
    _audited(activity, actor, "activities.people.removed", lambda: remove(person, rows))


@transaction.atomic
def move_person(*, person: Faculty, actor: Any, direction: str) -> None:
    """Move a person one place up or down in the order learners read them."""
    activity = person.activity
    _audited(
        activity,
        actor,
        "activities.people.reordered",
        lambda: move(list(Faculty.objects.filter(activity=activity)), person, direction),
    )


# --- financial relationships -------------------------------------------------------------------


@transaction.atomic
def add_relationship(
    *,
    person: Faculty,
    actor: Any,
    company: str,
    nature: str,
    started: dt.date | None = None,
    ended: dt.date | None = None,
) -> FinancialRelationship:
    """List a relevant financial relationship of ``person``; they now have relevant ones."""
    problems: list[Problem] = []
    company = _text(company, "company", problems, limit=200, required="name the ineligible company")
    nature = _text(
        nature, "nature", problems, limit=200, required="state the nature of the relationship"
    )
    if started and ended and ended < started:
        problems.append(Problem("ended", "must not be before the date it started"))
    if problems:
        raise ValidationFailed(problems)

    def write() -> FinancialRelationship:
        if person.disclosed != Faculty.Disclosed.RELEVANT:
            person.disclosed = Faculty.Disclosed.RELEVANT
            person.save(update_fields=["disclosed"])
        return append(
            person.relationships, company=company, nature=nature, started=started, ended=ended
        )

    return _audited(person.activity, actor, "activities.people.relationship_added", write)


@transaction.atomic
def remove_relationship(*, relationship: FinancialRelationship, actor: Any) -> None:
    person = relationship.person
    _audited(
        person.activity,
        actor,
        "activities.people.relationship_removed",
        lambda: remove(relationship, person.relationships),
    )


# --- commercial support -----------------------------------------------------------------------


@transaction.atomic
def set_commercial_support(*, activity: Activity, actor: Any, supported: bool | None) -> None:
    """Record whether the activity receives commercial support (None: not yet stated)."""

    def write() -> None:
        if supported is False and activity.commercial_supporters.exists():
            raise ValidationFailed(
                Problem("commercial_support", "remove the named supporters first")
            )
        Activity.objects.filter(pk=activity.pk).update(commercial_support=supported)
        activity.commercial_support = supported

    _audited(activity, actor, "activities.support.updated", write)


@transaction.atomic
def add_supporter(
    *, activity: Activity, actor: Any, name: str, in_kind: bool = False, in_kind_nature: str = ""
) -> CommercialSupporter:
    """Name an ineligible company that supports the activity; the activity is now supported."""
    problems: list[Problem] = []
    name = _text(name, "name", problems, limit=200, required="name the supporting company")
    nature = _text(in_kind_nature, "in_kind_nature", problems, limit=300)
    if in_kind and not nature:
        problems.append(Problem("in_kind_nature", "state what was given in kind"))
    if problems:
        raise ValidationFailed(problems)

    def write() -> CommercialSupporter:
        if activity.commercial_support is not True:
            Activity.objects.filter(pk=activity.pk).update(commercial_support=True)
            activity.commercial_support = True
        return append(
            activity.commercial_supporters,
            name=name,
            in_kind=in_kind,
            in_kind_nature=nature if in_kind else "",
        )

    return _audited(activity, actor, "activities.support.supporter_added", write)


@transaction.atomic
def remove_supporter(*, supporter: CommercialSupporter, actor: Any) -> None:
    activity = supporter.activity
    _audited(
        activity,
        actor,
        "activities.support.supporter_removed",
        lambda: remove(supporter, activity.commercial_supporters),
    )
