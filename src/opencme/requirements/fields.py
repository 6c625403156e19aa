"""Field readers for rule files: each value checked, each problem noted with its dotted path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from opencme.accreditation.topics import APPROVALS, TOPICS
from opencme.core.errors import Problem
from opencme.requirements.rules import (
    RECURRENCES,
    Citation,
    Condition,
    Filter,
    Recurrence,
)


def topic_codes() -> frozenset[str]:
    return frozenset(TOPICS)


class Reader:
    """Reads one file's fields, noting each problem with its dotted path."""

    def __init__(self, citations: Mapping[str, Citation]) -> None:
        self.problems: list[Problem] = []
        self.citations = citations

    def bad(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    def text(self, raw: Mapping[str, Any], key: str, where: str, required: bool = True) -> str:
        value = raw.get(key)
        if value is None or value == "":
            if required:
                self.bad(f"{where}{key}", "is missing")
            return ""
        if not isinstance(value, str):
            self.bad(f"{where}{key}", "must be text")
            return ""
        return value

    def date(
        self, raw: Mapping[str, Any], key: str, where: str, required: bool = True
    ) -> dt.date | None:
        value = self.text(raw, key, where, required)
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.bad(f"{where}{key}", f"{value!r} is not a date (YYYY-MM-DD)")
            return None

    def number(
        self, raw: Mapping[str, Any], key: str, where: str, default: str | None = None
    ) -> Decimal:
        value = raw.get(key, default)
        if value is None:
            self.bad(f"{where}{key}", "is missing")
            return Decimal(0)
        try:
            number = Decimal(str(value))
        except (InvalidOperation, ValueError):
            self.bad(f"{where}{key}", f"{value!r} is not a number")
            return Decimal(0)
        if not number.is_finite() or number < 0:
            self.bad(f"{where}{key}", "must be a number of zero or more")
        return number

    def integer(self, raw: Mapping[str, Any], key: str, where: str) -> int | None:
        value = raw.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            self.bad(f"{where}{key}", "must be a whole number of 1 or more")
            return None
        return value

    def choice(
        self,
        raw: Mapping[str, Any],
        key: str,
        where: str,
        choices: tuple[str, ...],
        default: str | None = None,
    ) -> str:
        value = raw.get(key, default)
        if value not in choices:
            self.bad(f"{where}{key}", f"{value!r} is not one of {', '.join(choices)}")
            return choices[0]
        return str(value)

    def strings(self, raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.bad(f"{where}{key}", "must be a list of text")
            return ()
        return tuple(value)

    def cite(
        self, raw: Mapping[str, Any], where: str
    ) -> tuple[tuple[str, ...], tuple[Citation, ...]]:
        ids = self.strings(raw, "cite", where)
        if not ids:
            self.bad(f"{where}cite", "every fact needs at least one citation")
        unknown = [i for i in ids if i not in self.citations]
        if unknown:
            self.bad(f"{where}cite", f"unknown citation {', '.join(unknown)}")
        return ids, tuple(self.citations[i] for i in ids if i in self.citations)

    def filter(self, raw: Any, where: str) -> Filter:
        if raw is None:
            return Filter()
        if not isinstance(raw, Mapping):
            self.bad(where.rstrip("."), "must be an object")
            return Filter()
        topics = self.strings(raw, "topics", where)
        unknown = [t for t in topics if t not in topic_codes()]
        if unknown:
            self.bad(
                f"{where}topics",
                f"unknown topic {', '.join(unknown)} (see accreditation/data/topics.json)",
            )
        approvals = self.strings(raw, "approvals", where)
        unknown = [a for a in approvals if a not in APPROVALS]
        if unknown:
            self.bad(
                f"{where}approvals",
                f"unknown approval {', '.join(unknown)} (see accreditation/data/topics.json)",
            )
        return Filter(
            credit_types=frozenset(self.strings(raw, "credit_types", where)),
            accreditors=frozenset(self.strings(raw, "accreditors", where)),
            topics=frozenset(topics),
            formats=frozenset(self.strings(raw, "formats", where)),
            approvals=frozenset(approvals),
        )

    def condition(self, raw: Any, where: str) -> Condition:
        if raw is None:
            return Condition()
        if not isinstance(raw, Mapping):
            self.bad(where.rstrip("."), "must be an object")
            return Condition()
        known = {
            "dea_registered",
            "direct_patient_care",
            "specialty_in",
            "specialty_not_in",
            "profession_not_in",
            "renewal_min",
            "renewal_max",
            "issued_on_or_after",
        }
        for key in set(raw) - known:
            self.bad(f"{where}{key}", "is not a known condition")
        flags = {}
        for key in ("dea_registered", "direct_patient_care"):
            if key in raw and not isinstance(raw[key], bool):
                self.bad(f"{where}{key}", "must be true or false")
            flags[key] = raw.get(key) if isinstance(raw.get(key), bool) else None
        return Condition(
            dea_registered=flags["dea_registered"],
            direct_patient_care=flags["direct_patient_care"],
            specialty_in=frozenset(self.strings(raw, "specialty_in", where)),
            specialty_not_in=frozenset(self.strings(raw, "specialty_not_in", where)),
            profession_not_in=frozenset(self.strings(raw, "profession_not_in", where)),
            renewal_min=self.integer(raw, "renewal_min", where),
            renewal_max=self.integer(raw, "renewal_max", where),
            issued_on_or_after=self.date(raw, "issued_on_or_after", where, required=False),
        )

    def recurrence(self, raw: Any, where: str) -> Recurrence:
        if raw is None:
            return Recurrence()
        every = self.choice(raw, "every", where, RECURRENCES)
        n = self.integer(raw, "n", where) or 1
        if every in ("nth_cycle", "years") and "n" not in raw:
            self.bad(f"{where}n", f"is needed for every {every}")
        return Recurrence(
            every=every,
            n=n,
            due_renewal=self.integer(raw, "due_renewal", where),
            due_years_after_issue=self.integer(raw, "due_years_after_issue", where),
            due_first_renewal_on_or_after=self.date(
                raw, "due_first_renewal_on_or_after", where, False
            ),
        )
