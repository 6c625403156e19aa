"""The topic vocabulary: lookups by code or label, broader topics, and its citations.

The vocabulary must cover every topic and approval a shipped requirement rule file names, and
each ``mandated_by`` reference must point at a requirement that really asks for the topic.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from opencme.accreditation import topics
from opencme.accreditation.topics import (
    APPROVAL_MANDATES,
    APPROVALS,
    GROUPS,
    TOPICS,
    VOCABULARY,
    clean_approvals,
    clean_topics,
    topic_code,
    topic_label,
    with_broader,
)

RULES = Path(topics.__file__).resolve().parents[1] / "requirements" / "rules"


def _nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("children", ()):
        yield from _nodes(child)


def _requirements() -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted(RULES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for node in _nodes(data["requirements"]):
            out[f"{data['id']}#{node['id']}"] = node.get("filter", {})
    return out


def test_every_topic_and_approval_a_rule_file_names_is_in_the_vocabulary() -> None:
    named_topics = {t for f in _requirements().values() for t in f.get("topics", ())}
    named_approvals = {a for f in _requirements().values() for a in f.get("approvals", ())}
    assert named_topics  # the rule files do name topics: the check is not vacuous
    assert named_topics - set(TOPICS) == set()
    assert named_approvals - set(APPROVALS) == set()


def test_each_mandate_points_at_a_requirement_that_asks_for_the_topic() -> None:
    requirements = _requirements()
    for code, topic in VOCABULARY.items():
        for ref in topic.mandated_by:
            assert ref in requirements, f"{code}: {ref} is no requirement of a rule file"
            asked = set(requirements[ref].get("topics", ())) | set(
                requirements[ref].get("approvals", ())
            )
            assert asked & (with_broader([code]) | {"tx-pharmacy-law"}), (code, ref)
    for code, refs in APPROVAL_MANDATES.items():
        assert refs, code
        for ref in refs:
            assert code in requirements[ref].get("approvals", ()), (code, ref)


def test_a_topic_no_rule_file_mandates_cites_its_source() -> None:
    raw = json.loads(topics.DATA_FILE.read_text(encoding="utf-8"))["topics"]
    for code, entry in raw.items():
        if not entry.get("mandated_by"):
            assert entry["source"]["url"].startswith("http"), code
            assert entry["source"]["quote"], code


def test_codes_and_labels_in_any_case_and_spacing_name_a_code() -> None:
    assert topic_code("medical_errors") == "medical_errors"
    assert topic_code("  Prevention   of MEDICAL errors ") == "medical_errors"
    assert topic_code("Human Trafficking") == "human_trafficking"
    assert topic_code("human trafficking") == "human_trafficking"
    assert topic_code("DEA MATE Act eligible") is None
    assert topic_code("") is None
    assert topic_label("hiv_aids") == "HIV/AIDS"
    with pytest.raises(KeyError):
        topic_label("not_a_topic")


def test_the_topics_named_in_issue_19_are_there() -> None:
    for code in (
        "opioid_prescribing",
        "substance_use_disorders",
        "medical_errors",
        "human_trafficking",
        "domestic_violence",
        "implicit_bias",
        "cultural_competency",
        "ethics",
        "infection_control",
        "hiv_aids",
        "child_abuse",
        "end_of_life",
        "geriatrics",
        "laws_and_rules_fl",
        "laws_and_rules_tx",
    ):
        assert code in TOPICS


def test_a_states_laws_and_rules_imply_the_broader_topic_only() -> None:
    assert VOCABULARY["laws_and_rules_fl"].state == "FL"
    assert with_broader(["laws_and_rules_fl"]) == {"laws_and_rules_fl", "laws_and_rules"}
    assert with_broader(["laws_and_rules"]) == {"laws_and_rules"}
    assert with_broader(["ethics", "unknown"]) == {"ethics", "unknown"}


def test_every_topic_is_in_exactly_one_group() -> None:
    grouped = [t.code for g in GROUPS for t in g.topics]
    assert sorted(grouped) == sorted(TOPICS)
    assert all(g.label and g.topics for g in GROUPS)


def test_clean_topics_keeps_vocabulary_order_and_names_the_field_for_the_rest() -> None:
    codes, problems = clean_topics(["Ethics", "medical_errors", "ethics", "Wellness", 3])
    assert codes == ["medical_errors", "ethics"]
    assert [p.field for p in problems] == ["topics", "topics"]
    assert "Wellness" in problems[0].message
    codes, problems = clean_approvals(["tx-hhsc", "meets everything"])
    assert codes == ["tx-hhsc"]
    assert [p.field for p in problems] == ["meets"]
