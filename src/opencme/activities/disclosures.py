"""What a learner must see before starting an activity, read from a loaded activity.

A hosted activity states its accreditation statement, the designation statement of each credit
type (the rule book's template with the amount), every planner's and faculty member's relevant
financial relationships or that they have none, that relevant ones were mitigated, and its
commercial support (``accreditation.disclosure`` cites the Standards). Publishing refuses
what is missing (:func:`disclosure_problems`). A listed activity shows what its source states
and names what the listing, as imported, does not state, apart from what it has lines about
that could not be read (kept at import as ``unread`` warnings): those it never words as "not
stated".

The activity's relations are read through ``.all()``; callers prefetch them (see
``selectors.activity_queryset_for_record``), so nothing here queries more than once per relation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from opencme.accreditation.disclosure import (
    NONE,
    RELEVANT,
    DesignationFacts,
    DisclosureFacts,
    IntegrityStandards,
    PersonFacts,
    RelationshipFacts,
    SupporterFacts,
    check_disclosures,
)
from opencme.accreditation.rules import RuleBook
from opencme.accreditation.selectors import integrity_standards_get
from opencme.accreditation.statements import (
    Designation,
    DesignationStatement,
    accreditation_statement,
    designation_statements,
)
from opencme.activities.models import Activity, CreditDesignation
from opencme.activities.selectors import activity_get_for_page
from opencme.core.errors import Problem

# The kind of a listed activity's warning naming a field its listing has lines about that the
# importer could not read (``ingest.parsing.checks.unread``); other warnings are rule warnings.
UNREAD = "unread"


def unread_fields(activity: Activity) -> list[str]:
    """The fields a listed activity's source has lines about that could not be read."""
    if not activity.is_listed:
        return []
    return [str(w.get("field")) for w in activity.warnings or [] if w.get("kind") == UNREAD]


def people_facts(activity: Activity) -> list[PersonFacts]:
    return [
        PersonFacts(
            name=p.name,
            capacity=p.capacity,
            status=p.disclosed,
            relationships=[
                RelationshipFacts(r.company, r.nature, r.started, r.ended)
                for r in p.relationships.all()
            ],
            mitigation=p.mitigation,
        )
        for p in activity.faculty.all()
    ]


def supporter_facts(activity: Activity) -> list[SupporterFacts]:
    return [
        SupporterFacts(s.name, s.in_kind, s.in_kind_nature)
        for s in activity.commercial_supporters.all()
    ]


def stated_accreditation(book: RuleBook, activity: Activity) -> str:
    provider = activity.provider
    return accreditation_statement(
        book,
        activity_statement=activity.accreditation_statement,
        provider=provider.name,
        accreditor=provider.accreditor,
        provider_statement=provider.accreditation_statement,
    )


def credit_name(book: RuleBook, credit: CreditDesignation) -> str:
    """The human name of a designation's credit type (an OTHER credit's own label)."""
    rule = book.credit_type(credit.credit_type)
    if credit.label and (rule is None or credit.credit_type == "OTHER"):
        return credit.label
    return rule.name if rule else credit.credit_type


def designation_facts(book: RuleBook, activity: Activity) -> list[DesignationFacts]:
    return [
        DesignationFacts(credit_name(book, c), c.amount, c.statement, c.uan)
        for c in activity.credits.all()
    ]


def standard_wording(book: RuleBook, activity: Activity, credit: CreditDesignation) -> str:
    """The rule book's designation statement of ``credit`` with its amount filled in ("" when
    its credit type has no template)."""
    made = designation_statements(
        book,
        [
            Designation(
                credit.credit_type,
                credit.amount,
                credit.label,
                credit.uan,
                credit.pharmacology_hours,
            )
        ],
        provider=activity.provider.name,
        format=activity.format,
        expires=activity.expires,
    )
    return made[0].text if made else ""


def disclosure_facts(book: RuleBook, activity: Activity) -> DisclosureFacts:
    return DisclosureFacts(
        accreditation_statement=stated_accreditation(book, activity),
        people=people_facts(activity),
        commercial_support=activity.commercial_support,
        commercial_support_statement=activity.commercial_support_statement,
        supporters=supporter_facts(activity),
        designations=designation_facts(book, activity),
        uan_shape=book.uan_pattern,
    )


