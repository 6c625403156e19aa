"""A field's confidence from more than its situation: a small calibrated model per field.

The combiner's table (`combine.py`) gives one rate per situation (a key read by the rules, a
value the tagger and rules agree on), so every field read the same way got the same
confidence. Here a logistic model per field turns signals the combiner sees at parse time
into the probability that the whole field is right: that table's rate, whether the tagger
agrees with the value kept (and how sure it is), how sure the tagger is that the lines the
rules used are of the field's kind, how the rules read it (their diagnostic's note), whether
a check of the accreditation rules fails on it, its value when from a closed vocabulary, how
many items it has, and how much the page looks like a course listing at all. It is trained on
the training listings read out of fold (`calibrate.py`); the signals kept and their penalty
are chosen, and the scores recalibrated (Platt), on predictions for sites the weights were
not fitted on; the result is averaged with the table's rate in log-odds (`predict`). The
model never changes a value, only how sure the draft says it is.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from opencme.ingest.parsing.draft import Draft
from opencme.ingest.reading.extract import Found
from opencme.ingest.reading.score import filled, items, norm
from opencme.ingest.reading.segment import Segment

if TYPE_CHECKING:
    from opencme.ingest.reading.calibrate import Held

KEY = "_confidence"  # where the model lives in the calibration table
# a field with fewer held-out rows than this gets no signals: a constant or its table rate
MIN_ROWS = 40
# a signal is used for a field when present (and absent) in at least this many of its rows
MIN_WAY = 8
# L2 penalties of the logistic weights tried (features are standardised while fitting)
PENALTIES: tuple[float, ...] = (1.0, 4.0, 16.0, 64.0)
FOLDS = 5
# the tagger's label for the lines a field is read from (reading/align.py's LABELS)
LINE_LABEL: dict[str, str] = {
    "title": "title",
    "provider": "provider",
    "description": "description",
    "objectives": "objective",
    "faculty": "faculty",
    "audience": "audience",
    "specialties": "specialty",
    "location": "location",
    "credits": "credit",
    "moc": "credit",
    "start_date": "date",
    "end_date": "date",
    "expires": "date",
    "cost": "cost",
    "statements": "statement",
    "commercial_support": "statement",
}
_ENUM = re.compile(r"[a-z]+(?:_[a-z]+)*")


def _logit(p: float) -> float:
    p = min(max(p, 0.01), 0.99)
    return math.log(p / (1 - p))


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z)) if z > -30 else 0.0


@dataclass(slots=True)
class _Page:
    """What every field's signals look up, gathered in one pass over the listing."""

    keys: set[str | None]
    used: dict[str, tuple[str, set[int]]]  # field -> (note of its first "used" line, lines)
    line_segs: dict[int, list[int]]  # line -> indexes of the segments holding it
    marginals: Sequence[dict[str, float]]
    problems: frozenset[str]
    shape: dict[str, float]


def _page(
    draft: Draft,
    segs: Sequence[Segment],
    sits: dict[str, str],
    marginals: Sequence[dict[str, float]],
) -> _Page:
    from opencme.ingest.parsing.checks import check

    problems = frozenset(p.field.split(".")[0] for p in check(draft))
    used: dict[str, tuple[str, set[int]]] = {}
    for d in draft.diagnostics:
        if d.status == "used":
            used.setdefault(d.field, (d.note, set()))[1].add(d.line)
    line_segs: dict[int, list[int]] = {}
    for i, seg in enumerate(segs[: len(marginals)]):
        for no in seg.lines:
            line_segs.setdefault(no, []).append(i)
    return _Page(
        keys={s.key for s in segs} | {s.heading_key for s in segs},
        used=used,
        line_segs=line_segs,
        marginals=marginals,
        problems=problems,
        shape=page_signals(draft, segs, sits, len(problems)),
    )


