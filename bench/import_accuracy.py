"""Field-by-field accuracy of the listing parser against hand-checked expected records.

Usage: python bench/import_accuracy.py [DIR]   (default: tests/fixtures/listings)

Every `<name>.txt` / `<name>.html` with a `<name>.expected.json` is parsed. Items compared:
scalar fields (one item when stated), each list element (credits, MOC entries, faculty, ...),
each cost key and each statement flag. A parsed item equal to an expected one is a true
positive; a parsed item with no equal is a false positive; an expected item never matched is
a false negative. Prints precision, recall and F1 per field and overall; the last line is
`import accuracy fields=<n> f1=<x.xxx> credits_f1=<x.xxx>`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from opencme.ingest.parsing import RECORD_KEYS, parse_listing  # noqa: E402


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return tuple(sorted((k, _norm(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_norm(v) for v in value)
    return value


def _items(field: str, value: Any) -> list[Any]:
    """The comparable items of one field."""
    if field in ("cost", "statements"):
        return [(k, _norm(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [_norm(v) for v in value]
    return [] if value is None else [_norm(value)]


def _compare(field: str, got: Any, want: Any) -> tuple[int, int, int]:
    if field in ("cost", "statements"):
        tp = fp = fn = 0
        defaults = {"free": False, "amount": None, "currency": None, "tiers": (), "note": None}
        for key in want:
            g, w = _norm(got.get(key)), _norm(want[key])
            default = defaults.get(key, False)
            if g == w == default:
                continue  # nothing stated and nothing claimed: not an item
            if g == w:
                tp += 1
            else:
                fp += 1
                fn += 1
        return tp, fp, fn
    g, w = Counter(_items(field, got)), Counter(_items(field, want))
    tp = sum((g & w).values())
    return tp, sum(g.values()) - tp, sum(w.values()) - tp


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else ROOT / "tests" / "fixtures" / "listings"
    totals: dict[str, list[int]] = {k: [0, 0, 0] for k in RECORD_KEYS}
    verbose = "-v" in argv
    n = 0
    for expected_path in sorted(folder.glob("*.expected.json")):
        stem = expected_path.name.removesuffix(".expected.json")
        sources = [p for p in (folder / f"{stem}.txt", folder / f"{stem}.html") if p.exists()]
        if not sources:
            continue
        want = json.loads(expected_path.read_text(encoding="utf-8"))
        got = parse_listing(sources[0].read_text(encoding="utf-8"), origin=sources[0].name).record
        n += 1
        for key in RECORD_KEYS:
            tp, fp, fn = _compare(key, got[key], want[key])
            totals[key][0] += tp
            totals[key][1] += fp
            totals[key][2] += fn
            if verbose and (fp or fn):
                print(f"  {stem}: {key}: got {got[key]!r} want {want[key]!r}")
    print(f"{'field':<20}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}{'f1':>7}")
    all_tp = all_fp = all_fn = 0
    for key, (tp, fp, fn) in totals.items():
        p, r, f = _prf(tp, fp, fn)
        all_tp, all_fp, all_fn = all_tp + tp, all_fp + fp, all_fn + fn
        print(f"{key:<20}{tp:>5}{fp:>5}{fn:>5}{p:>11.3f}{r:>8.3f}{f:>7.3f}")
    p, r, f = _prf(all_tp, all_fp, all_fn)
    print(f"{'overall':<20}{all_tp:>5}{all_fp:>5}{all_fn:>5}{p:>11.3f}{r:>8.3f}{f:>7.3f}")
    print(f"listings={n}")
    cf = _prf(*totals["credits"])[2]
    print(f"import accuracy fields={len(RECORD_KEYS)} f1={f:.3f} credits_f1={cf:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
