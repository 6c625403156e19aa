"""Planning one credential's evaluation: its cycle, which nodes apply (conditions,
exemptions, reductions, equivalencies), which credits each node accepts (filter and window),
where hours placed on a node count, and the supply groups handed to the solver.

Pure and database-free like the rest of the allocation; split from ``allocation`` so each
module stays small.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from opencme.requirements.cycles import CycleDates, add_months, cycle_dates, due_date, window
from opencme.requirements.facts import ClinicianFacts, Credential, Credit
from opencme.requirements.rules import QUANTITIES, Requirement, RuleSet

CARRY = "carry-over"  # the supply group of hours carried over from the previous cycle


@dataclass
class Node:
    req: Requirement
    parent: Node | None
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
class Plan:
    credential: Credential
    rule_set: RuleSet
    cycle: CycleDates
    nodes: list[Node]
    quantity: list[Node]
    exempt: bool
    groups: list[tuple[tuple[int, ...], list[tuple[str, Decimal]]]]
    seen: dict[str, str]  # credit id -> why refused, when no node takes it
    root_applies: bool
    days: list[str]  # per group, its completion day (ISO) when a cap per period needs it, or ""


def node_states(
    rule_set: RuleSet, facts: ClinicianFacts, cycle: CycleDates, as_of: dt.date
) -> tuple[list[Node], bool]:
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
    out: list[Node] = []

    def visit(req: Requirement, parent: Node | None, parent_applies: bool) -> None:
        applies = parent_applies and req.applies_if.holds(facts, cycle.renewal, cycle.issued_on)
        start, end = window(req.recurrence, cycle, as_of)
        node = Node(
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


def credit_factor(rule_set: RuleSet, credit: Credit) -> Decimal:
    for mod in rule_set.modifiers:
        if mod.kind == "multiplier" and mod.filter.accepts(credit):
            return mod.factor
    return Decimal(1)


def credit_amount(rule_set: RuleSet, credit: Credit) -> Decimal:
    return credit.amount * credit_factor(rule_set, credit)


def node_accepts(node: Node, credit: Credit) -> bool:
    return (
        node.req.filter.accepts(credit)
        and (node.start is None or credit.completed_on >= node.start)
        and credit.completed_on <= node.end
    )


def carry_over_supply(
    plan_nodes: Sequence[Node], rule_set: RuleSet, cycle: CycleDates, credits: Sequence[Credit]
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
                credit_amount(rule_set, c)
                for c in credits
                if prev_start <= c.completed_on <= prev_end and head.filter.accepts(c)
            ),
            Decimal(0),
        )
        excess = min(mod.max, max(Decimal(0), earned - targets[0].amount))
        if excess > 0:
            return tuple(n.index for n in targets), excess
    return None


def set_chains(quantity: Sequence[Node]) -> None:
    """Where hours placed on each node count: the node, the enclosing nodes its hours count
    toward, and the *tallies* within those. A tally is a part of a total defined only by
    credit type or format (Texas's 24 formal credits, Pennsylvania's 20 Category 1, Florida
    pharmacists' 10 live hours): it counts every hour of the total it accepts, whichever topic
    that hour serves, whereas an hour serves one topic only."""
    for node in quantity:
        cur: Node | None = node
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


def plan_credential(
    facts: ClinicianFacts,
    credential: Credential,
    rule_set: RuleSet,
    credits: Sequence[Credit],
    as_of: dt.date,
) -> Plan:
    cycle = cycle_dates(rule_set, credential, as_of)
    nodes, exempt = node_states(rule_set, facts, cycle, as_of)
    quantity = [n for n in nodes if n.applies and n.req.measure in QUANTITIES]
    for i, node in enumerate(quantity):
        node.index = i
    set_chains(quantity)
    # A cap per day or per year needs the credits of each day apart: they are then grouped by
    # completion day as well (more, smaller groups, only for rule files with such caps).
    by_day = any(n.req.cap_per_day is not None or n.req.cap_per_year is not None for n in quantity)
    groups: dict[tuple[tuple[int, ...], str], list[tuple[str, Decimal]]] = {}
    seen: dict[str, str] = {}
    for credit in credits:
        accepting = tuple(n.index for n in quantity if node_accepts(n, credit))
        if accepting:
            key = (accepting, credit.completed_on.isoformat() if by_day else "")
            groups.setdefault(key, []).append((credit.id, credit_amount(rule_set, credit)))
        elif any(
            n.applies and n.req.filter.accepts(credit)
            for n in nodes
            if n.req.measure in (*QUANTITIES, "course_count")
        ):
            seen[credit.id] = "OUTSIDE_WINDOW"
        else:
            seen[credit.id] = "NO_MATCHING_REQUIREMENT"
    carry = carry_over_supply(nodes, rule_set, cycle, credits)
    ordered = sorted(groups.items())
    if carry is not None:
        ordered.append(((carry[0], ""), [(CARRY, carry[1])]))
    root_applies = rule_set.requirements.applies_if.holds(facts, cycle.renewal, cycle.issued_on)
    return Plan(
        credential,
        rule_set,
        cycle,
        nodes,
        quantity,
        exempt,
        [(accepting, members) for (accepting, _), members in ordered],
        seen,
        root_applies,
        [day for (_, day), _ in ordered],
    )
