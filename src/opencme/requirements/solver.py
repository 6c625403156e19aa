"""The assignment as a linear programme (scipy's HiGHS): share each credit's hours among the
nodes that accept it so that the most required hours are met.

Why a solver and not a first-fit pass: an hour serves one topic, a credit may carry several
topics, and a topic's hours also count toward the totals above it; which topic a credit should
serve depends on the other credits (``test_golden_fl_md``'s medical-errors case). Credits that
the same nodes accept are merged into one supply before solving, so the programme stays small
(tens of variables) whatever the number of credits.

Model, per credential (all credentials of a clinician are solved as one block-diagonal LP):
  x[g,q] >= 0   hours of supply group g placed on node q (q accepts g)
  y[r]   in [0, demand r]   hours of node r met
  sum_q x[g,q] <= supply g
  y[r] <= sum of x[g,q] with r in chain(q) and r accepting g   (hours placed below count up)
  sum of x[g,q] with r in chain(q) and r accepting g <= cap r   (also per day, per year)
  maximise sum w[r] y[r] + eps sum x[g,q] * (nodes q's hours count toward);  w[r] = 1 plus a
  tiny priority rising in tree order that breaks ties the same way every time; the eps term places
  hours beyond what is needed where they count toward the most nodes, so "counted" shows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One credential's programme: node demands and caps, each node's counting chain (itself
    and the enclosing nodes its hours count toward), and the supply groups."""

    demands: Sequence[float]
    caps: Sequence[float | None]
    chains: Sequence[Sequence[int]]
    supplies: Sequence[float]
    accepts: Sequence[Sequence[int]]  # per group, the nodes that accept it, in tree order
    days: Sequence[str] = ()  # per group, its completion day (ISO) where period caps need it
    day_caps: Sequence[float | None] = ()  # per node
    year_caps: Sequence[float | None] = ()  # per node, per calendar year


EPS = 1e-6


def solve(problems: Sequence[Problem]) -> list[list[dict[int, float]]]:
    """For each problem, for each group, the hours placed on each node."""
    import numpy as np  # imported on first use: the app must start without paying for it
    from scipy.optimize import linprog

    columns: list[tuple[int, int, int]] = []  # (problem, group, node) for x
    y_columns: list[tuple[int, int]] = []
    for p, prob in enumerate(problems):
        for g, nodes in enumerate(prob.accepts):
            columns.extend((p, g, q) for q in nodes)
        y_columns.extend((p, r) for r, d in enumerate(prob.demands) if d > 0)
    if not columns:
        return [[{} for _ in prob.supplies] for prob in problems]
    n_x = len(columns)
    y_index = {key: n_x + i for i, key in enumerate(y_columns)}
    rows: list[dict[int, float]] = []
    bounds_ub: list[float] = []
    by_group: dict[tuple[int, int], dict[int, float]] = {}
    for col, (p, g, _q) in enumerate(columns):
        by_group.setdefault((p, g), {})[col] = 1.0
    for (p, g), row in by_group.items():
        rows.append(row)
        bounds_ub.append(problems[p].supplies[g])
    counted: dict[tuple[int, int], dict[int, float]] = {}
    for col, (p, g, q) in enumerate(columns):
        accepting = problems[p].accepts[g]
        for r in problems[p].chains[q]:
            if r in accepting:
                counted.setdefault((p, r), {})[col] = -1.0
    for (p, r), col in y_index.items():
        row = dict(counted.get((p, r), {}))
        row[col] = 1.0
        rows.append(row)
        bounds_ub.append(0.0)
    for p, prob in enumerate(problems):
        for r, cap in enumerate(prob.caps):
            if cap is not None and (p, r) in counted:
                rows.append({c: 1.0 for c in counted[(p, r)]})
                bounds_ub.append(cap)
    for p, prob in enumerate(problems):
        for caps, width in ((prob.day_caps, 10), (prob.year_caps, 4)):
            for r, cap in enumerate(caps):
                if cap is None or (p, r) not in counted:
                    continue
                periods: dict[str, dict[int, float]] = {}
                for c in counted[(p, r)]:
                    period = prob.days[columns[c][1]][:width]
                    periods.setdefault(period, {})[c] = 1.0
                for row in periods.values():
                    rows.append(row)
                    bounds_ub.append(cap)
    a_ub = np.zeros((len(rows), n_x + len(y_columns)))
    for i, row in enumerate(rows):
        for col, value in row.items():
            a_ub[i, col] = value
    cost = np.zeros(n_x + len(y_columns))
    for col, (p, g, q) in enumerate(columns):
        accepting = problems[p].accepts[g]
        cost[col] = -EPS * sum(1 for r in problems[p].chains[q] if r in accepting)
    for i, (p, r) in enumerate(y_columns):
        size = len(problems[p].demands)
        # Ties go to nodes later in tree order (topics and parts before their totals), so a
        # shortfall shows on the least specific node: "2 more hours", not "2 more on DV".
        cost[n_x + i] = -(1.0 + 1e-3 * (r + 1) / size)
    bounds = [
        *[(0.0, None)] * n_x,
        *[(0.0, problems[p].demands[r]) for p, r in y_columns],
    ]
    result = linprog(cost, A_ub=a_ub, b_ub=np.array(bounds_ub), bounds=bounds, method="highs")
    if result.status != 0:  # pragma: no cover - a feasible, bounded LP by construction
        raise RuntimeError(f"allocation solver failed: {result.message}")
    out: list[list[dict[int, float]]] = [[{} for _ in prob.supplies] for prob in problems]
    for col, (p, g, q) in enumerate(columns):
        value = float(result.x[col])
        if value > 1e-9:
            out[p][g][q] = value
    return out
