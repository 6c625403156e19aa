"""The allocation's answer as the tracker shows it: per credential its status in words, its
progress and deadline, its mandated topics done and due, and for each number its "why" (the
rule's citations and the credits applied, each with its reason in words); and a timeline of
what is due when across all credentials. Pure: the page, the API and the calendar read this.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import urlencode

from opencme.requirements import kinds
from opencme.requirements.results import CredentialResult, RequirementResult, TrackerResult
from opencme.requirements.rules import Citation, RuleSet

SELF_REPORTED = "self-reported"
ON_OPENCME = "OpenCME"
UNIT_WORDS = {"hours": "hours", "points": "points", "course_count": "courses"}


def number(value: Decimal) -> str:
    """2.00 -> "2", 1.50 -> "1.5"."""
    text = f"{value.normalize():f}"
    return text


@dataclass(frozen=True)
class CreditSource:
    """What the tracker says about a credit beside its numbers."""

    id: str
    title: str
    provider: str
    completed_on: dt.date
    credit_type: str
    amount: Decimal
    topics: tuple[str, ...]
    source: str  # ON_OPENCME | SELF_REPORTED
    row_id: int


@dataclass(frozen=True)
class Held:
    """A credential as entered (the database row's plain values)."""

    pk: int
    kind: str
    name: str
    rule_set: str
    expires_on: dt.date
    number: str = ""


@dataclass(frozen=True)
class Applied:
    credit: CreditSource
    credit_type_name: str
    amount: Decimal
    reason: str
    also: tuple[str, ...] = ()  # labels of the nodes the same hours also count toward

    @property
    def amount_text(self) -> str:
        return number(self.amount)


@dataclass(frozen=True)
class RequirementView:
    id: str
    label: str
    unit: str
    required: Decimal
    counted: Decimal
    missing: Decimal
    applies: bool
    is_gap: bool
    is_topic: bool
    due: dt.date
    window_start: dt.date | None
    window_end: dt.date
    satisfied_by: str
    carried_over: Decimal
    verify: bool
    citations: tuple[Citation, ...]
    applied: tuple[Applied, ...]
    attestation: bool
    # The finder's question for the activities that would close this gap (``search_links``);
    # () when it is not a gap credit can close.
    find: tuple[tuple[str, str], ...] = ()

    @property
    def find_query(self) -> str:
        """The finder's query string for this gap, free activities first."""
        return urlencode(self.find)

    @property
    def find_any_cost_query(self) -> str:
        return urlencode([p for p in self.find if p[0] != "free"])

    @property
    def met(self) -> bool:
        return self.applies and not self.is_gap and self.missing == 0

    @property
    def percent(self) -> int:
        if self.required <= 0:
            return 100
        return int(min(Decimal(100), self.counted * 100 / self.required))

    @property
    def counted_text(self) -> str:
        return number(min(self.counted, self.required) if self.required else self.counted)

    @property
    def required_text(self) -> str:
        return number(self.required)

    @property
    def missing_text(self) -> str:
        return number(self.missing)

    @property
    def missing_words(self) -> str:
        """ "2 hours", "1 hour", "1 course": what is still missing, in words."""
        return quantity(self.missing, self.unit)


@dataclass(frozen=True)
class Rejected:
    credit: CreditSource
    reason: str


@dataclass(frozen=True)
class CredentialView:
    held: Held
    status: str
    rule_title: str = ""
    authority: str = ""
    cycle_start: dt.date | None = None
    deadline: dt.date | None = None
    days_left: int | None = None
    main: RequirementView | None = None
    requirements: tuple[RequirementView, ...] = ()
    rejected: tuple[Rejected, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def status_words(self) -> str:
        return kinds.STATUS_WORDS.get(self.status, self.status)

    @property
    def gaps(self) -> tuple[RequirementView, ...]:
        return tuple(r for r in self.requirements if r.is_gap)

    @property
    def deadline_words(self) -> str:
        return when_words(self.days_left)

    @property
    def overdue_since(self) -> dt.date | None:
        """The earliest due date of an open requirement, when it has passed."""
        if self.status not in ("overdue", "grace") or not self.gaps:
            return None
        return min(g.due for g in self.gaps)

    @property
    def topics_done(self) -> tuple[RequirementView, ...]:
        return tuple(r for r in self.requirements if r.is_topic and r.met)

    @property
    def topics_due(self) -> tuple[RequirementView, ...]:
        return tuple(r for r in self.requirements if r.is_topic and r.is_gap)

    @property
    def verify(self) -> bool:
        return any(r.verify for r in self.requirements)


def quantity(value: Decimal, unit: str) -> str:
    return f"{number(value)} {unit[:-1] if value == 1 and unit.endswith('s') else unit}"


def when_words(days: int | None) -> str:
    """How far a date is: "in 3 days", "today", "12 days ago"."""
    if days is None:
        return ""
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    return f"in {days} days" if days > 0 else f"{-days} day{'s' if days < -1 else ''} ago"


@dataclass(frozen=True)
class TimelineEntry:
    date: dt.date
    credential: Held
    is_deadline: bool
    gaps: tuple[RequirementView, ...]
    past: bool
    days: int = 0

    @property
    def when_words(self) -> str:
        return when_words(self.days)

    @property
    def summary(self) -> str:
        what = "renewal deadline" if self.is_deadline else "due"
        if not self.gaps:
            return f"{self.credential.name}: {what}, nothing missing"
        return f"{self.credential.name}: {what}, {len(self.gaps)} requirement(s) still open"


@dataclass(frozen=True)
class TrackerView:
    as_of: dt.date
    credentials: tuple[CredentialView, ...]
    timeline: tuple[TimelineEntry, ...]
    credits: tuple[CreditSource, ...] = field(default=())


def _requirement(
    req: RequirementResult,
    result: CredentialResult,
    rule_set: RuleSet,
    sources: Mapping[str, CreditSource],
    type_names: Mapping[str, str],
) -> RequirementView:
    node = rule_set.node(req.requirement_id)
    labels = {r.requirement_id: r.label for r in result.requirements}
    applied: list[Applied] = []
    for app in result.applications:
        if app.requirement_id != req.requirement_id or app.credit_id not in sources:
            continue
        also = tuple(
            labels.get(a.requirement_id, a.requirement_id)
            for a in result.applications
            if a.credit_id == app.credit_id
            and a.reason == "ALSO_COUNTS"
            and app.reason != "ALSO_COUNTS"
            and a.amount == app.amount
        )
        source = sources[app.credit_id]
        applied.append(
            Applied(
                source,
                type_names.get(source.credit_type, source.credit_type),
                app.amount,
                kinds.REASON_WORDS.get(app.reason, app.reason),
                also if app.reason in ("TOPIC", "TOTAL") else (),
            )
        )
    return RequirementView(
        id=req.requirement_id,
        label=req.label,
        unit=UNIT_WORDS.get(req.unit or req.measure, req.unit or req.measure),
        required=req.required,
        counted=req.counted,
        missing=req.missing,
        applies=req.applies,
        is_gap=req.requirement_id in result.gap_ids,
        is_topic=bool(node.filter.topics or node.filter.approvals),
        due=req.due,
        window_start=req.window_start,
        window_end=req.window_end,
        satisfied_by=kinds.attestation_label(req.satisfied_by) if req.satisfied_by else "",
        carried_over=req.carried_over,
        verify=req.verify,
        citations=req.citations,
        applied=tuple(applied),
        attestation=req.measure == "attestation",
    )


def _main(requirements: Sequence[RequirementView]) -> RequirementView | None:
    """The number a card leads with: the first applicable hours or points of any topic."""
    for req in requirements:
        if req.applies and not req.is_topic and not req.attestation and req.unit != "courses":
            return req
    return next((r for r in requirements if r.applies), None)


def credential_view(
    held: Held,
    result: CredentialResult | None,
    rule_set: RuleSet | None,
    sources: Mapping[str, CreditSource],
    type_names: Mapping[str, str],
    as_of: dt.date,
) -> CredentialView:
    if result is None or rule_set is None:
        return CredentialView(held=held, status="no_rules", deadline=held.expires_on)
    requirements = tuple(
        _requirement(r, result, rule_set, sources, type_names) for r in result.requirements
    )
    rejected = tuple(
        Rejected(sources[cid], kinds.REASON_WORDS.get(reason, reason))
        for cid, reason in sorted(result.rejected.items())
        if cid in sources and reason != "NO_MATCHING_REQUIREMENT"
    )
    return CredentialView(
        held=held,
        status=result.status,
        rule_title=rule_set.title,
        authority=rule_set.authority.get("name", ""),
        cycle_start=result.cycle_start,
        deadline=result.deadline,
        days_left=(result.deadline - as_of).days,
        main=_main(requirements),
        requirements=requirements,
        rejected=rejected,
        notes=rule_set.notes,
    )


def timeline(views: Sequence[CredentialView], as_of: dt.date) -> tuple[TimelineEntry, ...]:
    """Every credential's deadline, and each other date a requirement still open is due."""
    entries: list[TimelineEntry] = []
    for view in views:
        if view.deadline is None:
            continue
        by_date: dict[dt.date, list[RequirementView]] = {view.deadline: []}
        for gap in view.gaps:
            by_date.setdefault(gap.due, []).append(gap)
        for day, gaps in by_date.items():
            entries.append(
                TimelineEntry(
                    day,
                    view.held,
                    day == view.deadline,
                    tuple(gaps),
                    day < as_of,
                    (day - as_of).days,
                )
            )
    return tuple(sorted(entries, key=lambda e: (e.date, e.credential.name, e.credential.pk)))


def tracker_view(
    held: Sequence[Held],
    result: TrackerResult,
    rule_sets: Mapping[str, RuleSet],
    sources: Sequence[CreditSource],
    type_names: Mapping[str, str],
) -> TrackerView:
    by_key = {r.key: r for r in result.credentials}
    by_id = {s.id: s for s in sources}
    views = tuple(
        credential_view(
            h,
            by_key.get(str(h.pk)),
            rule_sets.get(h.rule_set),
            by_id,
            type_names,
            result.as_of,
        )
        for h in held
    )
    return TrackerView(result.as_of, views, timeline(views, result.as_of), tuple(sources))
