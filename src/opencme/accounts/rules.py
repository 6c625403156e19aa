"""Pure checks of what a learner tells us about themselves."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from opencme.core.errors import Problem

PROFESSIONS = {
    "physician": "Physician (MD/DO)",
    "physician_assistant": "Physician assistant (PA)",
    "nurse_practitioner": "Nurse practitioner (NP)",
    "nurse": "Registered nurse (RN)",
    "pharmacist": "Pharmacist (PharmD/RPh)",
    "pharmacy_technician": "Pharmacy technician",
    "social_worker": "Social worker",
    "psychologist": "Psychologist",
    "other": "Other health professional",
}
US_STATES = frozenset(
    {
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "PR",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "VI",
        "WA",
        "WV",
        "WI",
        "WY",
        "GU",
        "AS",
        "MP",
    }
)
_NPI = re.compile(r"^\d{10}$")
_NABP = re.compile(r"^\d{1,7}$")


def npi_is_valid(npi: str) -> bool:
    """A National Provider Identifier: 10 digits whose last is the Luhn check digit over the
    prefix 80840 followed by the first nine digits (CMS's NPI check digit rule)."""
    if not _NPI.match(npi):
        return False
    digits = [int(c) for c in "80840" + npi[:9]]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(npi[9])


def check_npi(npi: str) -> list[Problem]:
    if not npi:
        return []
    if not _NPI.match(npi):
        return [Problem("npi", "must be exactly 10 digits")]
    if not npi_is_valid(npi):
        return [Problem("npi", "is not a valid NPI: its check digit does not match")]
    return []


def check_nabp_id(value: str) -> list[Problem]:
    if value and not _NABP.match(value):
        return [Problem("nabp_eprofile_id", "an NABP e-Profile ID is 1 to 7 digits")]
    return []


def check_birth_month_day(month: int | None, day: int | None) -> list[Problem]:
    """Birth month and day, never the year: both or neither, and a day that month has."""
    if month is None and day is None:
        return []
    if month is None or day is None:
        field = "birth_month" if month is None else "birth_day"
        return [Problem(field, "give both birth month and day, or neither")]
    if not 1 <= month <= 12:
        return [Problem("birth_month", "must be from 1 to 12")]
    try:
        dt.date(2000, month, day)  # a leap year, so 29 February is allowed
    except ValueError:
        return [Problem("birth_day", f"month {month} has no day {day}")]
    return []


def check_license(state: str, number: str, *, index: int) -> list[Problem]:
    where = f"licenses[{index}]"
    problems = []
    if state.upper() not in US_STATES:
        problems.append(Problem(f"{where}.state", f"{state!r} is not a US state or territory code"))
    if not re.fullmatch(r"[A-Za-z0-9-]{2,30}", number or ""):
        problems.append(Problem(f"{where}.number", "2 to 30 letters, digits or hyphens"))
    return problems


def unknown_board(code: str, known: Mapping[str, str], *, index: int) -> Problem:
    """The problem of a board id given for a board the rule book does not list."""
    return Problem(
        f"board_ids[{index}].board",
        f"{code!r} is not a certifying board we know; use one of {', '.join(sorted(known))}",
    )
