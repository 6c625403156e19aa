"""Evaluate a clinician's credits against their credentials: pure, no database.

For each credential ``planning`` works out the cycle, the nodes that apply and the credits each
accepts; ``solver`` shares the hours; this module rounds and spreads them over the credits with
reason codes, places hours beyond need where they count the most, and reports per node what is
counted and missing by when. A credit serves every credential that accepts it in full; within
one credential an hour serves one node and counts toward the nodes enclosing it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_HALF_EVEN, Decimal

from opencme.requirements.facts import ClinicianFacts, Credential, Credit
from opencme.requirements.loader import load_shipped
from opencme.requirements.planning import (
    CARRY,
    Node,
    Plan,
    credit_factor,
    node_accepts,
    plan_credential,
)
from opencme.requirements.results import (
    Application,
    CredentialResult,
    RequirementResult,
    TrackerResult,
)
from opencme.requirements.rules import RuleSet
from opencme.requirements.solver import Problem, solve

CENT = Decimal("0.01")


def _problem(plan: Plan) -> Problem:
    return Problem(
        demands=[0.0 if n.satisfied_by else float(n.amount) for n in plan.quantity],
        caps=[_float(n.req.cap) for n in plan.quantity],
        chains=[n.chain for n in plan.quantity],
        supplies=[float(sum((a for _, a in members), Decimal(0))) for _, members in plan.groups],
        accepts=[accepting for accepting, _ in plan.groups],
        days=plan.days,
        day_caps=[_float(n.req.cap_per_day) for n in plan.quantity],
        year_caps=[_float(n.req.cap_per_year) for n in plan.quantity],
    )


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _placements(plan: Plan, solution: list[dict[int, float]]) -> list[dict[int, Decimal]]:
    """Round the solver's hours to cents within each group's supply, then place what is left
    where it counts toward the most nodes (within caps), so 'counted' shows every hour."""
    out: list[dict[int, Decimal]] = []
    room = {n.index: (None if n.req.cap is None else n.req.cap) for n in plan.quantity}
    for (accepting, members), placed in zip(plan.groups, solution, strict=True):
        supply = sum((a for _, a in members), Decimal(0))
        cents = {
            q: Decimal(str(v)).quantize(CENT, ROUND_HALF_EVEN) for q, v in sorted(placed.items())
        }
        over = sum(cents.values(), Decimal(0)) - supply
        for q in sorted(cents, key=lambda k: -cents[k]):
            if over <= 0:
                break
            cut = min(over, cents[q])
            cents[q] -= cut
            over -= cut
        left = supply - sum(cents.values(), Decimal(0))
        for q, amount in cents.items():
            _take_room(plan, room, q, accepting, amount)
        if left > 0:
            best = sorted(
                accepting,
                key=lambda q: (-sum(1 for r in plan.quantity[q].chain if r in accepting), q),
            )
            for q in best:
                fits = _fits(plan, room, q, accepting, left)
                if fits > 0:
                    cents[q] = cents.get(q, Decimal(0)) + fits
                    _take_room(plan, room, q, accepting, fits)
                    left -= fits
                if left <= 0:
                    break
        out.append({q: a for q, a in cents.items() if a > 0})
    return out


def _fits(
    plan: Plan,
    room: Mapping[int, Decimal | None],
    q: int,
    accepting: tuple[int, ...],
    amount: Decimal,
) -> Decimal:
    for r in plan.quantity[q].chain:
        req = plan.quantity[r].req
        if r in accepting and (req.cap_per_day is not None or req.cap_per_year is not None):
            return Decimal(0)  # the solver alone respects caps per period
        limit = room[r]
        if r in accepting and limit is not None:
            amount = min(amount, limit)
    return max(amount, Decimal(0))


def _take_room(
    plan: Plan,
    room: dict[int, Decimal | None],
    q: int,
    accepting: tuple[int, ...],
    amount: Decimal,
) -> None:
    for r in plan.quantity[q].chain:
        limit = room[r]
        if r in accepting and limit is not None:
            room[r] = limit - amount


def _spread(
    plan: Plan, placements: list[dict[int, Decimal]]
) -> tuple[list[Application], dict[int, Decimal], dict[int, Decimal]]:
    """Split each group's placements over its credits, oldest first, with reason codes."""
    apps: list[Application] = []
    counted: dict[int, Decimal] = {}
    carried: dict[int, Decimal] = {}
    for (accepting, members), placed in zip(plan.groups, placements, strict=True):
        remaining: list[tuple[str, list[Decimal]]] = [(cid, [amount]) for cid, amount in members]
        for q, amount in placed.items():
            node = plan.quantity[q]
            for r in node.chain:
                if r in accepting:
                    counted[r] = counted.get(r, Decimal(0)) + amount
            reason = "TOPIC" if node.req.filter.topics or node.req.filter.approvals else "TOTAL"
            for cid, left in remaining:
                if amount <= 0:
                    break
                piece = min(amount, left[0])
                if piece <= 0:
                    continue
                left[0] -= piece
                amount -= piece
                if cid == CARRY:
                    carried[q] = carried.get(q, Decimal(0)) + piece
                    continue
                apps.append(Application(cid, node.req.id, piece, reason))
                apps.extend(
                    Application(cid, plan.quantity[r].req.id, piece, "ALSO_COUNTS")
                    for r in node.chain[1:]
                    if r in accepting
                )
    return apps, counted, carried


