"""What a rule change changed for one clinician: pure comparisons of evaluation summaries.

A summary (``summarize``) keeps, per credential, the rule file and version it was evaluated
under, its status and what each requirement still missed. When a later evaluation runs under
another version of a credential's rule file, ``differences`` says what moved: the status, and
each requirement added, removed or missing another amount. Changes of the clinician's own
(credit added, credential entered) are not rule changes: a credential is compared only when its
rule file's version differs, and a credential new since the last summary is not compared.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from opencme.requirements import kinds
from opencme.requirements.explain import UNIT_WORDS, number, quantity
from opencme.requirements.results import TrackerResult
from opencme.requirements.rules import RuleSet

Summary = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class Difference:
    """One credential's change under a new version of its rule file."""

    credential_key: str
    credential_name: str
    rule_set: str
    rule_title: str
    old_version: str
    new_version: str
    old_status: str
    new_status: str
    changes: tuple[str, ...]


def summarize(
    result: TrackerResult, rule_sets: Mapping[str, RuleSet], names: Mapping[str, str]
) -> Summary:
    """Per credential key of ``result``: its rule file, version, status and what is missing.
    ``names``: credential key -> how the pages name it."""
    out: Summary = {}
    for cred in result.credentials:
        rule_set = rule_sets[cred.rule_set]
        applying = [r for r in cred.requirements if r.applies and r.measure != "attestation"]
        out[cred.key] = {
            "name": names.get(cred.key, cred.title),
            "rule_set": cred.rule_set,
            "version": rule_set.version,
            "title": rule_set.title,
            "status": cred.status,
            "missing": {r.requirement_id: number(r.missing) for r in applying},
            "labels": {r.requirement_id: r.label for r in applying},
            "units": {
                r.requirement_id: UNIT_WORDS.get(r.unit or r.measure, r.unit) for r in applying
            },
        }
    return out


def _missing(entry: Mapping[str, Any], rid: str) -> Decimal:
    return Decimal(str(entry.get("missing", {}).get(rid, "0")))


def _lines(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    lines = []
    old_missing, new_missing = old.get("missing", {}), new.get("missing", {})
    units = {**old.get("units", {}), **new.get("units", {})}
    labels = {**old.get("labels", {}), **new.get("labels", {})}
    for rid in [*new_missing, *(r for r in old_missing if r not in new_missing)]:
        label, unit = labels.get(rid, rid), units.get(rid, "hours")
        before, after = _missing(old, rid), _missing(new, rid)
        if rid not in old_missing:
            state = f"{quantity(after, unit)} missing" if after else "already met"
            lines.append(f"New requirement: {label} ({state}).")
        elif rid not in new_missing:
            lines.append(f"No longer required: {label}.")
        elif before != after:
            lines.append(
                f"{label}: {quantity(after, unit)} missing (was {quantity(before, unit)})."
            )
    return lines


def differences(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Difference]:
    """The credentials of both summaries whose rule file changed version, with what moved."""
    out = []
    for key, now in new.items():
        before = old.get(key)
        if before is None or before.get("rule_set") != now["rule_set"]:
            continue
        if before.get("version") == now["version"]:
            continue
        out.append(
            Difference(
                key,
                str(now["name"]),
                str(now["rule_set"]),
                str(now["title"]),
                str(before.get("version", "")),
                str(now["version"]),
                str(before.get("status", "")),
                str(now["status"]),
                tuple(_lines(before, now)),
            )
        )
    return out


def stale(summary: Mapping[str, Any], versions: Mapping[str, str]) -> bool:
    """Whether ``summary`` was made under another version of a rule file it used (``versions``:
    rule file id -> its version now)."""
    return any(
        entry.get("rule_set") in versions and entry.get("version") != versions[entry["rule_set"]]
        for entry in summary.values()
    )


def status_change_words(old_status: str, new_status: str) -> str:
    """ "your status went from Credit still due to Requirements met"."""
    old = kinds.STATUS_WORDS.get(old_status, old_status)
    new = kinds.STATUS_WORDS.get(new_status, new_status)
    if old_status == new_status:
        return f"your status is still {new}"
    return f"your status went from {old} to {new}"
