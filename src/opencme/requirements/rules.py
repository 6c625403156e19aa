"""The rule model: a credential type's cycle, its requirement tree and its modifiers.

Typed, frozen values parsed from a rule file by ``loader``; no ORM. Every node and modifier
keeps the citations it rests on, so each number the tracker shows can say where it comes from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from opencme.requirements.facts import ClinicianFacts, Credit

ANCHORS = ("birth_month", "issue_date", "fixed_date", "rolling", "expiry_date")
MEASURES = ("hours", "points", "course_count", "attestation")
QUANTITIES = ("hours", "points")  # measures the solver shares hours of credit among
COMBINES = ("all", "any", "at_least_n")
RECURRENCES = ("cycle", "nth_cycle", "years", "once")
MODIFIERS = ("carry_over", "multiplier", "equivalency", "exemption", "reduction")


@dataclass(frozen=True)
class Citation:
    """The sentence a fact rests on, where and when it was read; ``verify`` marks a secondary
    or conflicting source still to be checked against the authority's own text."""

    id: str
    url: str
    retrieved: dt.date
    quote: str
    verify: bool = False


@dataclass(frozen=True)
class Condition:
    """``applies_if``: facts that must hold. Unset fields do not constrain. An unknown renewal
    number counts as a later renewal: past ``renewal_max``, within ``renewal_min``."""

    dea_registered: bool | None = None
    direct_patient_care: bool | None = None
    specialty_in: frozenset[str] = frozenset()
    specialty_not_in: frozenset[str] = frozenset()
    profession_not_in: frozenset[str] = frozenset()
    renewal_min: int | None = None
    renewal_max: int | None = None
    issued_on_or_after: dt.date | None = None  # unknown issue date: taken as earlier

    def holds(
        self, facts: ClinicianFacts, renewal: int | None, issued_on: dt.date | None = None
    ) -> bool:
        if self.dea_registered is not None and facts.dea_registered != self.dea_registered:
            return False
        if (
            self.direct_patient_care is not None
            and facts.direct_patient_care != self.direct_patient_care
        ):
            return False
        if self.specialty_in and facts.specialty not in self.specialty_in:
            return False
        if facts.specialty in self.specialty_not_in or facts.profession in self.profession_not_in:
            return False
        if self.renewal_max is not None and (renewal is None or renewal > self.renewal_max):
            return False
        if self.issued_on_or_after is not None and (
            issued_on is None or issued_on < self.issued_on_or_after
        ):
            return False
        return not (
            self.renewal_min is not None and renewal is not None and renewal < self.renewal_min
        )


@dataclass(frozen=True)
class Filter:
    """Which credits a node accepts; an empty set accepts anything. ``topics`` and
    ``approvals`` match when the credit has any of them."""

    credit_types: frozenset[str] = frozenset()
    accreditors: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    formats: frozenset[str] = frozenset()
    approvals: frozenset[str] = frozenset()

    def accepts(self, credit: Credit) -> bool:
        return (
            (not self.credit_types or credit.credit_type in self.credit_types)
            and (not self.accreditors or credit.accreditor in self.accreditors)
            and (not self.topics or bool(self.topics & credit.topics))
            and (not self.formats or credit.format in self.formats)
            and (not self.approvals or bool(self.approvals & credit.approvals))
        )


@dataclass(frozen=True)
class Recurrence:
    """How often a node is due. ``cycle``: each cycle; ``nth_cycle``: once in the last ``n``
    cycles; ``years``: once in the last ``n`` years before the cycle ends; ``once``: one time,
    due at the earliest of the ``due_*`` rules that can be computed (else the cycle end)."""

    every: str = "cycle"
    n: int = 1
    due_renewal: int | None = None
    due_years_after_issue: int | None = None
    due_first_renewal_on_or_after: dt.date | None = None


@dataclass(frozen=True)
class Requirement:
    """A node of the requirement tree. A node with a ``measure`` asks for ``amount`` of it;
    its children combine (``all``/``any``/``at_least_n``) and, where ``counts_toward_total``,
    their hours count toward it too. A node without a measure only groups its children."""

    id: str
    label: str
    measure: str | None
    amount: Decimal
    unit: str
    filter: Filter
    recurrence: Recurrence
    counts_toward_total: bool
    applies_if: Condition
    cap: Decimal | None
    cap_per_day: Decimal | None
    cap_per_year: Decimal | None  # per calendar year of completion
    combine: str
    n: int
    attestation: str
    children: tuple[Requirement, ...]
    cite: tuple[str, ...]
    citations: tuple[Citation, ...]

    @property
    def verify(self) -> bool:
        return any(c.verify for c in self.citations)

    def walk(self) -> Iterator[Requirement]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class Cycle:
    """The renewal cycle: ``months`` long, ending on the credential's expiry, which the
    authority sets by ``anchor``; ``grace_days`` after the end a deficiency may still be
    cured; ``fixed_start`` (MM-DD) starts the window on a fixed day (NCCPA: 1 May)."""

    months: int
    anchor: str
    grace_days: int
    fixed_start: str
    cite: tuple[str, ...]
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Modifier:
    """``carry_over`` (``max`` excess hours into ``applies_to``, not ``excluded``),
    ``multiplier`` (``factor`` on credits passing ``filter``), ``equivalency`` (an
    ``attestation`` satisfies the nodes in ``applies_to``), ``exemption`` (``when`` it holds,
    every node but ``excluded`` is waived; ``review: board`` ones are only listed),
    ``reduction`` (``when`` it holds, the nodes in ``applies_to`` ask for ``max`` instead: a
    first renewal's smaller total)."""

    kind: str
    applies_to: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    max: Decimal = Decimal(0)
    factor: Decimal = Decimal(1)
    filter: Filter = field(default_factory=Filter)
    attestation: str = ""
    when: Condition = field(default_factory=Condition)
    review: str = "auto"
    label: str = ""
    cite: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()

    @property
    def verify(self) -> bool:
        return any(c.verify for c in self.citations)


@dataclass(frozen=True)
class RuleSet:
    """One version of one credential type's rules."""

    id: str
    title: str
    authority: Mapping[str, str]
    profession: str
    license_type: str
    version: str
    effective_from: dt.date
    effective_to: dt.date | None
    cycle: Cycle
    requirements: Requirement
    modifiers: tuple[Modifier, ...]
    citations: Mapping[str, Citation]
    notes: tuple[str, ...]

    def walk(self) -> Iterator[Requirement]:
        return self.requirements.walk()

    def node(self, node_id: str) -> Requirement:
        for node in self.walk():
            if node.id == node_id:
                return node
        raise KeyError(node_id)
