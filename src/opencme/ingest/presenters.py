"""What the staff import page shows of a draft: source lines marked by field, and a summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from opencme.ingest.parsing import Draft

# Fields that share a colour on the page (the field's name is always written too).
FIELD_GROUPS = {
    "title": "id",
    "provider": "id",
    "url": "id",
    "format": "kind",
    "delivery": "kind",
    "location": "kind",
    "start_date": "date",
    "end_date": "date",
    "expires": "date",
    "credits": "credit",
    "moc": "credit",
    "cost": "cost",
    "registration": "cost",
}
GROUP_ORDER = ("credit", "date", "cost", "kind", "id", "other")
FIELD_NAMES = {
    "url": "link",
    "start_date": "start date",
    "end_date": "end date",
    "moc": "MOC",
    "commercial_support": "commercial support",
    "measured_outcomes": "measured outcomes",
}


def field_name(name: str) -> str:
    return FIELD_NAMES.get(name, name.replace("_", " "))


@dataclass
class SourceLine:
    no: int
    text: str
    fields: list[str] = field(default_factory=list)
    missed: bool = False
    note: str = ""

    @property
    def group(self) -> str:
        # A line that gave several fields takes the colour of the one that matters most.
        groups = {FIELD_GROUPS.get(f, "other") for f in self.fields}
        return next((g for g in GROUP_ORDER if g in groups), "")

    @property
    def labels(self) -> list[str]:
        return [field_name(f) for f in self.fields]


def source_lines(draft: Draft) -> list[SourceLine]:
    """Every line of the text the parser read, with the fields it made and what it missed."""
    lines = [SourceLine(no, text) for no, text in enumerate(draft.text.split("\n"), start=1)]
    for d in draft.diagnostics:
        if not 1 <= d.line <= len(lines):
            continue
        line = lines[d.line - 1]
        if d.status == "used":
            if d.field not in line.fields:
                line.fields.append(d.field)
        else:
            line.missed = True
            line.note = line.note or d.note
    for line in lines:
        if line.fields:
            line.missed = False  # one field took it; others not understanding it is no news
    return lines


def field_lines(draft: Draft) -> dict[str, list[int]]:
    """For each field, the lines it came from (for links from the draft to the source)."""
    out: dict[str, list[int]] = {}
    for d in draft.used():
        lines = out.setdefault(d.field, [])
        if d.line not in lines:
            lines.append(d.line)
    return out


def summary(
    record: dict[str, Any], lines: dict[str, list[int]], names: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """The draft's stated fields as rows (label, value, source lines), in record order.

    ``names`` gives credit types their names (by code); a code without one is shown as is.
    """
    rows = []
    for key, value in record.items():
        if key in {"statements", "cost"} or value in (None, [], ""):
            continue
        if key == "credits":
            shown = "; ".join(_credit(c, names or {}) for c in value)
        elif key == "moc":
            shown = "; ".join(f"{m['board']} {m['points'] or ''}".strip() for m in value)
        elif isinstance(value, list):
            shown = "; ".join(str(v) for v in value)
        else:
            shown = str(value)
        rows.append({"key": key, "label": field_name(key), "value": shown, "lines": lines.get(key)})
    cost = record.get("cost") or {}
    if cost.get("free") or cost.get("amount") is not None or cost.get("tiers") or cost.get("note"):
        parts = ["free"] if cost.get("free") else []
        if cost.get("amount") is not None and not cost.get("free"):
            parts.append(f"{cost['amount']} {cost.get('currency') or ''}".strip())
        parts += [f"{t['label']}: {t['amount']}" for t in cost.get("tiers") or []]
        if cost.get("note"):
            parts.append(cost["note"])
        rows.append(
            {"key": "cost", "label": "cost", "value": "; ".join(parts), "lines": lines.get("cost")}
        )
    stated = [k.replace("_", " ") for k, v in (record.get("statements") or {}).items() if v]
    if stated:
        rows.append(
            {"key": "statements", "label": "statements", "value": ", ".join(stated), "lines": None}
        )
    return rows


def _credit(credit: dict[str, Any], names: dict[str, str]) -> str:
    name = credit.get("label") or names.get(credit["type"], credit["type"])
    if credit.get("amount") is None:
        return f"{name}: amount not stated"
    unit = str(credit.get("unit") or "credit").replace("_", " ")
    return f"{name}: {credit['amount']:g} {unit}{'' if credit['amount'] == 1 else 's'}"
