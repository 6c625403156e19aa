"""ANY / AT_LEAST_N groups: once enough alternatives are met, the others are not gaps.

A synthetic rule file (plain data, no citation to a real authority): the combine logic is the
model's, not a board's.
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.loader import parse_rule_set
from opencme.requirements.tests.helpers import credential, credit, day, physician

CITE = {"c": {"url": "https://example.org/rule", "retrieved": "2026-12-05", "quote": "synthetic"}}


def _rule(combine: str, n: int = 1):
    raw = {
        "id": "x-combine",
        "title": "Synthetic",
        "authority": {"name": "Test", "kind": "state_board", "jurisdiction": "XX"},
        "profession": "physician",
        "license_type": "MD",
        "version": "1",
        "effective_from": "2026-01-01",
        "citations": CITE,
        "cycle": {"months": 24, "anchor": "expiry_date", "cite": ["c"]},
        "requirements": {
            "id": "alternatives",
            "label": "One of",
            "combine": combine,
            "n": n,
            "cite": ["c"],
            "children": [
                {
                    "id": t,
                    "label": t,
                    "measure": "hours",
                    "amount": 2,
                    "filter": {"topics": [t]},
                    "counts_toward_total": False,
                    "cite": ["c"],
                }
                for t in ("ethics", "geriatrics", "end_of_life")
            ],
        },
    }
    return {"x-combine": parse_rule_set(raw, "x-combine.json")}


def _run(rule_sets, topics):
    credits = [credit(t, "2026-03-01", 2, topics={t}) for t in topics]
    lic = credential("x-combine", "2027-01-31")
    return evaluate(
        physician(), [lic], credits, as_of=day("2026-06-01"), rule_sets=rule_sets
    ).credential("x-combine")


def test_combine_any_one_alternative_met_closes_the_group():
    cred = _run(_rule("any"), ["geriatrics"])
    assert cred.status == "met"
    assert cred.gaps == ()
    assert cred.requirement("ethics").missing == Decimal(2)  # still shown, not a gap


def test_combine_any_none_met_lists_the_alternatives():
    cred = _run(_rule("any"), [])
    assert [g.requirement_id for g in cred.gaps] == ["ethics", "geriatrics", "end_of_life"]


def test_combine_at_least_two():
    assert _run(_rule("at_least_n", 2), ["ethics"]).status == "due"
    assert _run(_rule("at_least_n", 2), ["ethics", "end_of_life"]).status == "met"


def test_combine_all_needs_every_child():
    cred = _run(_rule("all"), ["ethics", "geriatrics"])
    assert [g.requirement_id for g in cred.gaps] == ["end_of_life"]
