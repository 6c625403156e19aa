"""Accreditation rules as data plus pure functions.

A :class:`RuleBook` is one version of the rules (credit types, boards, formats, identifier
shapes), parsed from plain data. The checks below take a rule book and plain facts about an
activity and return the problems they find; they never touch the database, so they are tested
with plain values.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from opencme.core.errors import Problem, ValidationFailed

UNITS = ("credit", "hour", "contact_hour", "point")
FORMATS = (
    "live",
    "rss",
    "internet_live",
    "enduring",
    "journal",
    "manuscript_review",
    "test_item_writing",
    "committee_learning",
    "performance_improvement",
    "internet_searching",
    "learning_from_teaching",
    "blended",
    "other",
)
DELIVERIES = ("online", "in_person", "hybrid")
PROVIDERSHIPS = ("direct", "joint")
REGISTRATIONS = ("open", "limited")
ANY_PROFESSION = "*"


@dataclass(frozen=True)
class CreditTypeRule:
    code: str
    name: str
    short_name: str
    unit: str
    increment: Decimal
    minimum: Decimal
    professions: frozenset[str]
    participation_for_others: bool
    requires_team_planning: bool
    reported_to: tuple[str, ...]
    activity_identifiers: tuple[str, ...]
    learner_identifiers: tuple[str, ...]
    statement: str
    # Extra sentences by the fact they state, e.g. ANCC pharmacology hours.
    statement_extras: Mapping[str, str] = field(default_factory=dict)
    family: str = ""  # its credit family (``RuleBook.credit_families``), "" for none

    def may_claim(self, profession: str) -> bool:
        return ANY_PROFESSION in self.professions or profession in self.professions


@dataclass(frozen=True)
class BoardRule:
    code: str
    name: str
    credit_types: tuple[str, ...]


@dataclass(frozen=True)
class CreditFamily:
    """Credit types a clinician looks for together (nursing contact hours, whoever approved
    them), each still shown and claimed as designated; ``citation`` says why they belong."""

    code: str
    name: str
    citation: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class RuleBook:
    version: str
    effective_from: dt.date
    professions: Mapping[str, str]
    credit_types: Mapping[str, CreditTypeRule]
    boards: Mapping[str, BoardRule]
    formats: Mapping[str, str]
    live_formats: frozenset[str]
    enduring_max_years: int
    uan_pattern: re.Pattern[str]
    # The standard statement of each accreditor (Joint Accreditation's), by accreditor code.
    accreditor_statements: Mapping[str, str] = field(default_factory=dict)
    credit_families: Mapping[str, CreditFamily] = field(default_factory=dict)
    # The credit type whose designated amount caps an activity's MOC points ("" for none),
    # with the citation that says so (``moc_points`` in the rule book).
    moc_points_cap: str = ""
    moc_points_citation: str = ""

    def credit_type(self, code: str) -> CreditTypeRule | None:
        return self.credit_types.get(code)

    def professions_for(self, code: str) -> list[str]:
        """Professions that may claim credit type ``code`` (all of them for ``*``)."""
        rule = self.credit_types.get(code)
        if rule is None:
            return []
        if ANY_PROFESSION in rule.professions:
            return list(self.professions)
        return [p for p in self.professions if p in rule.professions]

    def family_members(self, family: str) -> tuple[str, ...]:
        """The codes of the credit types of ``family``, in the rule book's order."""
        return tuple(c for c, rule in self.credit_types.items() if rule.family == family)


def _parse_families(raw_families: Any, problems: list[Problem]) -> dict[str, CreditFamily]:
    families: dict[str, CreditFamily] = {}
    for i, raw in enumerate(raw_families):
        where = f"credit_families[{i}]"
        code = str(raw.get("code") or "") if isinstance(raw, Mapping) else ""
        if not re.fullmatch(r"[a-z][a-z0-9_]*", code):
            problems.append(Problem(f"{where}.code", "must be lower-case letters, digits and _"))
            continue
        sources = tuple(str(u) for u in raw.get("sources") or ())
        if not raw.get("citation") or not sources:
            problems.append(Problem(where, "must state a citation and its sources"))
        families[code] = CreditFamily(
            code, str(raw.get("name") or code), str(raw.get("citation") or ""), sources
        )
    return families


def _decimal(value: Any, where: str, problems: list[Problem]) -> Decimal:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        problems.append(Problem(where, f"{value!r} is not a number"))
        return Decimal(0)
    if not number.is_finite() or number <= 0:
        problems.append(Problem(where, "must be a positive number"))
    return number


