"""Rule files: every shipped one loads, and a broken one is refused naming file and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from opencme.requirements.checks import check_rule_files
from opencme.requirements.loader import RULES_DIR, RuleFileError, load_rule_file, load_shipped

SHIPPED = sorted(RULES_DIR.glob("*.json"))
ALL_FOUR = {"us-dea-mate", "us-fl-md", "us-tx-md", "us-abim"}


def test_loader_every_shipped_rule_file_loads_with_citations():
    rule_sets = load_shipped()
    assert set(rule_sets) >= ALL_FOUR
    for rule_set in rule_sets.values():
        assert rule_set.effective_from
        for node in rule_set.walk():
            assert node.cite, f"{rule_set.id}: {node.id} has no citation"
            for citation in node.citations:
                assert citation.url.startswith("http")
                assert citation.quote
                assert citation.retrieved


def test_loader_keeps_the_verify_flag_of_secondary_sources():
    fl = load_shipped()["us-fl-md"]
    assert fl.node("human_trafficking").verify
    assert (
        not fl.node("domestic_violence").verify or fl.node("domestic_violence").counts_toward_total
    )


def _broken(tmp_path: Path, mutate) -> Path:
    raw = json.loads((RULES_DIR / "us-dea-mate.json").read_text())
    mutate(raw)
    path = tmp_path / "us-dea-mate.json"
    path.write_text(json.dumps(raw))
    return path


def test_loader_names_the_file_and_field_of_a_missing_amount(tmp_path):
    path = _broken(tmp_path, lambda raw: raw["requirements"].pop("amount"))
    with pytest.raises(RuleFileError) as err:
        load_rule_file(path)
    assert "us-dea-mate.json" in str(err.value)
    assert "requirements.amount" in str(err.value)


def test_loader_refuses_an_unknown_citation(tmp_path):
    path = _broken(tmp_path, lambda raw: raw["requirements"].__setitem__("cite", ["nowhere"]))
    with pytest.raises(RuleFileError, match=r"requirements\.cite.*nowhere"):
        load_rule_file(path)


def test_loader_refuses_a_citation_without_its_quote(tmp_path):
    def mutate(raw):
        next(iter(raw["citations"].values()))["quote"] = ""

    with pytest.raises(RuleFileError, match=r"citations\..*\.quote"):
        load_rule_file(_broken(tmp_path, mutate))


def test_loader_refuses_an_unknown_topic(tmp_path):
    def mutate(raw):
        raw["requirements"]["filter"]["topics"] = ["astrology"]

    with pytest.raises(RuleFileError, match=r"requirements\.filter\.topics.*astrology"):
        load_rule_file(_broken(tmp_path, mutate))


def test_check_refuses_a_rule_file_that_does_not_load(tmp_path):
    _broken(tmp_path, lambda raw: raw.pop("cycle"))
    errors = check_rule_files(tmp_path)
    assert [e.id for e in errors] == ["opencme.requirements.E001"]
    assert "us-dea-mate.json" in errors[0].msg


def test_check_passes_on_the_shipped_rules():
    assert check_rule_files(RULES_DIR) == []