def signals(
    field: str, draft: Draft, found: Found | None, sit: str, rate: float, page: _Page
) -> dict[str, float]:
    """What the combiner knows about one filled field, as named numbers."""
    value = draft.record[field]
    kind = sit.split("|")[0]
    out = {"rate": _logit(rate), "kind=" + kind: 1.0, **page.shape}
    if isinstance(value, bool) or (isinstance(value, str) and _ENUM.fullmatch(value)):
        out[f"value={value}"] = 1.0  # a closed vocabulary's value (format, delivery, ...)
    if field in page.keys:
        out["keyed"] = 1.0
    if field in page.problems:
        out["check"] = 1.0
    used = page.used.get(field)
    if used:
        out["way=" + ("-".join(used[0].lower().split()) or "key")] = 1.0
        label = LINE_LABEL.get(field)
        near = {i for no in used[1] for i in page.line_segs.get(no, ())}
        if label and near:
            # how sure the tagger is that the lines the value came from are this field's kind
            out["line_tag"] = max(page.marginals[i].get(label, 0.0) for i in near)
    # items(field, value) counts a dict's keys, a list's elements, a scalar once
    n = len(value) if isinstance(value, dict | list) else int(value is not None)
    out["items"] = math.log1p(n)
    if isinstance(value, str):
        out["chars"] = math.log1p(len(value))
    if found is not None and filled(field, found.value):
        out["tag"] = found.confidence
        mine = items(field, value)
        theirs = items(field, found.value)
        same = len(set(mine) & set(theirs)) / max(len(set(mine) | set(theirs)), 1)
        out["tag_same"] = 1.0 if norm(found.value) == norm(value) else same
    return out


def all_signals(
    draft: Draft,
    segs: Sequence[Segment],
    found: dict[str, Found],
    sits: dict[str, str],
    marginals: Sequence[dict[str, float]] = (),
) -> dict[str, dict[str, float]]:
    """The signals of every field the combined draft filled with a confidence."""
    page = _page(draft, segs, sits, marginals)
    out = {}
    for field, conf in draft.confidence.items():
        sit = sits.get(field)
        if sit is not None and filled(field, draft.record[field]):
            out[field] = signals(field, draft, found.get(field), sit, conf, page)
    return out


def page_signals(
    draft: Draft, segs: Sequence[Segment], sits: dict[str, str], problems: int
) -> dict[str, float]:
    """How much the page looks like a course listing at all (a news story or a programme
    page is read worse in every field): its keyed lines, its length, how much was filled,
    how often the tagger and the rules agreed on it, the checks failing, the lines unread."""
    keyed = sum(1 for s in segs if s.key or s.heading_key)
    full = sum(1 for k, v in draft.record.items() if filled(k, v))
    kinds = [s.split("|")[0] for s in sits.values()]
    both = sum(1 for k in kinds if k in ("agree", "disagree"))
    unread = sum(1 for d in draft.diagnostics if d.status == "not_understood")
    return {
        "page_agree": sum(1 for k in kinds if k == "agree") / both if both else 0.5,
        "page_checks": float(problems),
        "page_unread": unread / max(len(segs), 1),
        "page_keys": math.log1p(keyed),
        "page_lines": math.log1p(len(segs)),
        "page_filled": full / 10,
        "page_credits": 1.0 if draft.record.get("credits") else 0.0,
    }


def refine(
    draft: Draft,
    segs: Sequence[Segment],
    found: dict[str, Found],
    sits: dict[str, str],
    model: dict[str, Any],
    marginals: Sequence[dict[str, float]] = (),
) -> None:
    """Replace the table's confidences of the combined draft by the model's, in place."""
    for field, sig in all_signals(draft, segs, found, sits, marginals).items():
        p = predict(model, field, sig)
        if p is not None:
            draft.confidence[field] = round(p, 4)


def predict(model: dict[str, Any], field: str, sig: dict[str, float]) -> float | None:
    """The probability that the field is right; None when no model for it. Two calibrated
    estimates are averaged on the log-odds scale: the situation table's shrunk rate and the
    signal model's. Their errors differ (the table's is coarse, the model's is noisy on few
    sites), and the mean kept the top bands honest where the model alone overstated (the
    reliability table of bench/import_accuracy.py, grouped CV)."""
    m = model.get(field)
    if m is None:
        return None
    w = m["w"]
    z = m["b"] + sum(w.get(k, 0.0) * v for k, v in sig.items())
    a, c = m["platt"]
    return _sigmoid((a * z + c + sig["rate"]) / 2)


# ---- fitting (training only) ----


def _fit_logistic(
    rows: list[dict[str, float]],
    ys: list[int],
    names: list[str],
    penalty: float,
    smooth: bool = False,
) -> tuple[dict[str, float], float]:
    """L2 logistic regression by Newton steps; weights in the features' own units. `smooth`
    uses Platt's targets, (n+ + 1) / (n+ + 2) for a right row and 1 / (n- + 2) for a wrong
    one: a field never wrong in n rows is not thereby certain."""
    import numpy as np

    x = np.array([[r.get(n, 0.0) for n in names] for r in rows], dtype=float)
    y = np.array(ys, dtype=float)
    if smooth:
        pos = float(y.sum())
        neg = len(y) - pos
        y = np.where(y > 0.5, (pos + 1) / (pos + 2), 1 / (neg + 2))
    mu = x.mean(axis=0) if len(x) else np.zeros(len(names))
    sd = x.std(axis=0) if len(x) else np.ones(len(names))
    sd[sd < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mu) / sd])
    beta = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], penalty)
    reg[0] = 1e-6
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -30, 30)))
        grad = z.T @ (p - y) + reg * beta
        hess = (z.T * (p * (1 - p))) @ z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    w = beta[1:] / sd
    b = float(beta[0] - (w * mu).sum())
    return {n: round(float(v), 4) for n, v in zip(names, w, strict=True) if abs(v) > 1e-6}, b


