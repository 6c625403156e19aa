"""Pure checks of what a clinician enters: their credentials, facts and credit from elsewhere.

Each check returns every problem at once, named by field, in words a person can act on; the
services refuse to write anything while there is one. No ORM here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable
from decimal import Decimal, InvalidOperation

from opencme.accreditation.topics import TOPICS
from opencme.core.errors import Problem
from opencme.requirements import kinds

_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ./-]{0,29}")
_DEA_NUMBER = re.compile(r"[A-Za-z]{2}[0-9]{7}")
EARLIEST = dt.date(1950, 1, 1)
MAX_RENEWAL = 60  # the form offers 1, 2 and "3 or later"; the API takes the number
MAX_AMOUNT = Decimal("999.99")
TITLE_MAX = 300
PROVIDER_MAX = 200
CERTIFICATE_MAX = 120


def topic_labels() -> dict[str, str]:
    """Topic codes -> labels (the vocabulary of ``opencme.accreditation.topics``)."""
    return dict(TOPICS)


def check_credential(
    *,
    kind: str,
    state: str = "",
    license_type: str = "",
    board: str = "",
    certificate: str = "",
    number: str = "",
    issued_on: dt.date | None = None,
    expires_on: dt.date | None = None,
    renewal_number: int | None = None,
    today: dt.date,
) -> list[Problem]:
    """A license needs its state, type and expiry; a DEA registration its renewal date; a board
    certification its board and the end of its cycle. A number is never required."""
    problems: list[Problem] = []
    if kind not in kinds.KINDS:
        return [Problem("kind", "choose a state license, a DEA registration or a board")]
    if kind == kinds.KIND_LICENSE:
        if state not in kinds.STATE_NAMES:
            problems.append(Problem("state", "choose the state that issued the license"))
        if license_type not in kinds.LICENSE_TYPES:
            problems.append(Problem("license_type", "choose the type of license"))
    if kind == kinds.KIND_BOARD:
        if board not in kinds.BOARDS:
            problems.append(Problem("board", "choose the board that certifies you"))
        if len(certificate) > CERTIFICATE_MAX:
            problems.append(Problem("certificate", f"at most {CERTIFICATE_MAX} characters"))
    if number:
        if kind == kinds.KIND_DEA and not _DEA_NUMBER.fullmatch(number):
            problems.append(
                Problem("number", "a DEA number is two letters then seven digits, e.g. AB1234563")
            )
        elif kind != kinds.KIND_DEA and not _NUMBER.fullmatch(number):
            problems.append(
                Problem("number", "up to 30 letters, digits, spaces, dots, slashes or hyphens")
            )
    problems += _check_dates(kind, issued_on, expires_on, today)
    if renewal_number is not None and not 1 <= renewal_number <= MAX_RENEWAL:
        problems.append(Problem("renewal_number", "choose which renewal this is, or not sure"))
    return problems


def _check_dates(
    kind: str, issued_on: dt.date | None, expires_on: dt.date | None, today: dt.date
) -> list[Problem]:
    latest = today.replace(year=today.year + 12) if (today.month, today.day) != (2, 29) else today
    problems: list[Problem] = []
    if expires_on is None:
        what = {
            kinds.KIND_LICENSE: "give the date the license expires (it is on the license)",
            kinds.KIND_DEA: "give the date the registration is due for renewal",
            kinds.KIND_BOARD: "give the date the current cycle ends",
        }[kind]
        problems.append(Problem("expires_on", what))
    elif not EARLIEST <= expires_on <= latest:
        problems.append(Problem("expires_on", f"must be between 1950 and {latest.year}"))
    if issued_on is not None:
        if issued_on > today:
            problems.append(Problem("issued_on", "cannot be in the future"))
        elif issued_on < EARLIEST:
            problems.append(Problem("issued_on", "must be in 1950 or later"))
        elif expires_on is not None and issued_on >= expires_on:
            problems.append(Problem("issued_on", "must be before the expiry date"))
    return problems


def check_facts(
    *, specialty: str, attestations: Iterable[str], direct_patient_care: object
) -> list[Problem]:
    problems: list[Problem] = []
    if specialty and specialty not in kinds.SPECIALTIES:
        problems.append(Problem("specialty", "choose a specialty from the list, or none"))
    unknown = [a for a in attestations if a not in kinds.ATTESTATIONS]
    if unknown:
        problems.append(Problem("attestations", "choose only statements from the list"))
    if not isinstance(direct_patient_care, bool):
        problems.append(Problem("direct_patient_care", "answer yes or no"))
    return problems


def parse_amount(value: object) -> Decimal | None:
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return amount if amount.is_finite() else None


def check_external_credit(
    *,
    title: str,
    provider: str,
    completed_on: dt.date | None,
    credit_type: str,
    amount: object,
    topics: Iterable[str],
    format: str,
    credit_types: Collection[str],
    today: dt.date,
) -> list[Problem]:
    """Credit earned elsewhere: what the clinician's certificate says."""
    problems: list[Problem] = []
    if not title.strip():
        problems.append(Problem("title", "give the activity's title as the certificate shows it"))
    elif len(title) > TITLE_MAX:
        problems.append(Problem("title", f"at most {TITLE_MAX} characters"))
    if len(provider) > PROVIDER_MAX:
        problems.append(Problem("provider", f"at most {PROVIDER_MAX} characters"))
    if completed_on is None:
        problems.append(Problem("completed_on", "give the date you completed it"))
    elif completed_on > today:
        problems.append(Problem("completed_on", "cannot be in the future"))
    elif completed_on < EARLIEST:
        problems.append(Problem("completed_on", "must be in 1950 or later"))
    if credit_type not in credit_types:
        problems.append(Problem("credit_type", "choose the type of credit from the list"))
    parsed = parse_amount(amount)
    if parsed is None:
        problems.append(Problem("amount", "give a number of credits or hours, e.g. 1.5"))
    elif not Decimal(0) < parsed <= MAX_AMOUNT:
        problems.append(Problem("amount", f"must be more than 0 and at most {MAX_AMOUNT}"))
    elif parsed != parsed.quantize(Decimal("0.01")):
        problems.append(Problem("amount", "at most two decimal places, e.g. 1.25"))
    if any(t not in topic_labels() for t in topics):
        problems.append(Problem("topics", "choose only topics from the list"))
    if format not in kinds.FORMATS:
        problems.append(Problem("format", "choose live or on demand"))
    return problems
