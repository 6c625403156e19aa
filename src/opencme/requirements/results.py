"""What the allocation returns: per credential and cycle, its status, each requirement's
progress and gap, and each credit's applications with a reason code.

Reason codes of an ``Application``:
  ``TOPIC``        hours placed on a node that asks for a topic or an approval;
  ``TOTAL``        hours placed on a node that asks for hours of any topic;
  ``ALSO_COUNTS``  the same hours counting toward an enclosing node (the total, the formal part);
  ``COURSE``       a completed course counted by a course-count node.
Reason codes of a refused credit (``CredentialResult.rejected``):
  ``OUTSIDE_WINDOW``          a node would take it, but not on the date it was completed;
  ``NO_MATCHING_REQUIREMENT`` no node of this credential takes its credit type, accreditor or topic;
  ``CAP_REACHED``             nodes take it, but their caps are full.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from opencme.requirements.rules import Citation


@dataclass(frozen=True)
class Application:
    credit_id: str
    requirement_id: str
    amount: Decimal
    reason: str


@dataclass(frozen=True)
class RequirementResult:
    requirement_id: str
    label: str
    measure: str
    unit: str
    required: Decimal
    counted: Decimal
    missing: Decimal
    applies: bool
    due: dt.date
    window_start: dt.date | None
    window_end: dt.date
    satisfied_by: str = ""
    carried_over: Decimal = Decimal(0)
    verify: bool = False
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class CredentialResult:
    key: str
    rule_set: str
    title: str
    cycle_start: dt.date
    cycle_end: dt.date
    deadline: dt.date
    status: str  # met | due | grace | overdue | exempt | not_applicable
    requirements: tuple[RequirementResult, ...]
    gap_ids: tuple[str, ...]
    applications: tuple[Application, ...]
    rejected: Mapping[str, str]
    # Credits a multiplier weighs (NCCPA: self-assessment x1.5): credit id -> factor. Their
    # applications add up to amount x factor.
    factors: Mapping[str, Decimal] = field(default_factory=dict)

    def requirement(self, requirement_id: str) -> RequirementResult:
        for req in self.requirements:
            if req.requirement_id == requirement_id:
                return req
        raise KeyError(requirement_id)

    @property
    def gaps(self) -> tuple[RequirementResult, ...]:
        return tuple(self.requirement(i) for i in self.gap_ids)

    def applied_to(self, credit_id: str) -> tuple[Application, ...]:
        return tuple(a for a in self.applications if a.credit_id == credit_id)

    def window(self, requirement_id: str) -> tuple[dt.date | None, dt.date]:
        req = self.requirement(requirement_id)
        return req.window_start, req.window_end


@dataclass(frozen=True)
class TrackerResult:
    as_of: dt.date
    credentials: tuple[CredentialResult, ...]

    def credential(self, key: str) -> CredentialResult:
        for cred in self.credentials:
            if cred.key == key:
                return cred
        raise KeyError(key)