def _score(w: dict[str, float], b: float, r: dict[str, float]) -> float:
    return b + sum(w.get(k, 0.0) * v for k, v in r.items())


def _out_of_group(
    rows: list[dict[str, float]], ys: list[int], folds: list[int], names: list[str], pen: float
) -> list[float]:
    """Each row's score by weights fitted without its fold (its sites)."""
    scores = [0.0] * len(rows)
    for k in range(FOLDS):
        inside = [i for i, f in enumerate(folds) if f != k]
        if not inside or len(set(ys[i] for i in inside)) < 2:
            continue
        wk, bk = _fit_logistic([rows[i] for i in inside], [ys[i] for i in inside], names, pen)
        for i, f in enumerate(folds):
            if f == k:
                scores[i] = _score(wk, bk, rows[i])
    return scores


def _varies(rows: list[dict[str, float]], name: str) -> bool:
    """A signal worth a weight: at least MIN_WAY rows differ from its commonest value."""
    counts: dict[float, int] = {}
    for r in rows:
        v = r.get(name, 0.0)
        counts[v] = counts.get(v, 0) + 1
    return len(rows) - max(counts.values()) >= MIN_WAY


def _log_loss(ps: list[float], ys: list[int]) -> float:
    return -sum(math.log(max(p if y else 1 - p, 1e-6)) for p, y in zip(ps, ys, strict=True))


def _fit_field(rows: list[dict[str, float]], ys: list[int], groups: list[str]) -> dict[str, Any]:
    """One field's weights on all its rows and a Platt curve on out-of-group scores. The
    feature set and penalty (the table's rate alone, or every signal at one of PENALTIES) are
    chosen by the recalibrated out-of-group log loss: a signal earns its place on sites the
    weights did not see."""
    from opencme.ingest.reading.calibrate import fold_of

    every = sorted({"rate", *(k for k in {k for r in rows for k in r} if _varies(rows, k))})
    candidates: list[tuple[list[str], float]] = [([], 1.0), (["rate"], 1.0)]
    if len(rows) >= MIN_ROWS and len(set(ys)) == 2:
        candidates += [(every, pen) for pen in PENALTIES]
    folds = fold_of(groups, FOLDS)
    best: tuple[float, list[str], float, list[float], float] | None = None
    for names, pen in candidates:
        scores = _out_of_group(rows, ys, folds, names, pen)
        pw, pb = _fit_logistic([{"s": x} for x in scores], ys, ["s"], 1.0, smooth=True)
        a = pw.get("s", 0.0)
        loss = _log_loss([_sigmoid(a * x + pb) for x in scores], ys)
        if best is None or loss < best[0] - 1e-9:
            best = (loss, names, pen, [a, pb], 0.0)
    assert best is not None
    _loss, names, pen, platt, _ = best
    w, b = _fit_logistic(rows, ys, names, pen)
    return {"w": w, "b": round(b, 4), "platt": [round(platt[0], 4), round(platt[1], 4)]}


def fit(held: list[Held], table: dict[str, Any]) -> dict[str, Any]:
    """Per field, the model of whether the combined value is right, from held-out readings."""
    import copy

    from opencme.ingest.reading.combine import combine, situation
    from opencme.ingest.reading.score import correct

    data: dict[str, tuple[list[dict[str, float]], list[int], list[str]]] = {}
    for h in held:
        rule = h.draft.record
        sits = {}
        for f in rule:
            sit = situation(f, rule[f], h.found.get(f), h.segments, h.draft.diagnostics)
            if sit is not None:
                sits[f] = sit
        draft = copy.deepcopy(h.draft)
        combine(draft, h.segments, h.found, table)
        for field, sig in all_signals(draft, h.segments, h.found, sits, h.marginals).items():
            rows, ys, groups = data.setdefault(field, ([], [], []))
            rows.append(sig)
            ys.append(int(correct(field, draft.record[field], h.want.get(field))))
            groups.append(h.group)
    return {field: _fit_field(*d) for field, d in sorted(data.items())}
