"""The provider ranker: a conditional logit model over a listing's candidate organisations.

Each listing is one choice among its candidates (`orgs.candidates`) and "no provider"; a
candidate's score is the sum of its features' weights, and a softmax over the listing's
choices gives each its probability. Training minimises the L2-regularised negative
log-likelihood with L-BFGS (scipy, imported only to train) from zero weights, on listings in
the order given and features in sorted order, so the same corpus gives the same weights; the
weights (rounded) live in the model's JSON, and scoring needs no library at all.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from opencme.ingest.parsing.org_names import spelled_out
from opencme.ingest.reading.extract import Found
from opencme.ingest.reading.orgs import Candidate, candidates, null_features
from opencme.ingest.reading.segment import Segment

L2 = 0.3
MAX_ITER = 300
NULL = ""  # the "no provider" choice


Choice = tuple[str, set[str], list[int]]


def choices(segs: list[Segment], rule: dict[str, Any] | None) -> list[Choice]:
    """(name, features, lines) of every choice of a listing, "no provider" last."""
    cands: list[Candidate] = candidates(segs, rule)
    out = [(c.name, c.feats, c.lines) for c in cands]
    out.append((NULL, null_features(cands, rule), []))
    return out


def train_provider_ranker(examples: list[tuple[str, dict[str, Any]]]) -> dict[str, float]:
    """The ranker's weights from (text, record) pairs, read the way `read` reads them."""
    from opencme.ingest.parsing.parser import parse_rules
    from opencme.ingest.reading.segment import listing_text, segment

    listings = []
    for text, record in examples:
        segs = segment(listing_text(text))
        listings.append((choices(segs, parse_rules(text).record), record.get("provider")))
    return train_ranker(listings)


def train_ranker(
    listings: Sequence[tuple[list[Choice], str | None]],
) -> dict[str, float]:
    """Weights from (choices, wanted provider or None) pairs; a listing whose provider is
    not among its candidates teaches nothing and is left out."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    kept = []
    for chs, want in listings:
        names = [c[0] for c in chs]
        target = names.index(want) if want in names else (len(chs) - 1 if not want else -1)
        if target >= 0:
            kept.append((chs, target))
    vocab = sorted({f for chs, _t in kept for _n, feats, _l in chs for f in feats})
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    starts, targets = [], []
    r = 0
    for chs, target in kept:
        starts.append(r)
        targets.append(r + target)
        for _n, feats, _l in chs:
            for f in sorted(feats):
                rows.append(r)
                cols.append(index[f])
            r += 1
    if not kept or not vocab:
        return {}
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(r, len(vocab)))
    starts_a = np.array(starts)
    group = np.repeat(np.arange(len(starts)), np.diff(np.append(starts_a, r)))
    y = np.zeros(r)
    y[targets] = 1.0

    def loss(w: Any) -> tuple[float, Any]:
        s = x @ w
        smax = np.maximum.reduceat(s, starts_a)
        e = np.exp(s - smax[group])
        z = np.add.reduceat(e, starts_a)
        p = e / z[group]
        nll = -float(np.sum(np.log(p[targets]) if len(targets) else 0.0))
        grad = x.T @ (p - y) + L2 * w
        return nll + 0.5 * L2 * float(w @ w), grad

    res = minimize(
        loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": MAX_ITER}
    )
    return {f: round(float(v), 4) for f, v in zip(vocab, res.x, strict=True) if round(v, 4)}


def rank(weights: dict[str, float], chs: list[Choice]) -> list[tuple[float, str, list[int]]]:
    """(probability, name, lines) of every choice, best first."""
    # fsum is exactly rounded, so the score does not depend on the order a set of features
    # iterates in (it changes from process to process with string hashing)
    scores = [math.fsum(weights.get(f, 0.0) for f in feats) for _n, feats, _l in chs]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    z = sum(exps)
    ranked = [(e / z, n, ls) for e, (n, _f, ls) in zip(exps, chs, strict=True)]
    ranked.sort(key=lambda t: (-t[0], t[1]))
    return ranked


def ranked_provider(
    weights: dict[str, float], segs: list[Segment], rule: dict[str, Any] | None
) -> Found:
    """The ranker's provider: its best choice (value None for "no provider") and probability."""
    p, name, lines = rank(weights, choices(segs, rule))[0]
    if name:  # an acronym the page spells out is named in full, as the rules do (R-PV-6)
        name = spelled_out(name, "\n".join(s.raw for s in segs))
    return Found(name or None, p, sorted(lines))
