"""What the staff import page shows of a draft: source lines marked by field, and a summary."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from django.utils.formats import date_format

from opencme.accreditation.topics import TOPICS
from opencme.ingest.parsing import Draft
from opencme.ingest.parsing.checks import Review, check

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
    "expires": "expiry date",
    "moc": "MOC",
    "uan": "UAN",
    "commercial_support": "commercial support",
    "measured_outcomes": "measured outcomes",
    "estimated_minutes": "time to complete",
    "joint_providers": "joint providers",
    "accreditation": "accreditation statement",
}
# The fields the import page lets a person correct, in the order the form shows them.
EDITABLE = (
    "title",
    "provider",
    "description",
    "url",
    "format",
    "delivery",
    "location",
    "start_date",
    "end_date",
    "expires",
    "estimated_minutes",
    "cost",
    "credits",
    "uan",
    "moc",
    "faculty",
    "joint_providers",
    "audience",
    "specialties",
    "topics",
    "objectives",
    "commercial_support",
    "statements",
)
# How the page names topics the parser proposed (DESIGN.md: "proposed by the importer"): a
# provider asserts topics, the importer only proposes them until a person confirms them.
PROPOSED = "Proposed from the listing's text"
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")
CODE = re.compile(r"^[a-z]+(?:_[a-z]+)*$")
# A rule warning as the loader words it: ``credits[4].uan: a UAN is required``.
WARNING = re.compile(
    r"^(?P<field>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>[a-z_]+))?: (?P<message>.*)$", re.S
)


def field_name(name: str) -> str:
    return FIELD_NAMES.get(name, name.replace("_", " "))


def field_label(name: str) -> str:
    """A field's name as a label: "Start date", "MOC"."""
    text = field_name(name)
    return text[:1].upper() + text[1:]


def shown_value(value: Any, formats: dict[str, str] | None = None) -> str:
    """A draft's value as people read it: dates in the site's format, Yes/No, code words as
    words ("in_person" -> "In person"), format codes by their rulebook name."""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.date):
        return date_format(value, "DATE_FORMAT")
    text = str(value)
    if ISO_DAY.match(text):
        try:
            return date_format(dt.date.fromisoformat(text), "DATE_FORMAT")
        except ValueError:
            return text
    if ISO_MONTH.match(text):
        try:
            return date_format(dt.date.fromisoformat(f"{text}-01"), "YEAR_MONTH_FORMAT")
        except ValueError:
            return text
    if formats and text in formats:
        name = formats[text]
        return name[:1].upper() + name[1:]
    if CODE.match(text):
        words = text.replace("_", " ")
        return words[:1].upper() + words[1:]
    return text


def warning_text(warning: str) -> str:
    """A loader warning with its field path as a label: ``credits[4].uan: ...`` reads
    "Credit 5, UAN: ..."; any other text is returned as it is."""
    match = WARNING.match(warning)
    if not match:
        return warning
    label = field_label(match["field"])
    if match["index"] is not None:
        label = f"{label.rstrip('s')} {int(match['index']) + 1}"
    if match["sub"] and match["sub"] not in {"type", "amount"}:
        label = f"{label}, {field_name(match['sub'])}"
    return f"{label}: {match['message']}"


@dataclass
class SourceLine:
    no: int
    text: str
    fields: list[str] = field(default_factory=list)
    missed: bool = False
    note: str = ""
    review: bool = False

    @property
    def group(self) -> str:
        # A line that gave several fields takes the colour of the one that matters most.
        groups = {FIELD_GROUPS.get(f, "other") for f in self.fields}
        return next((g for g in GROUP_ORDER if g in groups), "")

    @property
    def labels(self) -> list[str]:
        return [field_name(f) for f in self.fields]


