"""Scoring a parsed record against a label: per-item counts and whole-field correctness.

Items: a scalar field is one item when stated; each list element is an item; each cost key
and statement flag is an item, except where nothing is stated and nothing claimed (a label's
`free: null` against the parser's default `free: false` is no item); a key left at its
default counts as missed (false negative) only, a key the label leaves unstated as a false
positive only. Shared by the benchmark and the reader's calibration so both judge a field the
same way.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

_COST_DEFAULTS: dict[str, Any] = {
    "free": False,
    "amount": None,
    "currency": None,
    "tiers": (),
    "note": None,
}


def norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return tuple(sorted((k, norm(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(norm(v) for v in value)
    return value


def items(field: str, value: Any) -> list[Any]:
    if field in ("cost", "statements"):
        return [(k, norm(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [norm(v) for v in value]
    return [] if value is None else [norm(value)]


def compare(field: str, got: Any, want: Any) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of one field."""
    if field in ("cost", "statements"):
        tp = fp = fn = 0
        got = got or {}
        for key in want or {}:
            g, w = norm(got.get(key)), norm(want[key])
            default = _COST_DEFAULTS.get(key, False)
            if field == "cost" and key == "free" and w is None and g in (None, False):
                continue  # unstated and unclaimed
            if g == w == default:
                continue
            if g == w:
                tp += 1
            elif g in (default, None):
                fn += 1  # stated, not claimed: missed, not wrong
            elif w in (default, None):
                fp += 1  # claimed, not stated
            else:
                fp += 1
                fn += 1
        return tp, fp, fn
    g, w = Counter(items(field, got)), Counter(items(field, want))
    tp = sum((g & w).values())
    return tp, sum(g.values()) - tp, sum(w.values()) - tp


def correct(field: str, got: Any, want: Any) -> bool:
    """The whole field is right: no false positive and no false negative."""
    _tp, fp, fn = compare(field, got, want)
    return fp == 0 and fn == 0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def filled(field: str, value: Any) -> bool:
    """The draft states something for this field."""
    if field == "cost":
        return value.get("free") is True or any(
            norm(value.get(k)) != d for k, d in _COST_DEFAULTS.items() if k != "free"
        )
    if field == "statements":
        return any(value.values())
    return value not in (None, [], "")
