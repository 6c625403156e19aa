"""Reading the rules in force."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

from django.db import connection

from opencme.accreditation.disclosure import IntegrityStandards, parse_standards
from opencme.accreditation.models import RuleSet
from opencme.accreditation.rules import RuleBook, parse_rulebook
from opencme.core import clock, requestmemo

SHIPPED_RULEBOOK = Path(__file__).parent / "data" / "rulebook.json"
INTEGRITY_STANDARDS = Path(__file__).parent / "data" / "integrity_standards.json"


@cache
def shipped_rulebook_data() -> dict:
    return json.loads(SHIPPED_RULEBOOK.read_text())


@cache
def _shipped_rulebook() -> RuleBook:
    return parse_rulebook(shipped_rulebook_data())


@cache
def _parsed(ruleset_id: int, version: str) -> RuleBook:
    return parse_rulebook(RuleSet.objects.get(pk=ruleset_id).data)


def ruleset_in_force(day: dt.date) -> tuple[int, str] | None:
    """The id and version of the stored rule set in force on ``day`` (None: none is stored, the
    shipped rule book applies). Looked up once per request and day (``core.requestmemo``)."""
    return requestmemo.memo(("ruleset", day), lambda: _ruleset_row(day))


def _ruleset_row(day: dt.date) -> tuple[int, str] | None:
    # Asked by most requests: one statement written out, not put together by the ORM each time.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, version FROM accreditation_ruleset WHERE effective_from <= %s"
            " ORDER BY effective_from DESC, id DESC LIMIT 1",
            [connection.ops.adapt_datefield_value(day)],
        )
        row = cursor.fetchone()
    return (int(row[0]), str(row[1])) if row else None


def rulebook_get(*, on: dt.date | None = None) -> RuleBook:
    """The rule book in force on ``on`` (today by default); the shipped one if none is stored."""
    row = ruleset_in_force(on or clock.today())
    return _shipped_rulebook() if row is None else _parsed(*row)


@cache
def integrity_standards_data() -> dict:
    return json.loads(INTEGRITY_STANDARDS.read_text())


@cache
def integrity_standards_get() -> IntegrityStandards:
    """What learners must be told before they start (``data/integrity_standards.json``)."""
    return parse_standards(integrity_standards_data())
