"""Rule files to ``RuleSet``: every field validated, every problem named by file and field.

A rule file is JSON (``rules/us-dea-mate.json`` is the smallest). Parsing collects every problem
before refusing, so one run of ``opencme check`` lists all that is wrong with a file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from opencme.core.errors import ValidationFailed
from opencme.requirements.fields import Reader
from opencme.requirements.rules import (
    ANCHORS,
    COMBINES,
    MEASURES,
    MODIFIERS,
    Citation,
    Cycle,
    Modifier,
    Requirement,
    RuleSet,
)

RULES_DIR = Path(__file__).resolve().parent / "rules"


class RuleFileError(ValidationFailed):
    """A rule file that does not load; the message starts with the file's name."""


def _citations(raw: Any, read: Reader) -> dict[str, Citation]:
    if not isinstance(raw, Mapping) or not raw:
        read.bad("citations", "must be an object of citations by id")
        return {}
    out: dict[str, Citation] = {}
    for cid, entry in raw.items():
        where = f"citations.{cid}."
        if not isinstance(entry, Mapping):
            read.bad(where.rstrip("."), "must be an object")
            continue
        url = read.text(entry, "url", where)
        if url and not url.startswith(("http://", "https://")):
            read.bad(f"{where}url", "must be a web address")
        retrieved = read.date(entry, "retrieved", where)
        quote = read.text(entry, "quote", where)
        verify = entry.get("verify", False)
        if not isinstance(verify, bool):
            read.bad(f"{where}verify", "must be true or false")
        if retrieved:
            out[cid] = Citation(cid, url, retrieved, quote, verify is True)
    return out


def _requirement(raw: Any, where: str, read: Reader, seen: set[str]) -> Requirement:
    if not isinstance(raw, Mapping):
        read.bad(where.rstrip("."), "must be an object")
        raw = {}
    node_id = read.text(raw, "id", where)
    if node_id in seen:
        read.bad(f"{where}id", f"{node_id!r} is used twice")
    seen.add(node_id)
    measure = raw.get("measure")
    if measure is not None and measure not in MEASURES:
        read.bad(f"{where}measure", f"{measure!r} is not one of {', '.join(MEASURES)}")
    amount = Decimal(0)
    if measure in ("hours", "points", "course_count"):
        amount = read.number(raw, "amount", where)
    attestation = read.text(raw, "attestation", where, required=measure == "attestation")
    raw_children = raw.get("children", [])
    if not isinstance(raw_children, list):
        read.bad(f"{where}children", "must be a list")
        raw_children = []
    if measure is None and not raw_children:
        read.bad(f"{where}measure", "a node needs a measure or children")
    children = tuple(
        _requirement(child, f"{where}children[{i}].", read, seen)
        for i, child in enumerate(raw_children)
    )
    cite, citations = read.cite(raw, where)
    counts = raw.get("counts_toward_total", True)
    if not isinstance(counts, bool):
        read.bad(f"{where}counts_toward_total", "must be true or false")
    cap = read.number(raw, "cap", where) if "cap" in raw else None
    return Requirement(
        id=node_id,
        label=read.text(raw, "label", where),
        measure=measure if measure in MEASURES else None,
        amount=amount,
        unit="points" if measure == "points" else "hours" if measure == "hours" else "courses",
        filter=read.filter(raw.get("filter"), f"{where}filter."),
        recurrence=read.recurrence(raw.get("recurrence"), f"{where}recurrence."),
        counts_toward_total=counts is not False,
        applies_if=read.condition(raw.get("applies_if"), f"{where}applies_if."),
        cap=cap,
        cap_per_day=read.number(raw, "cap_per_day", where) if "cap_per_day" in raw else None,
        cap_per_year=read.number(raw, "cap_per_year", where) if "cap_per_year" in raw else None,
        combine=read.choice(raw, "combine", where, COMBINES, default="all"),
        n=read.integer(raw, "n", where) or 1,
        attestation=attestation,
        children=children,
        cite=cite,
        citations=citations,
    )


