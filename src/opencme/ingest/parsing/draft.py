"""The parser's output: an activity record plus what was and was not understood."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from opencme.core.record import RECORD_KEYS

LIST_KEYS = frozenset(
    {
        "joint_providers",
        "credits",
        "moc",
        "uan",
        "specialties",
        "audience",
        "faculty",
        "objectives",
        "measured_outcomes",
        "topics",
    }
)
STATEMENT_KEYS: tuple[str, ...] = ("accreditation", "commercial_support", "funding", "disclaimer")

Status = Literal["used", "not_understood"]

# A field read with less confidence than this is marked "needs review": the import page and
# `parse-listing --explain` say so, and the finder does not show it until a person confirms it.
# The confidences are mapped on listings from sites no rule was written against
# (reading/unseen.py, corpus/calibration), so a field stated 0.9 is right about nine times in
# ten on a new site. On those sites no field is read that well yet (2026-12-06: 55-75% of
# filled fields right), so every field of a new site's page goes to review; as the rules
# improve on unseen pages the calibration shows it and fields pass on their own.
# bench/import_accuracy.py's "operating points" line gives the trade at other values.
REVIEW_BELOW = 0.9


def empty_cost() -> dict[str, Any]:
    """Cost with nothing stated: `free` is null, not false, when the text is silent (R-CO-4)."""
    return {"free": None, "amount": None, "currency": None, "tiers": [], "note": None}


def empty_record() -> dict[str, Any]:
    """A record with every key in the documented order and nothing stated."""
    record: dict[str, Any] = {}
    for key in RECORD_KEYS:
        if key in LIST_KEYS:
            record[key] = []
        elif key == "cost":
            record[key] = empty_cost()
        elif key == "statements":
            record[key] = {k: False for k in STATEMENT_KEYS}
        else:
            record[key] = None
    return record


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One line of the listing and what the parser made of it."""

    field: str
    line: int
    text: str
    status: Status
    note: str = ""


@dataclass(slots=True)
class Draft:
    """A parsed listing: `record` has exactly the ACTIVITY-RECORD shape (no id)."""

    record: dict[str, Any]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    origin: str | None = None
    # the text of every statement `record["statements"]` marks true, as found (R-ST-2)
    statement_texts: dict[str, str] = field(default_factory=dict)
    # the text the diagnostics' line numbers count in (HTML already turned into text)
    text: str = ""
    # how sure the reader is of each field it filled, 0 to 1 (fields it left empty: absent)
    confidence: dict[str, float] = field(default_factory=dict)

    def needs_review(self) -> list[str]:
        """The fields read with less confidence than `REVIEW_BELOW`, in record order."""
        return [k for k in self.record if self.confidence.get(k, 1.0) < REVIEW_BELOW]

    def used(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.status == "used"]

    def not_understood(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.status == "not_understood"]

    def to_json(self) -> str:
        return json.dumps(self.record, ensure_ascii=False, indent=2)

    def explain(self) -> str:
        """Human-readable diagnostics for `parse-listing --explain`."""
        out = [f"listing: {self.origin or '<text>'}"]
        used = sorted(self.used(), key=lambda d: (d.line, d.field))
        out.append(f"used ({len(used)} lines):")
        for d in used:
            note = f"  [{d.note}]" if d.note else ""
            out.append(f"  line {d.line:>4}  {d.field:<18} {_clip(d.text)}{note}")
        missed = sorted(self.not_understood(), key=lambda d: d.line)
        out.append(f"not understood ({len(missed)} lines):")
        for d in missed:
            note = f"  [{d.note}]" if d.note else ""
            out.append(f"  line {d.line:>4}  {d.field:<18} {_clip(d.text)}{note}")
        # Imported here: the checks read the rule book, and draft.py is imported by them.
        from opencme.ingest.parsing.checks import review

        flagged = review(self)
        out.append(f"needs review ({len(flagged)} fields):")
        for r in flagged:
            out.append(f"  {r.field:<18} confidence {r.confidence:.2f}  {r.reason}")
        return "\n".join(out)


def _clip(text: str, width: int = 90) -> str:
    text = text.strip()
    return text if len(text) <= width else text[: width - 1] + "…"
