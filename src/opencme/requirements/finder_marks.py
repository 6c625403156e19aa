"""The finder, for a signed-in clinician: which results close one of their gaps.

``requirements`` sits below ``catalog`` (``DESIGN.md``), so the catalog cannot ask for gaps: this
module registers a ``catalog.extensions.ResultMarker`` in ``AppConfig.ready()``. A result
closes a gap when the credit it gives, completed today, passes the gap's requirement filter
(credit type or its accreditor, topic, live or any format; each credit type and MOC board of the
activity tried in turn) and today lies in the requirement's window: the test the allocation
makes of a credit (``planning.node_accepts``), on the activity's catalog record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from opencme.core import clock
from opencme.requirements import kinds
from opencme.requirements.explain import TrackerView
from opencme.requirements.facts import Credit
from opencme.requirements.rules import Filter, RuleSet
from opencme.requirements.search_links import closable

SORT = "closes_gaps"
SORT_LABEL = "Closes my gaps"
NOTES_SHOWN = 3  # notes on one card; more are summed up in one line
LIVE_RECORD_FORMATS = frozenset({"live", "rss", "internet_live"})


@dataclass(frozen=True)
class OpenGap:
    """A gap credit can close, as the finder tests it."""

    credential: str
    label: str
    filter: Filter
    window_start: dt.date | None
    window_end: dt.date
    is_topic: bool


def open_gaps(view: TrackerView, rule_sets: Mapping[str, RuleSet]) -> list[OpenGap]:
    """The gaps of ``view`` credit can close, topic gaps first (the most telling note)."""
    out = []
    for card in view.credentials:
        rule_set = rule_sets.get(card.held.rule_set)
        if rule_set is None:
            continue
        for req in card.requirements:
            if closable(req):
                out.append(
                    OpenGap(
                        card.held.name,
                        req.label,
                        rule_set.node(req.id).filter,
                        req.window_start,
                        req.window_end,
                        req.is_topic,
                    )
                )
    return sorted(out, key=lambda g: not g.is_topic)


def _amount(raw: Any) -> Decimal:
    try:
        return Decimal(str(raw))
    except (InvalidOperation, ValueError):
        return Decimal(0)


def record_credits(record: Mapping[str, Any], topics: frozenset[str], day: dt.date) -> list[Credit]:
    """The credits an activity's record would give if completed on ``day``: one per credit
    designation and per MOC board (board points count as the board's credit type)."""
    fmt = "live" if record.get("format") in LIVE_RECORD_FORMATS else "anytime"
    rid = str(record.get("id"))
    out = [
        Credit(
            f"{rid}-{c.get('type')}",
            day,
            str(c.get("type") or ""),
            _amount(c.get("amount")),
            kinds.ACCREDITOR_OF_CREDIT_TYPE.get(str(c.get("type") or ""), ""),
            topics,
            fmt,
        )
        for c in record.get("credits") or []
    ]
    out += [
        Credit(
            f"{rid}-{m.get('board')}",
            day,
            str(m.get("board")),
            _amount(m.get("points")),
            "",
            topics,
            fmt,
        )
        for m in record.get("moc") or []
    ]
    return out


def closes(gap: OpenGap, credits: Sequence[Credit], day: dt.date) -> bool:
    if day > gap.window_end or (gap.window_start is not None and day < gap.window_start):
        return False
    return any(c.amount > 0 and gap.filter.accepts(c) for c in credits)


def gap_notes(
    records: Sequence[Mapping[str, Any]],
    gaps: Sequence[OpenGap],
    day: dt.date,
    topics_of: Any,
) -> dict[int, list[str]]:
    """Per record id, "Closes a gap: <credential>, <requirement>" for each gap it would close
    (``NOTES_SHOWN`` at most, then how many more); ``topics_of(values)``: topic codes."""
    out: dict[int, list[str]] = {}
    if not gaps:
        return out
    for record in records:
        credits = record_credits(record, topics_of(record.get("topics") or []), day)
        closed = [g for g in gaps if closes(g, credits, day)]
        if not closed:
            continue
        notes = [f"Closes a gap: {g.credential}, {g.label}" for g in closed[:NOTES_SHOWN]]
        if len(closed) > NOTES_SHOWN:
            more = len(closed) - NOTES_SHOWN
            notes.append(f"and {more} more gap{'s' if more > 1 else ''} of yours")
        out[int(record["id"])] = notes
    return out


class GapMarker:
    """The requirements app's ``ResultMarker``: notes and the "Closes my gaps" sort for a
    clinician who has entered a credential."""

    sort = SORT
    sort_label = SORT_LABEL

    def serves(self, user: Any) -> bool:
        from opencme.requirements.models import Credential

        return Credential.objects.filter(user_id=user.pk).exists()

    def notes(self, user: Any, records: Sequence[Mapping[str, Any]]) -> dict[int, list[str]]:
        from opencme.requirements.inputs import topic_codes
        from opencme.requirements.loader import load_shipped
        from opencme.requirements.selectors import tracker_for

        if not records:
            return {}
        today = clock.today()
        gaps = open_gaps(tracker_for(user, as_of=today), load_shipped())
        return gap_notes(records, gaps, today, topic_codes)