def _modifier(raw: Any, where: str, read: Reader, node_ids: set[str]) -> Modifier:
    if not isinstance(raw, Mapping):
        read.bad(where.rstrip("."), "must be an object")
        raw = {}
    kind = read.choice(raw, "kind", where, MODIFIERS)
    applies_to = read.strings(raw, "applies_to", where)
    excluded = read.strings(raw, "excluded", where)
    for key, ids in (("applies_to", applies_to), ("excluded", excluded)):
        unknown = [i for i in ids if i not in node_ids]
        if unknown:
            read.bad(f"{where}{key}", f"unknown requirement {', '.join(unknown)}")
    if kind in ("equivalency", "carry_over", "reduction") and not applies_to:
        read.bad(f"{where}applies_to", f"a {kind} must name the requirements it applies to")
    cite, citations = read.cite(raw, where)
    return Modifier(
        kind=kind,
        applies_to=applies_to,
        excluded=excluded,
        max=read.number(raw, "max", where) if kind in ("carry_over", "reduction") else Decimal(0),
        factor=read.number(raw, "factor", where) if kind == "multiplier" else Decimal(1),
        filter=read.filter(raw.get("filter"), f"{where}filter."),
        attestation=read.text(raw, "attestation", where, required=kind == "equivalency"),
        when=read.condition(raw.get("when"), f"{where}when."),
        review=read.choice(raw, "review", where, ("auto", "board"), default="auto"),
        label=read.text(raw, "label", where),
        cite=cite,
        citations=citations,
    )


def parse_rule_set(raw: Any, name: str) -> RuleSet:
    """Parse one rule file's data; raise ``RuleFileError`` listing every problem."""
    if not isinstance(raw, Mapping):
        raise RuleFileError(f"{name}: must hold one JSON object")
    probe = Reader({})
    citations = _citations(raw.get("citations"), probe)
    read = Reader(citations)
    read.problems.extend(probe.problems)
    rule_id = read.text(raw, "id", "")
    if rule_id and f"{rule_id}.json" != name:
        read.bad("id", f"{rule_id!r} must match the file name {name!r}")
    authority = raw.get("authority")
    if not isinstance(authority, Mapping) or not all(
        authority.get(k) for k in ("name", "kind", "jurisdiction")
    ):
        read.bad("authority", "must give name, kind and jurisdiction")
        authority = {}
    cycle_raw = raw.get("cycle")
    if not isinstance(cycle_raw, Mapping):
        read.bad("cycle", "is missing")
        cycle_raw = {}
    cycle_cite, cycle_citations = read.cite(cycle_raw, "cycle.")
    cycle = Cycle(
        months=read.integer(cycle_raw, "months", "cycle.") or 12,
        anchor=read.choice(cycle_raw, "anchor", "cycle.", ANCHORS),
        grace_days=int(read.number(cycle_raw, "grace_days", "cycle.", default="0")),
        fixed_start=read.text(cycle_raw, "fixed_start", "cycle.", required=False),
        cite=cycle_cite,
        citations=cycle_citations,
    )
    if "months" not in cycle_raw:
        read.bad("cycle.months", "is missing")
    seen: set[str] = set()
    root = _requirement(raw.get("requirements"), "requirements.", read, seen)
    raw_modifiers = raw.get("modifiers", [])
    modifiers = tuple(
        _modifier(m, f"modifiers[{i}].", read, seen) for i, m in enumerate(raw_modifiers or [])
    )
    notes = read.strings(raw, "notes", "")
    effective_from = read.date(raw, "effective_from", "")
    effective_to = read.date(raw, "effective_to", "", required=False)
    if read.problems:
        raise RuleFileError([p.__class__(f"{name}: {p.field}", p.message) for p in read.problems])
    assert effective_from is not None
    return RuleSet(
        id=rule_id,
        title=read.text(raw, "title", ""),
        authority={str(k): str(v) for k, v in authority.items()},
        profession=read.text(raw, "profession", ""),
        license_type=read.text(raw, "license_type", ""),
        version=read.text(raw, "version", ""),
        effective_from=effective_from,
        effective_to=effective_to,
        cycle=cycle,
        requirements=root,
        modifiers=modifiers,
        citations=citations,
        notes=notes,
    )


def load_rule_file(path: Path) -> RuleSet:
    """Read and parse one rule file; problems name the file."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RuleFileError(f"{path.name}: cannot be read as JSON ({exc})") from exc
    return parse_rule_set(raw, path.name)


def load_dir(directory: Path) -> dict[str, RuleSet]:
    return {rs.id: rs for rs in (load_rule_file(p) for p in sorted(directory.glob("*.json")))}


@cache
def load_shipped() -> dict[str, RuleSet]:
    """The rule files shipped with OpenCME, by id (read once per process)."""
    return load_dir(RULES_DIR)
