"""What learners must be told before they start, as data plus pure functions.

The rules are the Standards for Integrity and Independence in Accredited Continuing Education
(ACCME, adopted by the ANCC, the ACPE and Joint Accreditation); ``data/integrity_standards.json``
holds the facts used here with the address of each source:

- Standard 3.1: every planner, faculty member and other person in control of content reports
  their financial relationships with ineligible companies of the prior 24 months: the company's
  name and the nature of the relationship.
- Standard 3.4: relevant relationships are mitigated before the person takes their role.
- Standard 3.5: learners are told, before they start, the names of the people with relevant
  relationships, the companies (by name only), the nature of each relationship and that all of
  them were mitigated; people with none are disclosed as having none.
- Standard 4: the ineligible companies that gave commercial support are named to learners, with
  the nature of in-kind support.
- The credit designation statement (source ``designation-statement``, the AMA PRA credit
  system): each designation's statement, with its maximum amount, is in the activity's materials.

Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from opencme.core.errors import Problem, ValidationFailed

NONE = "none"
RELEVANT = "relevant"
STATUSES = ("", NONE, RELEVANT)


@dataclass(frozen=True)
class IntegrityStandards:
    version: str
    effective_from: dt.date
    capacities: Mapping[str, str]
    planner_capacities: frozenset[str]
    lookback_months: int
    texts: Mapping[str, str]
    sources: Sequence[Mapping[str, Any]] = ()

    def text(self, key: str) -> str:
        return self.texts[key]


DESIGNATION_SOURCE = "designation-statement"
TEXT_KEYS = ("none", "mitigated", "no_commercial_support", "commercial_support", "in_kind")


def parse_standards(data: Mapping[str, Any]) -> IntegrityStandards:
    """The standards from plain data, or :class:`ValidationFailed` naming each fault."""
    problems: list[Problem] = []
    try:
        effective = dt.date.fromisoformat(str(data.get("effective_from", "")))
    except ValueError:
        problems.append(Problem("effective_from", "must be a date YYYY-MM-DD"))
        effective = dt.date.min
    capacities = {str(k): str(v) for k, v in dict(data.get("capacities") or {}).items()}
    if not capacities:
        problems.append(Problem("capacities", "must name at least one capacity"))
    planners = frozenset(str(c) for c in data.get("planner_capacities") or ())
    if not planners or planners - set(capacities):
        problems.append(Problem("planner_capacities", "must be capacities listed in capacities"))
    texts = {str(k): str(v) for k, v in dict(data.get("texts") or {}).items()}
    missing = [k for k in TEXT_KEYS if not texts.get(k)]
    if missing:
        problems.append(Problem("texts", f"missing: {', '.join(missing)}"))
    sources = list(data.get("sources") or [])
    if not sources or not all(isinstance(s, Mapping) and s.get("url") for s in sources):
        problems.append(Problem("sources", "every rule needs its source's address"))
    elif not any(s.get("id") == DESIGNATION_SOURCE for s in sources):
        problems.append(Problem("sources", f"missing the source {DESIGNATION_SOURCE!r}"))
    lookback = data.get("lookback_months", 24)
    if isinstance(lookback, bool) or not isinstance(lookback, int) or lookback < 1:
        problems.append(Problem("lookback_months", "must be a whole number of months"))
        lookback = 24
    if problems:
        raise ValidationFailed(problems)
    return IntegrityStandards(
        version=str(data.get("version") or ""),
        effective_from=effective,
        capacities=capacities,
        planner_capacities=planners,
        lookback_months=lookback,
        texts=texts,
        sources=tuple(sources),
    )


@dataclass(frozen=True)
class RelationshipFacts:
    company: str
    nature: str
    started: dt.date | None = None
    ended: dt.date | None = None


@dataclass(frozen=True)
class PersonFacts:
    """A planner, faculty member or other person in control of content, and what they disclosed."""

    name: str
    capacity: str
    status: str = ""  # "" not recorded, NONE, RELEVANT
    relationships: Sequence[RelationshipFacts] = ()
    mitigation: str = ""


@dataclass(frozen=True)
class SupporterFacts:
    name: str
    in_kind: bool = False
    in_kind_nature: str = ""


@dataclass(frozen=True)
class DesignationFacts:
    """One credit designation as learners read it: its credit's name, maximum and statement."""

    credit_name: str
    amount: Decimal | None
    statement: str = ""
    uan: str = ""  # its Universal Activity Number, for credit types that need one


@dataclass(frozen=True)
class DisclosureFacts:
    """Everything a hosted activity discloses to learners before they start."""

    accreditation_statement: str = ""
    people: Sequence[PersonFacts] = ()
    commercial_support: bool | None = None
    commercial_support_statement: str = ""
    supporters: Sequence[SupporterFacts] = field(default_factory=tuple)
    designations: Sequence[DesignationFacts] = ()
    # The rule book's UAN shape (``RuleBook.uan_pattern``): a statement names no other UAN.
    uan_shape: re.Pattern[str] | None = None


def states_amount(statement: str, amount: Decimal) -> bool:
    """True when ``statement`` states ``amount`` as a number (1.25, or 2 as "2" or "2.00")."""
    whole, _, fraction = format(amount.normalize(), "f").partition(".")
    pattern = (
        rf"(?<![\d.]){whole}(?:\.{fraction}0*)" if fraction else rf"(?<![\d.]){whole}(?:\.0+)?"
    )
    return re.search(pattern + r"(?![\d])", statement) is not None