def disclosure_problems(
    book: RuleBook, standards: IntegrityStandards, activity: Activity
) -> list[Problem]:
    """What a hosted activity fails to tell learners before they start (none for a listed one:
    it is shown as its source states it)."""
    if activity.is_listed:
        return []
    return check_disclosures(standards, disclosure_facts(book, activity))


def designations(book: RuleBook, activity: Activity) -> list[DesignationStatement]:
    """The designation statements learners read: each designation's stored statement, else the
    rule book's template with its amount."""
    out = []
    for c in activity.credits.all():
        made = designation_statements(
            book,
            [Designation(c.credit_type, c.amount, c.label, c.uan, c.pharmacology_hours)],
            provider=activity.provider.name,
            format=activity.format,
            expires=activity.expires,
        )
        if c.statement.strip():
            name = made[0].credit_name if made else credit_name(book, c)
            amount = made[0].amount if made else ""
            out.append(DesignationStatement(c.credit_type, name, amount, c.statement.strip()))
        elif made:
            out.append(made[0])
    return out


@dataclass(frozen=True)
class PersonRow:
    name: str
    role: str
    capacity: str
    status: str  # NONE, RELEVANT or "" (not recorded / not stated)
    relationships: list[dict[str, str]]
    mitigation: str
    stated: str  # a listing's own disclosure text


def _when(r: Any) -> str:
    if r.started and r.ended:
        return f"{r.started:%b %Y} to {r.ended:%b %Y}"
    if r.started:
        return f"since {r.started:%b %Y}"
    if r.ended:
        return f"until {r.ended:%b %Y}"
    return ""


def disclosure_context(
    book: RuleBook, standards: IntegrityStandards, activity: Activity
) -> dict[str, Any]:
    """Template context for ``activities/_disclosures.html``."""
    people = [
        PersonRow(
            name=p.name,
            role=p.role,
            capacity=standards.capacities.get(p.capacity, ""),
            status=p.disclosed,
            relationships=[
                {"company": r.company, "nature": r.nature, "when": _when(r)}
                for r in p.relationships.all()
            ],
            mitigation=p.mitigation,
            stated=p.disclosure,
        )
        for p in activity.faculty.all()
    ]
    listed = activity.is_listed
    supporters = [
        {"name": s.name, "in_kind": s.in_kind, "nature": s.in_kind_nature}
        for s in activity.commercial_supporters.all()
    ]
    statement = (
        activity.accreditation_statement.strip() if listed else stated_accreditation(book, activity)
    )
    missing: list[str] = []
    unread = set(unread_fields(activity))
    unreadable: list[str] = []
    if listed:
        # What the listing has lines about but could not be read is never "not stated".
        if not statement:
            what = "an accreditation statement or credit designation statements"
            (unreadable if "accreditation" in unread else missing).append(what)
        if not people:
            what = "who planned or taught the activity, or their financial relationships"
            (unreadable if "faculty" in unread else missing).append(what)
        else:
            if not any(p.capacity in standards.planner_capacities for p in activity.faculty.all()):
                missing.append("who planned the activity")
            unstated = [p.name for p in people if not p.stated]
            if unstated:
                missing.append(f"the financial relationships of {', '.join(unstated)}")
        if activity.commercial_support is None:
            what = "whether the activity receives commercial support"
            (unreadable if "commercial_support" in unread else missing).append(what)
    return {
        "listed": listed,
        "accreditation_statement": statement,
        "designations": [] if listed else designations(book, activity),
        "people": people,
        "none_text": standards.text("none"),
        "mitigated_text": standards.text("mitigated"),
        "any_relevant": any(p.status == RELEVANT for p in people),
        "all_recorded": all(p.status in (NONE, RELEVANT) for p in people),
        "commercial_support": activity.commercial_support,
        "commercial_support_statement": activity.commercial_support_statement,
        "supporters": supporters,
        "no_support_text": standards.text("no_commercial_support"),
        "support_text": standards.text("commercial_support"),
        "in_kind_text": standards.text("in_kind"),
        "missing": missing,
        "unreadable": unreadable,
        "unread": {name: True for name in unread},
        "demo_note": activity.demo_note if activity.is_demo else "",
    }


def disclosures_for_activity(activity_id: int, book: RuleBook) -> dict[str, Any]:
    """The template context of ``_disclosures.html`` for one activity, read with its relations
    (seven queries: the activity page's plan)."""
    return disclosure_context(book, integrity_standards_get(), activity_get_for_page(activity_id))
