"""Planners, faculty and commercial supporters given to the activities services as plain data.

``people`` is a list of objects: ``name``, ``role`` (their title, e.g. "Presenter"),
``capacity`` (planner, faculty, planner_faculty, reviewer, other), ``disclosed`` ("none" or
"relevant"), ``relationships`` (each ``company``, ``nature``, optional ``started`` and ``ended``
as YYYY-MM-DD) and ``mitigation``. ``supporters`` is a list of ``name``, ``in_kind`` and
``in_kind_nature``. Parsing names every problem by its field and never raises; whether what is
given is enough to publish is ``accreditation.disclosure``'s question, asked at publish time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from opencme.activities.models import (
    Activity,
    CommercialSupporter,
    Faculty,
    FinancialRelationship,
)
from opencme.core.errors import Problem

PERSON_KEYS = {"name", "role", "capacity", "disclosed", "relationships", "mitigation"}
RELATIONSHIP_KEYS = {"company", "nature", "started", "ended"}
SUPPORTER_KEYS = {"name", "in_kind", "in_kind_nature"}


def _text(value: Any, where: str, problems: list[Problem], *, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        problems.append(Problem(where, "must be text"))
        return ""
    if len(value.strip()) > limit:
        problems.append(Problem(where, f"is longer than {limit} characters"))
    return value.strip()[:limit]


def _date(value: Any, where: str, problems: list[Problem]) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        problems.append(Problem(where, f"{value!r} is not a date YYYY-MM-DD"))
        return None


def _unknown(item: dict[str, Any], keys: set[str], where: str, problems: list[Problem]) -> None:
    strays = sorted(set(item) - keys)
    if strays:
        problems.append(Problem(f"{where}.{strays[0]}", f"is not a field ({', '.join(strays)})"))


def _objects(value: Any, where: str, problems: list[Problem]) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.append(Problem(where, "must be a list of objects"))
        return []
    return value


def parse_people(people: Any) -> tuple[list[dict[str, Any]] | None, list[Problem]]:
    """Rows for :func:`replace_people` (None when ``people`` is None), and the problems."""
    if people is None:
        return None, []
    problems: list[Problem] = []
    rows: list[dict[str, Any]] = []
    capacities = list(Faculty.Capacity.values)
    for i, item in enumerate(_objects(people, "people", problems)):
        where = f"people[{i}]"
        _unknown(item, PERSON_KEYS, where, problems)
        capacity = item.get("capacity") or Faculty.Capacity.FACULTY
        if capacity not in capacities:
            problems.append(Problem(f"{where}.capacity", f"must be one of {', '.join(capacities)}"))
        disclosed = item.get("disclosed") or ""
        if disclosed not in Faculty.Disclosed.values:
            problems.append(Problem(f"{where}.disclosed", 'must be "none" or "relevant"'))
        relationships = []
        for j, rel in enumerate(_objects(item.get("relationships") or [], where, problems)):
            at = f"{where}.relationships[{j}]"
            _unknown(rel, RELATIONSHIP_KEYS, at, problems)
            relationships.append(
                {
                    "company": _text(rel.get("company"), f"{at}.company", problems, limit=200),
                    "nature": _text(rel.get("nature"), f"{at}.nature", problems, limit=200),
                    "started": _date(rel.get("started"), f"{at}.started", problems),
                    "ended": _date(rel.get("ended"), f"{at}.ended", problems),
                    "position": j,
                }
            )
        rows.append(
            {
                "name": _text(item.get("name"), f"{where}.name", problems, limit=200),
                "role": _text(item.get("role"), f"{where}.role", problems, limit=100),
                "capacity": capacity,
                "disclosed": disclosed,
                "mitigation": _text(
                    item.get("mitigation"), f"{where}.mitigation", problems, limit=5000
                ),
                "relationships": relationships,
                "position": i,
            }
        )
    return rows, problems


def parse_supporters(supporters: Any) -> tuple[list[dict[str, Any]] | None, list[Problem]]:
    if supporters is None:
        return None, []
    problems: list[Problem] = []
    rows = []
    for k, item in enumerate(_objects(supporters, "commercial_supporters", problems)):
        where = f"commercial_supporters[{k}]"
        _unknown(item, SUPPORTER_KEYS, where, problems)
        in_kind = item.get("in_kind", False)
        if not isinstance(in_kind, bool):
            problems.append(Problem(f"{where}.in_kind", "must be true or false"))
            in_kind = False
        rows.append(
            {
                "name": _text(item.get("name"), f"{where}.name", problems, limit=200),
                "in_kind": in_kind,
                "in_kind_nature": _text(
                    item.get("in_kind_nature"), f"{where}.in_kind_nature", problems, limit=300
                ),
                "position": k,
            }
        )
    return rows, problems


def replace_people(activity: Activity, rows: list[dict[str, Any]]) -> None:
    """Replace the activity's planners and faculty (called inside the service's transaction)."""
    activity.faculty.all().delete()
    for row in rows:
        fields = {k: v for k, v in row.items() if k != "relationships"}
        person = Faculty.objects.create(activity=activity, **fields)
        FinancialRelationship.objects.bulk_create(
            FinancialRelationship(person=person, **rel) for rel in row["relationships"]
        )


def sync_faculty_names(activity: Activity, names: list[str]) -> None:
    """Make the activity's faculty the record's ``names``, keeping what each one kept by name
    disclosed, and its planners and reviewers as they are (a record names faculty only)."""
    faculty = [
        p
        for p in activity.faculty.all()
        if p.capacity in (p.Capacity.FACULTY, p.Capacity.PLANNER_FACULTY)
    ]
    by_name = {p.name: p for p in faculty}
    Faculty.objects.filter(pk__in=[p.pk for p in faculty if p.name not in names]).delete()
    for i, name in enumerate(names):
        person = by_name.get(name)
        if person is None:
            Faculty.objects.create(activity=activity, name=name, position=i)
        elif person.position != i:
            person.position = i
            person.save(update_fields=["position"])


def replace_supporters(activity: Activity, rows: list[dict[str, Any]]) -> None:
    activity.commercial_supporters.all().delete()
    CommercialSupporter.objects.bulk_create(
        CommercialSupporter(activity=activity, **row) for row in rows
    )


def disclosure_snapshot(activity: Activity) -> dict[str, Any]:
    """The people and supporters as plain JSON, for audit events and change detection."""

    def day(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "people": [
            {
                "name": p.name,
                "role": p.role,
                "capacity": p.capacity,
                "disclosed": p.disclosed,
                "mitigation": p.mitigation,
                "relationships": [
                    {
                        "company": r.company,
                        "nature": r.nature,
                        "started": day(r.started),
                        "ended": day(r.ended),
                    }
                    for r in p.relationships.all()
                ],
            }
            for p in activity.faculty.all()
        ],
        "commercial_supporters": [
            {"name": s.name, "in_kind": s.in_kind, "in_kind_nature": s.in_kind_nature}
            for s in activity.commercial_supporters.all()
        ],
    }