def stated_uans(statement: str, shape: re.Pattern[str]) -> list[str]:
    """The UANs ``statement`` names, by the rule book's (anchored) UAN pattern."""
    inner = shape.pattern.removeprefix("^").removesuffix("$")
    return [m.group(0) for m in re.finditer(rf"(?<![\w-])(?:{inner})(?![\w-])", statement)]


def check_designation(
    designation: DesignationFacts, *, index: int, uan_shape: re.Pattern[str] | None = None
) -> list[Problem]:
    """The designation statement of ``credits[index]``: stated, with its maximum amount and
    no UAN but its own (a re-release takes a new UAN; its statement must follow)."""
    where = f"credits[{index}].statement"
    statement = designation.statement.strip()
    if not statement:
        return [
            Problem(
                where,
                f"{designation.credit_name}: state the credit designation statement "
                "learners read (the standard wording or your own)",
            )
        ]
    if designation.amount is not None and not states_amount(statement, designation.amount):
        amount = format(designation.amount.normalize(), "f")
        return [
            Problem(
                where,
                f"{designation.credit_name}: the statement does not state the designated "
                f"maximum, {amount}",
            )
        ]
    if uan_shape is not None and designation.uan:
        others = [u for u in stated_uans(statement, uan_shape) if u != designation.uan]
        if others:
            return [
                Problem(
                    where,
                    f"{designation.credit_name}: the statement names the UAN {others[0]}, "
                    f"not this designation's {designation.uan}",
                )
            ]
    return []


def check_person(
    standards: IntegrityStandards, person: PersonFacts, *, index: int
) -> list[Problem]:
    """Problems with one person's disclosure, each naming ``people[index].<field>``."""
    where = f"people[{index}]"
    who = person.name or f"Person {index + 1}"
    problems: list[Problem] = []
    if not person.name.strip():
        problems.append(Problem(f"{where}.name", "is required"))
    if person.capacity not in standards.capacities:
        problems.append(
            Problem(f"{where}.capacity", f"must be one of {', '.join(standards.capacities)}")
        )
    if person.status not in (NONE, RELEVANT):
        problems.append(
            Problem(
                f"{where}.disclosure",
                f"{who}: record their relevant financial relationships with ineligible "
                "companies, or that they have none",
            )
        )
    if person.status == NONE and person.relationships:
        problems.append(
            Problem(
                f"{where}.disclosure",
                f"{who}: marked as having no relevant financial relationships, yet some are listed",
            )
        )
    if person.status == RELEVANT:
        if not person.relationships:
            problems.append(
                Problem(
                    f"{where}.relationships",
                    f"{who}: list each relevant financial relationship "
                    "(the ineligible company and the nature of the relationship)",
                )
            )
        if not person.mitigation.strip():
            problems.append(
                Problem(
                    f"{where}.mitigation",
                    f"{who}: state how the relevant financial relationships were mitigated",
                )
            )
    for j, rel in enumerate(person.relationships):
        at = f"{where}.relationships[{j}]"
        if not rel.company.strip():
            problems.append(Problem(f"{at}.company", f"{who}: name the ineligible company"))
        if not rel.nature.strip():
            problems.append(Problem(f"{at}.nature", f"{who}: state the nature of the relationship"))
        if rel.started and rel.ended and rel.ended < rel.started:
            problems.append(Problem(f"{at}.ended", f"{who}: must not be before its start"))
    return problems


def check_disclosures(standards: IntegrityStandards, facts: DisclosureFacts) -> list[Problem]:
    """Every item a hosted activity must disclose to learners and does not, each by its field."""
    problems: list[Problem] = []
    for i, designation in enumerate(facts.designations):
        problems += check_designation(designation, index=i, uan_shape=facts.uan_shape)
    if not facts.accreditation_statement.strip():
        problems.append(
            Problem(
                "accreditation_statement",
                "state the accreditation statement (on the activity, or the provider's "
                "accreditor and statement)",
            )
        )
    if not any(p.capacity in standards.planner_capacities for p in facts.people):
        problems.append(
            Problem(
                "people",
                "name the planners: learners are told the financial relationships of every "
                "planner and faculty member",
            )
        )
    for i, person in enumerate(facts.people):
        problems += check_person(standards, person, index=i)
    if facts.commercial_support is None:
        problems.append(
            Problem("commercial_support", "state whether the activity receives commercial support")
        )
    elif facts.commercial_support:
        # Support neither named nor stated is the rule book's check_activity problem
        # (``statements.commercial_support``), asked of every activity.
        for k, supporter in enumerate(facts.supporters):
            at = f"commercial_supporters[{k}]"
            if not supporter.name.strip():
                problems.append(Problem(f"{at}.name", "name the supporting company"))
            if supporter.in_kind and not supporter.in_kind_nature.strip():
                problems.append(
                    Problem(f"{at}.in_kind_nature", "state the nature of the in-kind support")
                )
    elif facts.supporters:
        problems.append(
            Problem(
                "commercial_support",
                "commercial supporters are named, yet the activity is marked as unsupported",
            )
        )
    return problems


def has_relevant(people: Sequence[PersonFacts]) -> bool:
    return any(p.status == RELEVANT for p in people)
