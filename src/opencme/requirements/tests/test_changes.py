"""What a rule change changed (``changes``): summaries compared only across rule versions."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.changes import differences, stale, status_change_words, summarize
from opencme.requirements.loader import load_shipped
from opencme.requirements.tests.helpers import credential, credit, day, physician

AS_OF = day("2026-03-01")


def _summary(rule_sets, credits):
    creds = [credential("us-dea-mate", "2027-06-30", key="7")]
    result = evaluate(physician(), creds, credits, as_of=AS_OF, rule_sets=rule_sets)
    return summarize(result, rule_sets, {"7": "DEA registration"})


def _changed_rule(rule_sets, amount: int):
    """us-dea-mate as a new version asking for ``amount`` hours instead of 8."""
    old = rule_sets["us-dea-mate"]
    root = dataclasses.replace(old.requirements, amount=Decimal(amount))
    new = dataclasses.replace(old, version="2099.1", requirements=root)
    return {**rule_sets, "us-dea-mate": new}


def test_changes_a_new_version_reports_status_and_missing_hours():
    rule_sets = load_shipped()
    credits = [credit("a", "2026-01-10", 6, topics={"substance_use_disorders"})]
    before = _summary(rule_sets, credits)
    assert before["7"]["status"] == "overdue"
    assert before["7"]["missing"]["sud_training"] == "2"
    after = _summary(_changed_rule(rule_sets, 6), credits)
    (diff,) = differences(before, after)
    assert (diff.old_version, diff.new_version) == (rule_sets["us-dea-mate"].version, "2099.1")
    assert (diff.old_status, diff.new_status) == ("overdue", "met")
    assert diff.changes == (
        f"{rule_sets['us-dea-mate'].requirements.label}: 0 hours missing (was 2 hours).",
    )
    assert status_change_words("due", "met") == (
        "your status went from Credit still due to Requirements met"
    )


def test_changes_same_version_or_new_credential_is_not_a_rule_change():
    rule_sets = load_shipped()
    before = _summary(rule_sets, [])
    more = _summary(rule_sets, [credit("a", "2026-01-10", 8, topics={"substance_use_disorders"})])
    assert differences(before, more) == []  # the clinician's own credit, not the rule
    assert differences({}, before) == []  # first snapshot: nothing to compare
    versions = {rid: rs.version for rid, rs in rule_sets.items()}
    assert not stale(before, versions)
    assert stale(before, versions | {"us-dea-mate": "2099.1"})
