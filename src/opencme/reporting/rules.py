"""Reporting rules as plain functions: deadlines, status, and the checks each exported row passes.

No database here: every function takes plain values and is tested with them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

PENDING = "pending"
EXPORTED = "exported"
OVERDUE = "overdue"

# Days after completion by which a destination must have the record: ACCME asks for MOC learner
# data within 30 days; NABP's CPE Monitor refuses credit reported more than 60 days after it.
DEADLINE_DAYS = {"PARS": 30, "CPE_MONITOR": 60}
DESTINATION_LABELS = {"PARS": "ACCME PARS / MOC boards", "CPE_MONITOR": "NABP CPE Monitor"}
PHARMACY_PROFESSIONS = {"pharmacist": "P", "pharmacy_technician": "T"}
NABP_ID = re.compile(r"\d{6,7}")


def due_on(destination: str, completed_on: dt.date) -> dt.date:
    """The last day ``destination`` accepts a completion of ``completed_on`` (day 30 or 60)."""
    return completed_on + dt.timedelta(days=DEADLINE_DAYS[destination])


def status_for(*, due: dt.date, exported: bool, today: dt.date) -> str:
    """``exported`` once a batch carried it; else ``overdue`` the day after ``due``, or
    ``pending`` up to and including ``due``."""
    if exported:
        return EXPORTED
    return OVERDUE if today > due else PENDING


def week_window(today: dt.date) -> tuple[dt.date, dt.date]:
    """'Due this week': from today to six days ahead, inclusive."""
    return today, today + dt.timedelta(days=6)


@dataclass(frozen=True)
class RowProblem:
    """Why one row was held back: whose it is, which field, and what fixes it."""

    claim_id: int | None
    learner: str
    field: str
    message: str
    fix: str
    key: int | None = None  # the obligation held back, set by the exporter

    def as_dict(self) -> dict[str, object]:
        return {
            "claim_id": self.claim_id,
            "learner": self.learner,
            "field": self.field,
            "message": self.message,
            "fix": self.fix,
        }


class ClaimFacts(NamedTuple):
    """What the checks need of one claim, its learner and its activity (a tuple: made once per
    exported row, so cheap to build)."""

    claim_id: int
    learner: str
    amount: Decimal
    maximum: Decimal | None
    legal_name: str = ""
    birth_month: int | None = None
    birth_day: int | None = None
    consent: bool = False


def _common(facts: ClaimFacts, destination: str) -> list[RowProblem]:
    out: list[RowProblem] = []

    def add(field: str, message: str, fix: str) -> None:
        out.append(RowProblem(facts.claim_id, facts.learner, field, message, fix))

    if not facts.consent:
        add(
            "consent",
            f"the learner has not consented to reporting to {DESTINATION_LABELS[destination]}",
            "ask the learner to turn on reporting consent in their profile",
        )
    if not facts.legal_name.strip():
        add("legal_name", "no legal name", "ask the learner to add their legal name")
    if facts.birth_month is None or facts.birth_day is None:
        add(
            "birth_mmdd",
            "no birth month and day",
            "ask the learner to add their birth month and day to their profile",
        )
    if facts.maximum is None:
        add(
            "amount",
            "the activity designates no amount for this credit type",
            "set the designation's amount on the activity",
        )
    elif facts.amount > facts.maximum:
        add(
            "amount",
            f"{facts.amount} claimed is over the activity's maximum of {facts.maximum}",
            "correct the claim to at most the designated maximum",
        )
    return out


def check_pars_row(
    facts: ClaimFacts, *, activity_boards: list[str], learner_boards: dict[str, str]
) -> list[RowProblem]:
    """A PARS learner record: consent, name, birth MM/DD, amount, and a board id for a board the
    activity is registered with (an activity without MOC reports CME completion only)."""
    out = _common(facts, "PARS")
    if not holds_a_board(activity_boards, learner_boards):
        out.append(
            RowProblem(
                facts.claim_id,
                facts.learner,
                "board_id",
                f"no board id for {', '.join(activity_boards)}, the boards this activity's "
                "MOC is registered with",
                "ask the learner to add their board id (diplomate number) to their profile",
            )
        )
    return out


def check_cpe_row(
    facts: ClaimFacts,
    *,
    nabp_eprofile_id: str,
    profession: str,
    uan: str,
    uan_pattern: re.Pattern[str],
) -> list[RowProblem]:
    """A CPE Monitor record: consent, NABP e-Profile ID, birth MMDD, a well-formed UAN whose
    audience (P or T) matches the learner, and the amount."""
    out = _common(facts, "CPE_MONITOR")

    def add(field: str, message: str, fix: str) -> None:
        out.append(RowProblem(facts.claim_id, facts.learner, field, message, fix))

    if not nabp_eprofile_id:
        add(
            "nabp_eprofile_id",
            "no NABP e-Profile ID",
            "ask the learner to add their NABP e-Profile ID to their profile",
        )
    elif not NABP_ID.fullmatch(nabp_eprofile_id):
        add(
            "nabp_eprofile_id",
            f"{nabp_eprofile_id!r} is not an NABP e-Profile ID (6 or 7 digits)",
            "ask the learner to correct their NABP e-Profile ID",
        )
    if not uan:
        add("uan", "the activity has no UAN for ACPE credit", "add the UAN to the ACPE credit")
    elif not uan_pattern.fullmatch(uan):
        add(
            "uan",
            f"{uan!r} is not a UAN of the form JA0000000-0000-26-001-H01-P",
            "correct the UAN on the activity's ACPE credit",
        )
    else:
        audience = PHARMACY_PROFESSIONS.get(profession)
        if audience is None:
            add(
                "profession",
                "CPE Monitor takes pharmacists and pharmacy technicians only",
                "check the learner's profession",
            )
        elif not uan.endswith(f"-{audience}"):
            add(
                "uan",
                f"the UAN is for {'technicians' if uan.endswith('-T') else 'pharmacists'}, "
                f"the learner is a {profession.replace('_', ' ')}",
                "the activity needs a UAN for this audience",
            )
    return out


# Cheap tests of a clean row. Exporters run the checks above only on rows that fail these, to
# say what is wrong: ``check_pars_row`` finds nothing exactly when ``learner_ready``,
# ``amount_within`` and ``holds_a_board`` all hold, and ``check_cpe_row`` exactly when
# ``learner_ready``, ``amount_within``, ``nabp_id_ok`` and ``uan_fits`` do (tests pin this).


def learner_ready(
    consent: object, legal_name: str | None, birth_month: int | None, birth_day: int | None
) -> bool:
    """Consent given, a legal name, and a birth month and day."""
    return (
        bool(consent)
        and bool(legal_name and legal_name.strip())
        and birth_month is not None
        and birth_day is not None
    )


def amount_within(amount: Decimal, maximum: Decimal | None) -> bool:
    """The activity designates a maximum for the credit type and the claim is not over it."""
    return maximum is not None and not amount > maximum


def holds_a_board(activity_boards: list[str], learner_boards: dict[str, str]) -> bool:
    """The learner has an id for a board the activity's MOC is registered with, or it has none."""
    return not activity_boards or any(learner_boards.get(b) for b in activity_boards)


def nabp_id_ok(nabp_eprofile_id: str | None) -> bool:
    return bool(nabp_eprofile_id) and NABP_ID.fullmatch(nabp_eprofile_id or "") is not None


def uan_fits(uan: str, profession: str, uan_pattern: re.Pattern[str]) -> bool:
    """A well-formed UAN for the learner's audience (pharmacists -P, technicians -T)."""
    audience = PHARMACY_PROFESSIONS.get(profession)
    return (
        bool(uan)
        and uan_pattern.fullmatch(uan) is not None
        and audience is not None
        and uan.endswith(f"-{audience}")
    )


def provider_number(uan: str) -> str:
    """The ACPE provider number is the UAN's first segment (JA0000000 or a 4-digit number)."""
    return uan.split("-", 1)[0] if uan else ""


def split_name(legal_name: str) -> tuple[str, str]:
    """First and last name for files that want both: the last word is the last name."""
    parts = legal_name.split()
    if not parts:
        return "", ""
    if len(parts) == 1:
        return "", parts[0]
    return " ".join(parts[:-1]), parts[-1]
