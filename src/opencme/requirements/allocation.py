"""Evaluate a clinician's credits against their credentials: pure, no database.

For each credential: the cycle, which nodes apply (conditions, exemptions, equivalencies), which
credits each node accepts (filter and window), the shared-hours assignment (``solver``), then
surplus hours placed where they count the most, and the explanation: per credit, what it was
applied to and why; per node, what is counted and missing by when. A credit serves every
credential that accepts it in full; within one credential an hour serves one node and counts
toward the nodes enclosing it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal

from opencme.requirements.cycles import CycleDates, add_months, cycle_dates, due_date, window
from opencme.requirements.facts import ClinicianFacts, Credential, Credit
from opencme.requirements.loader import load_shipped
from opencme.requirements.results import (
    Application,
    CredentialResult,
    RequirementResult,
    TrackerResult,
)
from opencme.requirements.rules import QUANTITIES, Requirement, RuleSet
from opencme.requirements.solver import Problem, solve

CENT = Decimal("0.01")
CARRY = "carry-over"


@dataclass
class _Node:
    req: Requirement
    parent: _Node | None
    applies: bool
    start: dt.date | None
    end: dt.date
    due: dt.date
    satisfied_by: str = ""
    verify: bool = False
    amount: Decimal = Decimal(0)  # the node's amount, after any reduction modifier
    index: int = -1  # position among quantity nodes, -1 when not one
    chain: list[int] = field(default_factory=list)


@dataclass
class _Plan:
    credential: Credential
    rule_set: RuleSet
    cycle: CycleDates
    nodes: list[_Node]
    quantity: list[_Node]
    exempt: bool
    groups: list[tuple[tuple[int, ...], list[tuple[str, Decimal]]]]
    seen: dict[str, str]  # credit id -> why refused, when no node takes it
    root_applies: bool


def _nodes(
    rule_set: RuleSet, facts: ClinicianFacts, cycle: CycleDates, as_of: dt.date
) -> tuple[list[_Node], bool]:
    waived: set[str] = set()
    exempt = False
    waiver_verify = False
    for mod in rule_set.modifiers:
        if (
            mod.kind == "exemption"
            and mod.review == "auto"
            and mod.when.holds(facts, cycle.renewal, cycle.issued_on)
        ):
            kept = set(mod.excluded)
            waived |= {n.id for n in rule_set.walk() if n.id not in kept}
            exempt = exempt or not kept
            waiver_verify = waiver_verify or mod.verify
    equivalent = {
        node_id: mod.attestation
        for mod in rule_set.modifiers
        if mod.kind == "equivalency" and mod.attestation in facts.attestations
        for node_id in mod.applies_to
    }
    reduced = {
        node_id: (mod.max, mod.verify)
        for mod in rule_set.modifiers
        if mod.kind == "reduction" and mod.when.holds(facts, cycle.renewal, cycle.issued_on)
        for node_id in mod.applies_to
    }
    out: list[_Node] = []

    def visit(req: Requirement, parent: _Node | None, parent_applies: bool) -> None:
        applies = parent_applies and req.applies_if.holds(facts, cycle.renewal, cycle.issued_on)
        start, end = window(req.recurrence, cycle, as_of)
        node = _Node(
            req,
            parent,
            applies and req.id not in waived,
            start,
            end,
            due_date(req.recurrence, cycle),
        )
        node.verify = req.verify or (req.id in waived and waiver_verify)
        node.amount, reduced_verify = reduced.get(req.id, (req.amount, False))
        node.verify = node.verify or reduced_verify
        node.satisfied_by = equivalent.get(req.id, "")
        if req.measure == "attestation" and req.attestation in facts.attestations:
            node.satisfied_by = req.attestation
        out.append(node)
        for child in req.children:
            visit(child, node, applies)

    visit(rule_set.requirements, None, True)
    return out, exempt


def _factor(rule_set: RuleSet, credit: Credit) -> Decimal:
    for mod in rule_set.modifiers:
        if mod.kind == "multiplier" and mod.filter.accepts(credit):
            return mod.factor
    return Decimal(1)


def _amount(rule_set: RuleSet, credit: Credit) -> Decimal:
    return credit.amount * _factor(rule_set, credit)


def _accepts(node: _Node, credit: Credit) -> bool:
    return (
        node.req.filter.accepts(credit)
        and (node.start is None or credit.completed_on >= node.start)
        and credit.completed_on <= node.end
    )


def _carry_over(
    plan_nodes: Sequence[_Node], rule_set: RuleSet, cycle: CycleDates, credits: Sequence[Credit]
) -> tuple[tuple[int, ...], Decimal] | None:
    for mod in rule_set.modifiers:
        if mod.kind != "carry_over":
            continue
        targets = [n for n in plan_nodes if n.req.id in mod.applies_to and n.index >= 0]
        if not targets:
            continue
        prev_end = cycle.start - dt.timedelta(days=1)
        prev_start = add_months(cycle.start, -cycle.months)
        head = targets[0].req
        earned = sum(
            (
                _amount(rule_set, c)
                for c in credits
                if prev_start <= c.completed_on <= prev_end and head.filter.accepts(c)
            ),
            Decimal(0),
        )
        excess = min(mod.max, max(Decimal(0), earned - targets[0].amount))
        if excess > 0:
            return tuple(n.index for n in targets), excess
    return None


def _chains(quantity: Sequence[_Node]) -> None:
    """Where hours placed on each node count: the node, the enclosing nodes its hours count
    toward, and the *tallies* within those. A tally is a part of a total defined only by
    credit type or format (Texas's 24 formal credits, Pennsylvania's 20 Category 1, Florida
    pharmacists' 10 live hours): it counts every hour of the total it accepts, whichever topic
    that hour serves, whereas an hour serves one topic only."""
    for node in quantity:
        cur: _Node | None = node
        while cur is not None:
            if cur.index >= 0:
                node.chain.append(cur.index)
            cur = cur.parent if cur.req.counts_toward_total else None
    tallies = [
        (n.index, n.chain[1])
        for n in quantity
        if len(n.chain) > 1 and not n.req.filter.topics and not n.req.filter.approvals
    ]
    for node in quantity:
        node.chain.extend(
            tally for tally, scope in tallies if scope in node.chain and tally not in node.chain
        )


def _plan(
    facts: ClinicianFacts,
    credential: Credential,
    rule_set: RuleSet,
    credits: Sequence[Credit],
    as_of: dt.date,
) -> _Plan:
    cycle = cycle_dates(rule_set, credential, as_of)
    nodes, exempt = _nodes(rule_set, facts, cycle, as_of)
    quantity = [n for n in nodes if n.applies and n.req.measure in QUANTITIES]
    for i, node in enumerate(quantity):
        node.index = i
    _chains(quantity)
    groups: dict[tuple[int, ...], list[tuple[str, Decimal]]] = {}
    seen: dict[str, str] = {}
    for credit in credits:
        accepting = tuple(n.index for n in quantity if _accepts(n, credit))
        if accepting:
            groups.setdefault(accepting, []).append((credit.id, _amount(rule_set, credit)))
        elif any(
            n.applies and n.req.filter.accepts(credit)
            for n in nodes
            if n.req.measure in (*QUANTITIES, "course_count")
        ):
            seen[credit.id] = "OUTSIDE_WINDOW"
        else:
            seen[credit.id] = "NO_MATCHING_REQUIREMENT"
    carry = _carry_over(nodes, rule_set, cycle, credits)
    ordered = sorted(groups.items())
    if carry is not None:
        ordered.append((carry[0], [(CARRY, carry[1])]))
    root_applies = rule_set.requirements.applies_if.holds(facts, cycle.renewal, cycle.issued_on)
    return _Plan(credential, rule_set, cycle, nodes, quantity, exempt, ordered, seen, root_applies)


def _problem(plan: _Plan) -> Problem:
    return Problem(
        demands=[0.0 if n.satisfied_by else float(n.amount) for n in plan.quantity],
        caps=[None if n.req.cap is None else float(n.req.cap) for n in plan.quantity],
        chains=[n.chain for n in plan.quantity],
        supplies=[float(sum((a for _, a in members), Decimal(0))) for _, members in plan.groups],
        accepts=[accepting for accepting, _ in plan.groups],
    )


def _placements(plan: _Plan, solution: list[dict[int, float]]) -> list[dict[int, Decimal]]:
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
    plan: _Plan,
    room: Mapping[int, Decimal | None],
    q: int,
    accepting: tuple[int, ...],
    amount: Decimal,
) -> Decimal:
    for r in plan.quantity[q].chain:
        limit = room[r]
        if r in accepting and limit is not None:
            amount = min(amount, limit)
    return max(amount, Decimal(0))


def _take_room(
    plan: _Plan,
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
    plan: _Plan, placements: list[dict[int, Decimal]]
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
    plan: _Plan, solution: list[dict[int, float]], credits: Sequence[Credit], as_of: dt.date
) -> CredentialResult:
    apps, counted, carried = _spread(plan, _placements(plan, solution))
    results: list[RequirementResult] = []
    gap_ids: list[str] = []
    for node in plan.nodes:
        req = node.req
        if req.measure is None:
            continue
        if req.measure == "course_count":
            taken = [c for c in credits if node.applies and _accepts(node, c)]
            apps.extend(Application(c.id, req.id, Decimal(1), "COURSE") for c in taken)
            got, required = Decimal(len(taken)), node.amount
        elif req.measure == "attestation":
            got, required = Decimal(1 if node.satisfied_by else 0), Decimal(1)
        else:
            got, required = counted.get(node.index, Decimal(0)), node.amount
        missing = (
            Decimal(0) if not node.applies or node.satisfied_by else max(Decimal(0), required - got)
        )
        if missing > 0:
            gap_ids.append(req.id)
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
            c.id: f for c in credits if (f := _factor(plan.rule_set, c)) != 1 and c.id in used
        },
    )


def _status(
    plan: _Plan, results: list[RequirementResult], gap_ids: list[str], as_of: dt.date
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
    plans = [_plan(facts, cred, rule_sets[cred.rule_set], ordered, as_of) for cred in credentials]
    solutions = solve([_problem(p) for p in plans])
    return TrackerResult(
        as_of, tuple(_result(p, s, ordered, as_of) for p, s in zip(plans, solutions, strict=True))
    )
