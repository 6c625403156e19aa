"""Confidence recalibrated on listings no rule was written against.

Every rule of the parser was written while reading the corpus, so the out-of-fold readings the
confidence model learns from (`calibrate.py`, `confidence.py`) hold out the learned part only:
on the corpus the rules are right far more often than on a site they have never seen, and a
confidence fitted there is too sure of itself elsewhere (docs/corpus.md 'Blind batches').

`corpus/calibration/` holds listings from sites outside the corpus, labelled before any parser
read them, that nobody writing rules reads. The finished model reads them, and a last logistic
curve maps each field's confidence to how often such fields were right there:

    logit(p') = (a + slope[field]) * logit(p) + b + offset[field]

The per-field offsets and slopes are shrunk toward zero (one L2 penalty, chosen by the log loss
on sites left out one at a time), so a field seen a dozen times moves only part of the way to
its own rate and spread. A field's own slope says how much its stated confidence tells right
from wrong on unseen sites, which differs by field (with one slope for all, the calibration
listings' site-left-out log loss was 0.587; with a slope each, 0.580, and 215 fields stated 0.90
or more, 0.935 of them right, against 133 and 0.947). A value a learned reader chose instead of
the rules (the provider's name, the description's paragraph, a proposed title) has an offset of
its own (`field:reader`, `curve_key`): the reader states a choice's probability, a scale apart
from the rules'. A way the rules read a field (the note of its "used" line: a format named by
a designation statement, one inferred from a series word; `combine.way`) has an offset within
its field's (`field|way`, for ways of at least WAY_ROWS rows) under the same penalty: some
fields, the format among them, state one confidence whichever way they were read (fitted on
the corpus, where every way is right about as often), and on unseen sites the ways differ
(calibration listings, sites left out one at a time: log loss 0.576 -> 0.570, fields stated
0.90 or more 238 -> 261 at 0.937 -> 0.943 right). Values never change, only how sure the draft
says it is.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from opencme.ingest.parsing.draft import Draft

KEY = "_unseen"  # where the curve lives in the calibration table
# penalties tried on the per-field offsets (log-odds units); the slope and intercept are free
PENALTIES: tuple[float, ...] = (1.0, 3.0, 10.0, 30.0, 100.0)
# a way of reading a field (`Row.way`) has an offset of its own from this many rows read that way
WAY_ROWS = 8


@dataclass(frozen=True, slots=True)
class Row:
    """One filled field of a calibration listing: its stated confidence and whether the
    whole field was right."""

    field: str
    confidence: float
    right: bool
    group: str
    way: str = ""  # how the rules read it (`combine.way`): an offset within the field's


def _logit(p: float) -> float:
    p = min(max(p, 0.005), 0.995)
    return math.log(p / (1 - p))


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))


def adjust(curve: dict[str, Any], field: str, p: float, way: str = "") -> float:
    """A confidence as the calibration listings say fields stated that sure, and read that
    way, were right."""
    slope = curve["a"] + curve.get("slope", {}).get(field, 0.0)
    z = slope * _logit(p) + curve["b"] + curve["offset"].get(field, 0.0)
    z += curve.get("way", {}).get(f"{field}|{way}", 0.0)
    return _sigmoid(z)


def curve_key(draft: Draft, field: str) -> str:
    """The field's name in the curve: `field:reader` when a learned reader chose its value
    instead of the rules (its line carries that reader's note), else `field`. A reader states
    a choice's probability, a scale of its own: on the calibration listings the learned
    provider reader's names were stated 0.26 by the provider's curve and right half the time."""
    from opencme.ingest.reading import description_lines, provider_spans, title_lines

    notes = {
        "provider": provider_spans.NOTE,
        "description": description_lines.NOTE,
        "title": title_lines.NOTE,
    }
    note = notes.get(field)
    if note and any(
        d.field == field and d.status == "used" and d.note == note for d in draft.diagnostics
    ):
        return field + ":reader"
    return field


def rows_of(listings: Sequence[tuple[str, dict[str, Any], str]], model: bytes) -> list[Row]:
    """Each filled field with a confidence of each (text, record, group) read by `model`."""
    from opencme.ingest.parsing.parser import parse_listing
    from opencme.ingest.reading.combine import way
    from opencme.ingest.reading.score import correct, filled

    out = []
    for text, want, group in listings:
        draft = parse_listing(text, model=model)
        for field, conf in draft.confidence.items():
            value = draft.record.get(field)
            if filled(field, value):
                right = correct(field, value, want.get(field))
                how = way(field, draft.diagnostics)
                out.append(Row(curve_key(draft, field), conf, right, group, how))
    return out


def _solve(rows: Sequence[Row], fields: list[str], penalty: float) -> dict[str, Any]:
    """The curve by Newton steps: slope and intercept unpenalised (a weak ridge keeps them
    finite when every row is right), each field's offset and slope under `penalty`."""
    import numpy as np

    col = {f: i + 2 for i, f in enumerate(fields)}
    tilt = {f: i + 2 + len(fields) for i, f in enumerate(fields)}
    seen = Counter(f"{r.field}|{r.way}" for r in rows if r.way and r.field in col)
    ways = sorted(w for w, n in seen.items() if n >= WAY_ROWS)
    at = {w: i + 2 + 2 * len(fields) for i, w in enumerate(ways)}
    x = np.zeros((len(rows), 2 * len(fields) + 2 + len(ways)))
    y = np.array([float(r.right) for r in rows])
    for i, r in enumerate(rows):
        x[i, 0] = _logit(r.confidence)
        x[i, 1] = 1.0
        if r.field in col:
            x[i, col[r.field]] = 1.0
            x[i, tilt[r.field]] = x[i, 0]
            if f"{r.field}|{r.way}" in at:
                x[i, at[f"{r.field}|{r.way}"]] = 1.0
    reg = np.full(x.shape[1], penalty)
    reg[:2] = 1e-3
    prior = np.zeros(x.shape[1])
    prior[0] = 1.0  # the ridge pulls toward the curve that changes nothing

    def objective(b: Any) -> float:
        z = x @ b
        # log(1 + e^z) - y z, computed without overflow
        return float((np.logaddexp(0, z) - y * z).sum() + 0.5 * (reg * (b - prior) ** 2).sum())

    beta = prior.copy()
    for _ in range(100):
        p = 1 / (1 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (p - y) + reg * (beta - prior)
        hess = (x.T * (p * (1 - p))) @ x + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        before, t = objective(beta), 1.0
        while t > 1e-6 and objective(beta - t * step) > before:
            t /= 2  # a damped step: Newton's full step can overshoot on separable rows
        beta = beta - t * step
        if np.abs(t * step).max() < 1e-9:
            break
    return {
        "a": round(float(beta[0]), 4),
        "b": round(float(beta[1]), 4),
        "offset": {f: round(float(beta[col[f]]), 4) for f in fields if abs(beta[col[f]]) > 1e-4},
        "slope": {f: round(float(beta[tilt[f]]), 4) for f in fields if abs(beta[tilt[f]]) > 1e-4},
        "way": {w: round(float(beta[at[w]]), 4) for w in ways if abs(beta[at[w]]) > 1e-4},
    }


def left_out(rows: Sequence[Row], penalty: float) -> list[float]:
    """Each row's adjusted confidence by a curve fitted without its site."""
    out = [0.0] * len(rows)
    for group in sorted({r.group for r in rows}):
        inside = [r for r in rows if r.group != group]
        curve = _solve(inside, sorted({r.field for r in inside}), penalty)
        for i, r in enumerate(rows):
            if r.group == group:
                out[i] = adjust(curve, r.field, r.confidence, r.way)
    return out


def fit(rows: Sequence[Row]) -> dict[str, Any]:
    """The curve, its offsets' penalty chosen by the log loss on sites left out one at a
    time; with the penalty, the number of rows and sites it was fitted on (the manifest says
    how much the curve rests on)."""
    if not rows:
        return {"a": 1.0, "b": 0.0, "offset": {}, "penalty": None, "rows": 0, "sites": 0}
    best: tuple[float, float] | None = None
    for pen in PENALTIES:
        ps = left_out(rows, pen)
        loss = -sum(
            math.log(max(p if r.right else 1 - p, 1e-6)) for p, r in zip(ps, rows, strict=True)
        )
        if best is None or loss < best[0] - 1e-9:
            best = (loss, pen)
    assert best is not None
    curve = _solve(rows, sorted({r.field for r in rows}), best[1])
    sites = len({r.group for r in rows})
    return dict(curve, penalty=best[1], rows=len(rows), sites=sites)
