"""Out-of-fold calibration: how often each source is right in each situation, per field.

The training examples are split into folds by group (a listing's site when known), a tagger
is trained on the other folds, and every held-out listing is read by both the rules and that
tagger. The counts (whole field right, seen, items right, items wrong) per field, situation
and source are the combiner's table.
"""

from __future__ import annotations

from typing import Any

from opencme.ingest.reading.combine import situation
from opencme.ingest.reading.score import compare, correct

FOLDS = 5


def fold_of(groups: list[str], folds: int = FOLDS) -> list[int]:
    """Deterministic group folds: sorted distinct groups dealt round-robin."""
    order = {g: i % folds for i, g in enumerate(sorted(set(groups)))}
    return [order[g] for g in groups]


def calibrate(
    examples: list[tuple[str, dict[str, Any]]], groups: list[str] | None = None
) -> dict[str, Any]:
    from opencme.ingest.parsing.parser import parse_rules
    from opencme.ingest.reading.model_io import pack, read, train_tagger
    from opencme.ingest.reading.rank import train_provider_ranker

    groups = groups or [str(i) for i in range(len(examples))]
    folds = fold_of(groups)
    table: dict[str, dict[str, dict[str, list[int]]]] = {}  # field -> situation -> source
    for k in range(FOLDS):
        train = [ex for ex, f in zip(examples, folds, strict=True) if f != k]
        test = [ex for ex, f in zip(examples, folds, strict=True) if f == k]
        if not train or not test:
            continue
        model = pack(train_tagger(train), {"provider_ranker": train_provider_ranker(train)})
        for text, want in test:
            draft = parse_rules(text)
            rule = draft.record
            reading = read(text, model, draft)
            for field in rule:
                f = reading.found.get(field)
                sit = situation(field, rule[field], f, reading.segments, draft.diagnostics)
                if sit is None:
                    continue
                cell = table.setdefault(field, {}).setdefault(sit, {})
                for source, value in (("rule", rule[field]), ("tag", f.value if f else None)):
                    if source == "tag" and f is None:
                        continue
                    if source == "rule" and sit.startswith("tag"):
                        continue
                    tp, fp, _fn = compare(field, value, want.get(field))
                    old = cell.get(source, [0, 0, 0, 0])
                    new = (correct(field, value, want.get(field)), 1, tp, fp)
                    cell[source] = [a + b for a, b in zip(old, new, strict=True)]
    return table
