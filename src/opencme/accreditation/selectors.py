"""Reading the rules in force."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

from opencme.accreditation.models import RuleSet
from opencme.accreditation.rules import RuleBook, parse_rulebook
from opencme.core import clock, requestmemo

SHIPPED_RULEBOOK = Path(__file__).parent / "data" / "rulebook.json"


@cache
def shipped_rulebook_data() -> dict:
    return json.loads(SHIPPED_RULEBOOK.read_text())


@cache
def _parsed(ruleset_id: int, version: str) -> RuleBook:
    return parse_rulebook(RuleSet.objects.get(pk=ruleset_id).data)


def rulebook_get(*, on: dt.date | None = None) -> RuleBook:
    """The rule book in force on ``on`` (today by default); the shipped one if none is stored.

    Looked up once per request and day (``core.requestmemo``)."""
    day = on or clock.today()
    return requestmemo.memo(("rulebook", day), lambda: _rulebook_on(day))


def _rulebook_on(day: dt.date) -> RuleBook:
    row = (
        RuleSet.objects.filter(effective_from__lte=day)
        .order_by("-effective_from", "-id")
        .values_list("id", "version")
        .first()
    )
    if row is None:
        return parse_rulebook(shipped_rulebook_data())
    return _parsed(*row)