def _result(
    plan: Plan, solution: list[dict[int, float]], credits: Sequence[Credit], as_of: dt.date
) -> CredentialResult:
    apps, counted, carried = _spread(plan, _placements(plan, solution))
    results: list[RequirementResult] = []
    missing_by_id: dict[str, Decimal] = {}
    for node in plan.nodes:
        req = node.req
        if req.measure is None:
            continue
        if req.measure == "course_count":
            taken = [c for c in credits if node.applies and node_accepts(node, c)]
            apps.extend(Application(c.id, req.id, Decimal(1), "COURSE") for c in taken)
            got, required = Decimal(len(taken)), node.amount
        elif req.measure == "attestation":
            got, required = Decimal(1 if node.satisfied_by else 0), Decimal(1)
        else:
            got, required = counted.get(node.index, Decimal(0)), node.amount
        missing = (
            Decimal(0) if not node.applies or node.satisfied_by else max(Decimal(0), required - got)
        )
        missing_by_id[req.id] = missing
        results.append(
            RequirementResult(
                requirement_id=req.id,
                label=req.label,
                measure=req.measure,
                unit=req.unit,
                required=required,
                counted=got,
                missing=missing,
                applies=node.applies,
                due=node.due,
                window_start=node.start,
                window_end=node.end,
                satisfied_by=node.satisfied_by,
                carried_over=carried.get(node.index, Decimal(0)),
                verify=node.verify,
                citations=req.citations,
            )
        )
    gap_ids = _gap_ids(plan, missing_by_id)
    used = {a.credit_id for a in apps}
    rejected = {c.id: plan.seen.get(c.id, "CAP_REACHED") for c in credits if c.id not in used}
    status = _status(plan, results, gap_ids, as_of)
    return CredentialResult(
        key=plan.credential.key,
        rule_set=plan.rule_set.id,
        title=plan.rule_set.title,
        cycle_start=plan.cycle.start,
        cycle_end=plan.cycle.end,
        deadline=plan.cycle.end,
        status=status,
        requirements=tuple(results),
        gap_ids=tuple(gap_ids),
        applications=tuple(sorted(apps, key=lambda a: (a.credit_id, a.requirement_id, a.reason))),
        rejected=rejected,
        factors={
            c.id: f for c in credits if (f := credit_factor(plan.rule_set, c)) != 1 and c.id in used
        },
    )


def _gap_ids(plan: Plan, missing: Mapping[str, Decimal]) -> list[str]:
    """Nodes still missing something that the tree still needs, in tree order: under an
    ``any`` or ``at_least_n`` node that enough children already meet, the others are not gaps
    (their progress is still reported). A child that does not apply neither meets nor counts."""
    children: dict[int, list[Node]] = {}
    for node in plan.nodes:
        if node.parent is not None:
            children.setdefault(id(node.parent), []).append(node)

    def applies(node: Node) -> bool:
        return node.applies or any(applies(c) for c in children.get(id(node), []))

    def met(node: Node) -> bool:
        return missing.get(node.req.id, Decimal(0)) == 0 and enough(node)

    def enough(node: Node) -> bool:
        relevant = [c for c in children.get(id(node), []) if applies(c)]
        want = {"any": 1, "at_least_n": node.req.n}.get(node.req.combine, len(relevant))
        return sum(1 for c in relevant if met(c)) >= min(want, len(relevant))

    needed: dict[int, bool] = {}
    out: list[str] = []
    for node in plan.nodes:  # parents come before their children
        need = node.parent is None or (
            needed[id(node.parent)]
            and not (node.parent.req.combine != "all" and enough(node.parent))
        )
        needed[id(node)] = need
        if need and missing.get(node.req.id, Decimal(0)) > 0:
            out.append(node.req.id)
    return out


def _status(
    plan: Plan, results: list[RequirementResult], gap_ids: list[str], as_of: dt.date
) -> str:
    if not plan.root_applies:
        return "not_applicable"
    if plan.exempt:
        return "exempt"
    if not gap_ids:
        return "met"
    due = min(r.due for r in results if r.requirement_id in gap_ids)
    if as_of <= due:
        return "due"
    if as_of <= due + dt.timedelta(days=plan.rule_set.cycle.grace_days):
        return "grace"
    return "overdue"


def evaluate(
    facts: ClinicianFacts,
    credentials: Iterable[Credential],
    credits: Iterable[Credit],
    *,
    as_of: dt.date,
    rule_sets: Mapping[str, RuleSet] | None = None,
) -> TrackerResult:
    """Evaluate every credential on ``as_of``; the same input always gives the same answer,
    whatever the order of ``credits``."""
    rule_sets = load_shipped() if rule_sets is None else rule_sets
    ordered = sorted(credits, key=lambda c: (c.completed_on, c.id))
    plans = [
        plan_credential(facts, cred, rule_sets[cred.rule_set], ordered, as_of)
        for cred in credentials
    ]
    solutions = solve([_problem(p) for p in plans])
    return TrackerResult(
        as_of, tuple(_result(p, s, ordered, as_of) for p, s in zip(plans, solutions, strict=True))
    )