def source_lines(draft: Draft, review: list[str] | None = None) -> list[SourceLine]:
    """Every line of the text the parser read, with the fields it made and what it missed;
    lines that gave a field in ``review`` are marked as needing review."""
    lines = [SourceLine(no, text) for no, text in enumerate(draft.text.split("\n"), start=1)]
    flagged = set(review or [])
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
            line.review = any(f in flagged for f in line.fields)
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
    record: dict[str, Any],
    lines: dict[str, list[int]],
    names: dict[str, str] | None = None,
    formats: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """The draft's stated fields as rows (label, value, source lines), in record order.

    ``names`` gives credit types their names (by code); a code without one is shown as is.
    ``formats`` gives activity formats their names (the rulebook's).
    """
    rows = []
    for key, value in record.items():
        if key in {"statements", "cost"} or value in (None, [], ""):
            continue
        if key == "credits":
            shown = "; ".join(_credit(c, names or {}) for c in value)
        elif key == "moc":
            shown = "; ".join(f"{m['board']} {m['points'] or ''}".strip() for m in value)
        elif key == "topics":
            rows.append(
                {
                    "key": key,
                    "label": f"Topics ({PROPOSED[:1].lower()}{PROPOSED[1:]})",
                    "value": "; ".join(topic_labels(value)),
                    "lines": lines.get(key),
                }
            )
            continue
        elif isinstance(value, list):
            shown = "; ".join(str(v) for v in value)
        else:
            shown = shown_value(value, formats)
        rows.append(
            {"key": key, "label": field_label(key), "value": shown, "lines": lines.get(key)}
        )
    cost = record.get("cost") or {}
    if cost.get("free") or cost.get("amount") is not None or cost.get("tiers") or cost.get("note"):
        parts = ["Free"] if cost.get("free") else []
        if cost.get("amount") is not None and not cost.get("free"):
            parts.append(f"{cost['amount']} {cost.get('currency') or ''}".strip())
        parts += [f"{t['label']}: {t['amount']}" for t in cost.get("tiers") or []]
        if cost.get("note"):
            parts.append(cost["note"])
        rows.append(
            {"key": "cost", "label": "Cost", "value": "; ".join(parts), "lines": lines.get("cost")}
        )
    stated = [k.replace("_", " ") for k, v in (record.get("statements") or {}).items() if v]
    if stated:
        stated[0] = stated[0][:1].upper() + stated[0][1:]
        rows.append(
            {"key": "statements", "label": "Statements", "value": ", ".join(stated), "lines": None}
        )
    return rows


def topic_labels(codes: list[str]) -> list[str]:
    """Topic codes as people read them (the vocabulary's labels); an unknown code as is."""
    return [TOPICS.get(code, code) for code in codes]


def _credit(credit: dict[str, Any], names: dict[str, str]) -> str:
    name = credit.get("label") or names.get(credit["type"], credit["type"])
    if credit.get("amount") is None:
        return f"{name}: amount not stated"
    unit = str(credit.get("unit") or "credit").replace("_", " ")
    return f"{name}: {credit['amount']:g} {unit}{'' if credit['amount'] == 1 else 's'}"


def anchor(key: str) -> str:
    return f"review-{key.replace('_', '-')}"


def review_rows(flags: list[Review]) -> list[dict[str, Any]]:
    """The fields needing review for the list at the top of the page: label, reason, link."""
    return [
        {
            "key": f.field,
            "label": field_label(f.field),
            "reason": f.reason,
            "anchor": anchor(f.field),
        }
        for f in flags
    ]


def field_places(lines: dict[str, list[int]], flags: list[Review], form: Any) -> dict[str, Any]:
    """Per field of the form: its source lines, its review flag and "checked" box, its anchor.

    A flagged field the form has no place for is kept under ``"other"`` (shown at the top).
    """
    by_key = {f.field: f for f in flags}
    places: dict[str, Any] = {
        key: {
            "key": key,
            "label": field_label(key),
            "lines": lines.get(key) or [],
            "flag": by_key.get(key),
            "confirm": form.confirm_field(key) if key in by_key else None,
            "anchor": anchor(key),
        }
        for key in EDITABLE
    }
    places["other"] = [
        {
            "key": f.field,
            "label": field_label(f.field),
            "lines": lines.get(f.field) or [],
            "flag": f,
            "confirm": form.confirm_field(f.field),
            "anchor": anchor(f.field),
        }
        for f in flags
        if f.field not in EDITABLE
    ]
    return places


def confirmed_fields(draft: Draft, corrected: Draft, ticked: list[str]) -> list[str]:
    """The fields a person confirmed: those they ticked, and those they changed to a value no
    check finds fault with (typing a value is checking it; a failed check needs the tick)."""
    failing = {p.field for p in check(corrected)}
    changed = [
        k
        for k in corrected.record
        if corrected.record.get(k) != draft.record.get(k) and k not in failing
    ]
    if corrected.statement_texts != draft.statement_texts and "statements" not in failing:
        changed.append("statements")
    return sorted(set(ticked) | set(changed))
