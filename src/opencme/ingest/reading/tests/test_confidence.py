"""The confidence model: separates what the situation table cannot, never changes a value, and
never claims certainty from a streak."""

from __future__ import annotations

import copy
from typing import Any

from opencme.ingest.parsing.draft import Draft, empty_record
from opencme.ingest.reading.calibrate import Held, table_of
from opencme.ingest.reading.combine import combine
from opencme.ingest.reading.confidence import KEY, fit, predict


def _held(field: str, got: Any, want: Any, group: int) -> Held:
    record = empty_record()
    record[field] = got
    label = empty_record()
    label[field] = want
    return Held(Draft(record, text="x"), [], {}, label, f"site{group}")


def _formats() -> list[Held]:
    """Format read by the rules in one situation (prose): "live" right 29 times in 30,
    "enduring" right 12 times in 30; the table sees one rate for both."""
    held = []
    for i in range(30):
        held.append(_held("format", "live", "live" if i else "enduring", i % 10))
        held.append(_held("format", "enduring", "enduring" if i < 12 else None, i % 10))
    return held


def _confidence(held: Held, cal: dict[str, Any]) -> tuple[dict[str, Any], float]:
    draft = copy.deepcopy(held.draft)
    combine(draft, [], {}, cal)
    return draft.record, draft.confidence["format"]


def test_a_signal_the_situation_table_cannot_see_separates_right_from_wrong() -> None:
    held = _formats()
    table = table_of(held)
    _r, flat_live = _confidence(held[0], table)
    _r, flat_enduring = _confidence(held[1], table)
    assert flat_live == flat_enduring  # one situation, one rate
    cal = {**table, KEY: fit(held, table)}
    _r, live = _confidence(held[0], cal)
    _r, enduring = _confidence(held[1], cal)
    # 29 of 30 against 12 of 30, each pulled halfway (log-odds) toward the table's 41 of 60
    assert live > 0.8 > flat_live > 0.6 > enduring > 0.4


def test_the_model_changes_confidences_only_never_a_value() -> None:
    held = _formats()
    table = table_of(held)
    cal = {**table, KEY: fit(held, table)}
    for h in held[:6]:
        assert _confidence(h, cal)[0] == _confidence(h, table)[0]


def test_a_field_never_wrong_in_training_is_not_claimed_certain() -> None:
    held = [_held("expires", "2027-01-01", "2027-01-01", i % 10) for i in range(40)]
    table = table_of(held)
    model = fit(held, table)
    cal = {**table, KEY: model}
    draft = copy.deepcopy(held[0].draft)
    combine(draft, [], {}, cal)
    # Platt's targets (40 right of 40 is at most (40 + 1) / (40 + 2) = 0.976 to the model)
    # and the table's Beta prior both keep it short of certain
    assert 0.9 < draft.confidence["expires"] < 0.99
    assert predict(model, "title", {"rate": 2.0}) is None  # no model, no claim
