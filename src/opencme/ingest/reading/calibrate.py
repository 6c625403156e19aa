"""Out-of-fold calibration: how often each source is right in each situation, per field.

The training examples are split into folds by group (a listing's site when known), a tagger
is trained on the other folds, and every held-out listing is read by both the rules and that
tagger. The counts (whole field right, seen, items right, items wrong) per field, situation
and source are the combiner's table. The same held-out readings, combined with that table,
then train the confidence model (`confidence.py`): which of the combined fields were right,
against signals the combiner sees at parse time. Nothing here sees a listing it is judged on.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from opencme.ingest.parsing.draft import Draft
from opencme.ingest.reading.combine import situation
from opencme.ingest.reading.extract import Found
from opencme.ingest.reading.score import compare, correct
from opencme.ingest.reading.segment import Segment

FOLDS = 5


@dataclass(slots=True)
class Held:
    """One training listing read out of fold: the rules' draft, the tagger's reading, the label."""

    draft: Draft
    segments: list[Segment]
    found: dict[str, Found]
    want: dict[str, Any]
    group: str = ""
    # the tagger's label marginals per segment (what it thinks each line is)
    marginals: list[dict[str, float]] = dataclasses.field(default_factory=list)


def fold_of(groups: list[str], folds: int = FOLDS) -> list[int]:
    """Deterministic group folds: sorted distinct groups dealt round-robin."""
    order = {g: i % folds for i, g in enumerate(sorted(set(groups)))}
    return [order[g] for g in groups]


def held_out(
    examples: list[tuple[str, dict[str, Any]]], groups: list[str] | None = None
) -> list[Held]:
    """Every example read by the rules and by a tagger trained on the other folds."""
    from opencme.ingest.parsing.parser import parse_rules
    from opencme.ingest.reading.model_io import pack, read, train_tagger

    groups = groups or [str(i) for i in range(len(examples))]
    folds = fold_of(groups)
    out: list[Held] = []
    for k in range(FOLDS):
        train = [ex for ex, f in zip(examples, folds, strict=True) if f != k]
        test = [ex for ex, f in zip(examples, folds, strict=True) if f == k]
        tgroups = [g for g, f in zip(groups, folds, strict=True) if f == k]
        if not train or not test:
            continue
        model = pack(train_tagger(train), {})
        for (text, want), group in zip(test, tgroups, strict=True):
            draft = parse_rules(text)
            reading = read(text, model, draft)
            out.append(Held(draft, reading.segments, reading.found, want, group, reading.marginals))
    return out


def table_of(held: list[Held]) -> dict[str, Any]:
    """The combiner's table: field -> situation -> source -> [right, seen, items right, wrong]."""
    table: dict[str, dict[str, dict[str, list[int]]]] = {}
    for h in held:
        rule, want = h.draft.record, h.want
        for field in rule:
            f = h.found.get(field)
            sit = situation(field, rule[field], f, h.segments, h.draft.diagnostics)
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


def calibrate(
    examples: list[tuple[str, dict[str, Any]]], groups: list[str] | None = None
) -> dict[str, Any]:
    """The combiner's table, with the confidence model under `confidence.KEY`."""
    from opencme.ingest.reading.confidence import KEY, fit

    held = held_out(examples, groups)
    table = table_of(held)
    table[KEY] = fit(held, table)
    return table
