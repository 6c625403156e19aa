"""The standard wording a statement of the details page can start from, filled with the
activity's facts: the accreditor's statement from the rule book (or the provider's own), and
the commercial support statement of the Standards for Integrity and Independence. A statement
with no standard wording in those sources has no "insert" button."""

from __future__ import annotations

from opencme.accreditation.disclosure import IntegrityStandards
from opencme.accreditation.rules import RuleBook
from opencme.accreditation.statements import accreditation_statement
from opencme.activities.models import Activity

STATEMENTS = (
    "accreditation_statement",
    "commercial_support_statement",
    "funding_statement",
    "disclaimer_statement",
)


def standard_wording(
    field: str, *, activity: Activity, book: RuleBook, standards: IntegrityStandards
) -> str:
    """The standard wording of the statement ``field`` for ``activity``; "" when there is none."""
    if field == "accreditation_statement":
        provider = activity.provider
        return accreditation_statement(
            book,
            activity_statement="",
            provider=provider.name,
            accreditor=provider.accreditor,
            provider_statement=provider.accreditation_statement,
        )
    if field == "commercial_support_statement":
        supporters = list(activity.commercial_supporters.all())
        if not supporters:
            return standards.text("no_commercial_support")
        names = [
            f"{s.name} ({standards.text('in_kind')})" if s.in_kind else s.name for s in supporters
        ]
        return f"{standards.text('commercial_support')} {', '.join(names)}."
    return ""


def available(
    *, activity: Activity, book: RuleBook, standards: IntegrityStandards
) -> dict[str, bool]:
    """Which statements have a standard wording to insert."""
    return {
        f: bool(standard_wording(f, activity=activity, book=book, standards=standards))
        for f in STATEMENTS
    }