def _parse_boards(raw_boards: Any, problems: list[Problem]) -> dict[str, BoardRule]:
    boards: dict[str, BoardRule] = {}
    for i, raw in enumerate(raw_boards):
        where = f"boards[{i}]"
        if not isinstance(raw, Mapping):
            problems.append(Problem(where, "must be an object with code, name and credit_types"))
            continue
        code = str(raw.get("code") or "")
        if not code:
            problems.append(Problem(f"{where}.code", "is required"))
            continue
        kinds = raw.get("credit_types") or []
        if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
            problems.append(Problem(f"{where}.credit_types", "must be a list of text"))
            continue
        boards[code] = BoardRule(code, str(raw.get("name") or code), tuple(kinds))
    return boards


def parse_rulebook(data: Mapping[str, Any]) -> RuleBook:
    """Build a rule book from plain data, or raise :class:`ValidationFailed` naming each fault."""
    problems: list[Problem] = []
    try:
        effective = dt.date.fromisoformat(str(data.get("effective_from", "")))
    except ValueError:
        problems.append(Problem("effective_from", "must be a date YYYY-MM-DD"))
        effective = dt.date.min
    version = str(data.get("version") or "")
    if not version:
        problems.append(Problem("version", "is required"))
    professions = dict(data.get("professions") or {})
    if not professions:
        problems.append(Problem("professions", "must list at least one profession"))

    families = _parse_families(data.get("credit_families") or [], problems)
    credit_types: dict[str, CreditTypeRule] = {}
    for i, raw in enumerate(data.get("credit_types") or []):
        where = f"credit_types[{i}]"
        if not isinstance(raw, Mapping):
            problems.append(Problem(where, "must be an object with code, unit, increment, ..."))
            continue
        code = str(raw.get("code") or "")
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", code):
            problems.append(Problem(f"{where}.code", "must be upper-case letters, digits and _"))
        if code in credit_types:
            problems.append(Problem(f"{where}.code", f"{code} is listed twice"))
        unit = str(raw.get("unit") or "")
        if unit not in UNITS:
            problems.append(Problem(f"{where}.unit", f"must be one of {', '.join(UNITS)}"))
        who = frozenset(raw.get("professions") or [])
        unknown = sorted(who - set(professions) - {ANY_PROFESSION})
        if unknown:
            problems.append(Problem(f"{where}.professions", f"unknown: {', '.join(unknown)}"))
        credit_types[code] = CreditTypeRule(
            code=code,
            name=str(raw.get("name") or code),
            short_name=str(raw.get("short_name") or code),
            unit=unit,
            increment=_decimal(raw.get("increment"), f"{where}.increment", problems),
            minimum=_decimal(raw.get("minimum"), f"{where}.minimum", problems),
            professions=who,
            participation_for_others=bool(raw.get("participation_for_others")),
            requires_team_planning=bool(raw.get("requires_team_planning")),
            reported_to=tuple(raw.get("reported_to") or ()),
            activity_identifiers=tuple(raw.get("activity_identifiers") or ()),
            learner_identifiers=tuple(raw.get("learner_identifiers") or ()),
            statement=str(raw.get("statement") or ""),
            statement_extras={
                str(k): str(v) for k, v in dict(raw.get("statement_extras") or {}).items()
            },
            family=str(raw.get("family") or ""),
        )
        if raw.get("family") and raw["family"] not in families:
            problems.append(Problem(f"{where}.family", f"unknown family {raw['family']!r}"))
    if not credit_types:
        problems.append(Problem("credit_types", "must list at least one credit type"))

    boards = _parse_boards(data.get("boards") or [], problems)
    formats = dict(data.get("formats") or {})
    missing = [f for f in FORMATS if f not in formats]
    if missing:
        problems.append(Problem("formats", f"missing labels for {', '.join(missing)}"))
    live_formats = frozenset(data.get("live_formats") or ())
    if live_formats - set(FORMATS):
        strays = ", ".join(sorted(live_formats - set(FORMATS)))
        problems.append(Problem("live_formats", f"unknown formats: {strays}"))
    max_years = data.get("enduring_max_years", 3)
    if isinstance(max_years, bool) or not isinstance(max_years, int) or max_years < 1:
        problems.append(Problem("enduring_max_years", "must be a whole number of years, 1 or more"))
        max_years = 3
    try:
        uan_pattern = re.compile(str(data.get("uan_pattern") or "^$"))
    except re.error as exc:
        problems.append(Problem("uan_pattern", f"is not a valid pattern: {exc}"))
        uan_pattern = re.compile("^$")
    moc_rule = data.get("moc_points") or {}
    moc_cap = str(moc_rule.get("at_most_credit_of") or "") if isinstance(moc_rule, Mapping) else ""
    moc_citation = str(moc_rule.get("citation") or "") if isinstance(moc_rule, Mapping) else ""
    if moc_cap and (moc_cap not in credit_types or not moc_citation or not moc_rule.get("sources")):
        problems.append(
            Problem("moc_points", "must name a listed credit type, with a citation and sources")
        )
    if problems:
        raise ValidationFailed(problems)
    return RuleBook(
        version=version,
        effective_from=effective,
        professions=professions,
        credit_types=credit_types,
        boards=boards,
        formats=formats,
        live_formats=live_formats,
        enduring_max_years=max_years,
        uan_pattern=uan_pattern,
        accreditor_statements={
            str(k): str(v) for k, v in dict(data.get("accreditor_statements") or {}).items()
        },
        credit_families=families,
        moc_points_cap=moc_cap,
        moc_points_citation=moc_citation,
    )


