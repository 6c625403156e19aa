"""What the allocation is given: the clinician's facts, their credentials and their credits.

Plain frozen values so that the allocation stays a pure function (same input, same answer) and
is tested without a database; the profile and transcript models map onto these.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class ClinicianFacts:
    """The facts rule conditions read (``applies_if``) and the attestations equivalencies need.

    ``attestations`` holds codes of things the clinician declares, such as
    ``abim_moc_assessment`` or ``addiction_board_certification``.
    """

    profession: str = "physician"
    dea_registered: bool = False
    direct_patient_care: bool = True
    specialty: str = ""
    attestations: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Credential:
    """One license, registration or certification held, and the rule file that applies.

    ``expires_on`` is the end of the current cycle as the authority set it (the clinician reads
    it off the license); ``renewal_number`` is the renewal this cycle ends in (1 = first
    renewal). When it is unknown and ``issued_on`` is given it is derived from the dates; when
    both are unknown the credential is taken as past its first renewals.
    """

    key: str
    rule_set: str
    expires_on: dt.date
    issued_on: dt.date | None = None
    renewal_number: int | None = None


@dataclass(frozen=True)
class Credit:
    """Credit earned: on OpenCME or elsewhere. ``format`` is ``live`` or ``anytime``;
    ``approvals`` names approvals a rule may ask for (``tx-hhsc`` for a Texas HHSC-approved
    human trafficking course)."""

    id: str
    completed_on: dt.date
    credit_type: str
    amount: Decimal
    accreditor: str = ""
    topics: frozenset[str] = field(default_factory=frozenset)
    format: str = "anytime"
    approvals: frozenset[str] = field(default_factory=frozenset)
