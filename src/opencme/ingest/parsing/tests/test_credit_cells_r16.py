"""A credit table's rows of an approver's acronym and an amount (session 16, R-CR-106; invented
text). The positive assertions failed before the rule."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules("Summit Valley Pain Update\n" + text + "\n").record[
        "credits"
    ]
    return out


def test_acronym_rows_of_a_credit_table() -> None:
    got = credits(
        "Credit Type | Max Credits\nAMA PRA Category 1 Credit™ | 1.00\nANCC | 1.00\nACPE | 1.00"
    )
    assert {"type": "ANCC", "amount": 1.0, "unit": "credit"} in got
    got = credits("Credits offered\nNBCC: 1.5 hours\nAOTA – 0.15 CEUs")
    assert len(got) == 2
    assert {"type": "OTHER", "amount": 1.5, "unit": "hour", "label": "NBCC"} in got
    assert {"type": "OTHER", "amount": 0.15, "unit": "credit", "label": "AOTA"} in got
    assert credits("Credit hours\n| ASWB | 2.5 |") == [
        {"type": "ASWB_ACE", "amount": 2.5, "unit": "credit"}
    ]


def test_near_misses_of_acronym_rows() -> None:
    # a provider's number is no amount; an acronym of no approver is no credit
    assert credits("Credit information\nNBCC: 123") == []
    assert credits("Credit information\nNASA | 2.50") == []
