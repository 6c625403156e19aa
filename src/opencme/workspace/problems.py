"""The publish problems of an activity, by field and by the section of the workspace where
each field is edited: shown beside the field (``?check=1``) and listed on the activity's hub.

Keys are the field paths ``activities.services.activity_problems`` returns (``title``,
``credits[0].amount``, ``people[1].mitigation``); a field's element id on a form is
``field_id(path)`` (``field-credits-0-amount``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from opencme.accounts.forms import sentence
from opencme.activities.models import Activity
from opencme.activities.services import activity_problems
from opencme.workspace import sections

# The first name of a path, by the section that edits it; anything else is a detail.
_SECTION_OF = {
    "people": sections.PEOPLE,
    "faculty": sections.PEOPLE,
    "commercial_support": sections.PEOPLE,
    "commercial_supporters": sections.PEOPLE,
    "credits": sections.CREDIT,
    "uan": sections.CREDIT,
    "moc": sections.CREDIT,
    "steps": sections.STEPS,
    "questions": sections.STEPS,
    "pipeline": sections.STEPS,
}
# Paths the rules name differently from the details form's field.
ALIASES = {
    "statements.commercial_support": "commercial_support_statement",
    "statements.accreditation": "accreditation_statement",
    "statements.funding": "funding_statement",
    "statements.disclaimer": "disclaimer_statement",
    "cost": "cost_amount",
    "cost.free": "cost_free",
    "cost.currency": "cost_currency",
    "cost.tiers": "cost_amount",
}
# What a path's parts are called on a page.
NAMES = {
    "title": "Title",
    "description": "Description",
    "url": "Activity page address",
    "format": "Format",
    "delivery": "Delivery",
    "location": "Location",
    "estimated_minutes": "Estimated time",
    "start_date": "Release or start date",
    "end_date": "End of the live event",
    "expires": "Last day to claim credit",
    "cost_amount": "Price",
    "cost_free": "Fee",
    "cost_currency": "Currency",
    "registration": "Registration",
    "providership": "Providership",
    "joint_providers": "Joint providers",
    "objectives": "Objectives",
    "audience": "Audience",
    "specialties": "Specialties",
    "topics": "Topics",
    "meets": "Requirements it meets",
    "accreditation_statement": "Accreditation statement",
    "commercial_support_statement": "Commercial support statement",
    "funding_statement": "Funding statement",
    "disclaimer_statement": "Disclaimer",
    "people": "Person",
    "faculty": "Person",
    "commercial_support": "Commercial support",
    "commercial_supporters": "Commercial supporter",
    "credits": "Credit designation",
    "uan": "UAN",
    "moc": "MOC designation",
    "steps": "Step",
    "questions": "Question",
    "amount": "amount",
    "type": "credit type",
    "unit": "unit",
    "label": "name",
    "statement": "statement",
    "name": "name",
    "capacity": "role in the activity",
    "disclosure": "financial relationships",
    "relationships": "financial relationships",
    "mitigation": "mitigation",
    "company": "ineligible company",
    "nature": "nature of the relationship",
    "started": "start date",
    "ended": "end date",
    "in_kind_nature": "nature of the in-kind support",
    "board": "board",
    "points": "points",
    "credit_types": "MOC credit types",
}
# A list's own name, when the problem is with the list as a whole.
LISTS = {
    "people": "People",
    "faculty": "People",
    "commercial_supporters": "Commercial supporters",
    "credits": "Credit designations",
    "moc": "MOC designations",
    "steps": "Steps",
    "questions": "Questions",
}
_PART = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def field_name(path: str) -> str:
    """The form field a problem's ``path`` is edited in (the path itself but for aliases)."""
    return ALIASES.get(path, path)


def field_id(path: str) -> str:
    """The element id of the field at ``path``: ``credits[0].amount`` ->
    ``field-credits-0-amount``."""
    slug = re.sub(r"[^a-z0-9]+", "-", field_name(path).lower()).strip("-")
    return f"field-{slug}"


def section_of(path: str) -> str:
    """The section of the workspace where the field at ``path`` is edited."""
    head = _PART.match(field_name(path))
    return _SECTION_OF.get(head.group(1) if head else "", sections.DETAILS)


def label_of(path: str) -> str:
    """A path as people read it: ``credits[0].amount`` -> "Credit designation 1, amount"."""
    path = field_name(path)
    if path in LISTS:
        return LISTS[path]
    words = []
    for part in path.split("."):
        match = _PART.fullmatch(part)
        if match is None:
            words.append(part.replace("_", " "))
            continue
        name = NAMES.get(match.group(1), match.group(1).replace("_", " "))
        words.append(f"{name} {int(match.group(2)) + 1}" if match.group(2) else name)
    return ", ".join(words)


def problems_for(activity: Activity) -> dict[str, list[str]]:
    """Every publish problem of ``activity``, as sentences, keyed by field path in rule order."""
    out: dict[str, list[str]] = {}
    for problem in activity_problems(activity):
        out.setdefault(problem.field, []).append(sentence(problem.message))
    return out


@dataclass(frozen=True)
class Listed:
    path: str
    label: str
    messages: list[str]
    anchor: str


def grouped(problems: dict[str, list[str]]) -> dict[str, list[Listed]]:
    """``problems`` by section, in the order of the sections' tabs."""
    out: dict[str, list[Listed]] = {code: [] for code, _, _ in sections.SECTIONS}
    for path, messages in problems.items():
        out[section_of(path)].append(Listed(path, label_of(path), messages, field_id(path)))
    return {code: rows for code, rows in out.items() if rows}


def by_form_field(problems: dict[str, list[str]]) -> dict[str, list[str]]:
    """``problems`` keyed by the form field they are shown beside (aliases resolved)."""
    out: dict[str, list[str]] = {}
    for path, messages in problems.items():
        out.setdefault(field_name(path), []).extend(messages)
    return out