# --- facts about an activity, free of the ORM -------------------------------------------------


@dataclass(frozen=True)
class CreditFacts:
    credit_type: str
    amount: Decimal | None
    unit: str = ""
    uan: str = ""
    label: str = ""


@dataclass(frozen=True)
class MocFacts:
    board: str
    points: Decimal | None
    credit_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActivityFacts:
    title: str = ""
    description: str = ""
    format: str = ""
    delivery: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    expires: dt.date | None = None
    providership: str | None = None
    joint_providers: Sequence[str] = ()
    commercial_support: bool | None = None
    commercial_support_statement: str = ""
    commercial_supporters: Sequence[str] = ()  # named supporters disclose the support too
    planned_by_team: bool = False
    objectives: Sequence[str] = ()
    credits: Sequence[CreditFacts] = ()
    moc: Sequence[MocFacts] = field(default_factory=tuple)


def is_on_increment(amount: Decimal, increment: Decimal) -> bool:
    """True when ``amount`` is a whole number of ``increment`` steps (0.75 of 0.25: yes)."""
    return increment > 0 and (amount / increment) == (amount / increment).to_integral_value()


def check_uan(book: RuleBook, uan: str, *, release: dt.date | None, where: str) -> list[Problem]:
    """An ACPE Universal Activity Number: its shape, and its year against the release year."""
    if not uan:
        return [Problem(where, "a Universal Activity Number (UAN) is required for ACPE credit")]
    if not book.uan_pattern.fullmatch(uan):
        return [
            Problem(
                where,
                f"{uan!r} is not a UAN of the form JA0000000-0000-26-001-H01-P "
                "(provider, 0000 or 9999, year, number, L or H and topic, P or T)",
            )
        ]
    year = uan.split("-")[2]
    if release is not None and year != f"{release.year % 100:02d}":
        return [
            Problem(where, f"the UAN's year {year} does not match the release year {release.year}")
        ]
    return []


def check_credit(
    book: RuleBook,
    credit: CreditFacts,
    *,
    index: int,
    release: dt.date | None,
    planned_by_team: bool,
) -> list[Problem]:
    """Problems with one credit designation, each naming ``credits[index].<field>``."""
    where = f"credits[{index}]"
    rule = book.credit_type(credit.credit_type)
    if rule is None:
        return [Problem(f"{where}.type", f"{credit.credit_type!r} is not a known credit type")]
    problems: list[Problem] = []
    if credit.amount is None:
        problems.append(Problem(f"{where}.amount", f"{rule.name}: the maximum amount is required"))
    elif credit.amount < rule.minimum:
        problems.append(
            Problem(f"{where}.amount", f"{rule.name}: at least {rule.minimum} {rule.unit}s")
        )
    elif not is_on_increment(credit.amount, rule.increment):
        problems.append(
            Problem(
                f"{where}.amount",
                f"{rule.name}: {credit.amount} is not in steps of {rule.increment}",
            )
        )
    if "uan" in rule.activity_identifiers:
        problems += check_uan(book, credit.uan, release=release, where=f"{where}.uan")
    if rule.requires_team_planning and not planned_by_team:
        problems.append(
            Problem(
                f"{where}.type",
                f"{rule.name} may be offered only for activities planned by and for the team",
            )
        )
    if credit.credit_type == "OTHER" and not credit.label:
        problems.append(Problem(f"{where}.label", "an OTHER credit needs the credit's own name"))
    return problems


