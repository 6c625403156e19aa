"""A small logistic regression over named features, for the reader's learned checks.

Each row is a list of feature names (a line's words, a span's context); the model is a dict of
weights by name, so it ships as JSON in the manifest and scores without numpy. Fitted with an
L2 penalty by L-BFGS (scipy, imported only when training); positives can be weighted up when
they are few. The same rows give the same weights, which `opencme train-parser` relies on to
rebuild the model bit for bit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from itertools import repeat
from typing import Any


def fit(
    rows: list[list[str]],
    ys: list[float],
    *,
    l2: float,
    positive_weight: float,
    keep: float,
) -> dict[str, float]:
    """Weights by feature name; weights smaller than `keep` are left out."""
    import numpy as np
    from scipy import sparse
    from scipy.optimize import minimize

    vocab = {f: j for j, f in enumerate(sorted({f for r in rows for f in r}))}
    ri = [i for i, r in enumerate(rows) for _ in r]
    ci = [vocab[f] for r in rows for f in r]
    x = sparse.csr_matrix((np.ones(len(ci)), (ri, ci)), shape=(len(rows), len(vocab)))
    y = np.array(ys)
    sw = np.where(y > 0, positive_weight, 1.0)

    def loss(w: Any) -> tuple[float, Any]:
        z = x @ w
        lse = np.logaddexp(0.0, z)  # log(1 + e^z) without overflow
        value = float(np.sum(sw * (lse - y * z)) + l2 * (w @ w) / 2)
        p = np.exp(z - lse)
        return value, x.T @ (sw * (p - y)) + l2 * w

    res = minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B")
    names = sorted(vocab, key=vocab.__getitem__)
    return {f: round(float(w), 4) for f, w in zip(names, res.x, strict=True) if abs(w) >= keep}


def bucket(n: int, edges: tuple[int, ...]) -> str:
    """A count as a feature value: the first edge it does not pass, else "more"."""
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


def score(weights: dict[str, float], feats: Iterable[str]) -> float:
    """The probability the row is a positive."""
    z = sum(map(weights.get, feats, repeat(0.0)))  # in C: the same sum, in the same order
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


NONE = "none"  # the feature of the choice "none of them"


def fit_choice(
    pages: list[tuple[list[list[str]], int | None]], *, l2: float, keep: float
) -> dict[str, float]:
    """Weights of a choice among each page's candidates (a conditional logit: the scores of
    one page's candidates and of "none of them" go through one softmax). `pages` holds each
    page's candidate rows and the index of the right one, None when none is."""
    import numpy as np
    from scipy import sparse
    from scipy.optimize import minimize

    rows: list[list[str]] = []
    ys: list[float] = []
    starts: list[int] = []
    for cands, right in pages:
        starts.append(len(rows))
        rows += cands
        ys += [1.0 if k == right else 0.0 for k in range(len(cands))]
        rows.append([NONE])
        ys.append(1.0 if right is None else 0.0)
    vocab = {f: j for j, f in enumerate(sorted({f for r in rows for f in r}))}
    ri = [i for i, r in enumerate(rows) for _ in r]
    ci = [vocab[f] for r in rows for f in r]
    x = sparse.csr_matrix((np.ones(len(ci)), (ri, ci)), shape=(len(rows), len(vocab)))
    y = np.array(ys)
    idx = np.array(starts)
    sizes = np.diff(np.append(idx, len(rows)))

    def loss(w: Any) -> tuple[float, Any]:
        z = x @ w
        top = np.maximum.reduceat(z, idx)
        e = np.exp(z - np.repeat(top, sizes))
        total = np.add.reduceat(e, idx)
        p = e / np.repeat(total, sizes)
        value = float(np.sum(np.log(total) + top) - y @ z + l2 * (w @ w) / 2)
        return value, x.T @ (p - y) + l2 * w

    res = minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B")
    names = sorted(vocab, key=vocab.__getitem__)
    return {f: round(float(w), 4) for f, w in zip(names, res.x, strict=True) if abs(w) >= keep}


def choice(weights: dict[str, float], rows: list[list[str]]) -> list[float]:
    """Each candidate's probability of being the one; "none of them" has the rest."""
    get = weights.get
    zs = [sum(map(get, r, repeat(0.0))) for r in rows] + [get(NONE, 0.0)]
    top = max(zs)
    es = [math.exp(z - top) for z in zs]
    total = sum(es)
    return [e / total for e in es[:-1]]