def check_moc(book: RuleBook, moc: MocFacts, *, index: int, has_ama: bool) -> list[Problem]:
    where = f"moc[{index}]"
    board = book.boards.get(moc.board)
    if board is None:
        return [Problem(f"{where}.board", f"{moc.board!r} is not a known certifying board")]
    problems: list[Problem] = []
    if moc.points is None or moc.points <= 0:
        problems.append(Problem(f"{where}.points", f"{board.code}: MOC points must be positive"))
    unknown = [t for t in moc.credit_types if t not in board.credit_types]
    if unknown:
        problems.append(
            Problem(
                f"{where}.credit_types",
                f"{board.code} does not register {', '.join(unknown)} "
                f"(it takes {', '.join(board.credit_types)})",
            )
        )
    if not has_ama:
        problems.append(
            Problem(f"{where}.board", "MOC registration needs an AMA PRA Category 1 designation")
        )
    return problems


def check_moc_points(
    book: RuleBook, moc: MocFacts, *, index: int, credits: Sequence[CreditFacts]
) -> list[Problem]:
    """MOC points above the designated amount of the rule book's capping credit type (AMA PRA
    Category 1 Credit: ACCME, points are typically the credits designated, and may be fewer)."""
    cap = next((c for c in credits if c.credit_type == book.moc_points_cap), None)
    if cap is None or cap.amount is None or moc.points is None or moc.points <= cap.amount:
        return []
    rule = book.credit_type(book.moc_points_cap)
    name = rule.name if rule else book.moc_points_cap
    points, amount = moc.points.normalize(), cap.amount.normalize()
    return [
        Problem(
            f"moc[{index}].points",
            f"{moc.board}: {points:f} MOC points are more than the {amount:f} {name} designated",
        )
    ]


def check_activity(book: RuleBook, facts: ActivityFacts) -> list[Problem]:
    """Every problem that stops an activity from being published, each naming its field."""
    problems: list[Problem] = []
    if not facts.title.strip():
        problems.append(Problem("title", "is required"))
    if facts.format not in FORMATS:
        problems.append(Problem("format", f"must be one of {', '.join(FORMATS)}"))
    if facts.delivery not in DELIVERIES:
        problems.append(Problem("delivery", f"must be one of {', '.join(DELIVERIES)}"))
    if not [o for o in facts.objectives if o.strip()]:
        problems.append(Problem("objectives", "state at least one learning objective"))
    if not facts.credits:
        problems.append(Problem("credits", "designate at least one kind of credit"))
    if facts.start_date and facts.expires and facts.expires <= facts.start_date:
        problems.append(Problem("expires", "must be after the release date"))
    if facts.start_date and facts.end_date and facts.end_date < facts.start_date:
        problems.append(Problem("end_date", "must not be before the start date"))
    if facts.format == "enduring":
        if facts.expires is None:
            problems.append(Problem("expires", "an enduring material needs an expiry date"))
        elif facts.start_date and facts.expires > _add_years(
            facts.start_date, book.enduring_max_years
        ):
            problems.append(
                Problem(
                    "expires",
                    f"an enduring material may run at most {book.enduring_max_years} years "
                    "from release before it is reviewed",
                )
            )
    if facts.format in book.live_formats and facts.start_date is None:
        problems.append(Problem("start_date", "a live activity needs its date"))
    if facts.providership == "joint" and not facts.joint_providers:
        problems.append(Problem("joint_providers", "name the joint provider(s)"))
    if (
        facts.commercial_support
        and not facts.commercial_support_statement.strip()
        and not facts.commercial_supporters
    ):
        problems.append(
            Problem(
                "statements.commercial_support",
                "commercially supported activities must disclose the support",
            )
        )
    seen: set[str] = set()
    for i, credit in enumerate(facts.credits):
        key = f"{credit.credit_type}:{credit.label}"
        if key in seen:
            problems.append(Problem(f"credits[{i}].type", f"{credit.credit_type} is listed twice"))
        seen.add(key)
        problems += check_credit(
            book, credit, index=i, release=facts.start_date, planned_by_team=facts.planned_by_team
        )
    has_ama = any(c.credit_type == "AMA_PRA_1" for c in facts.credits)
    for i, moc in enumerate(facts.moc):
        problems += check_moc(book, moc, index=i, has_ama=has_ama)
    return problems


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def claimable_until(
    book: RuleBook, *, format: str, end_date: dt.date | None, expires: dt.date | None
) -> dt.date | None:
    """The last day credit can be claimed: the expiry, else a live event's last day, else open."""
    if expires is not None:
        return expires
    if format in book.live_formats:
        return end_date
    return None
