"""The finder's question: parsed and checked from query parameters, the same for page and API."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from opencme.accreditation.rules import DELIVERIES, FORMATS, RuleBook
from opencme.accreditation.topics import TOPICS
from opencme.core.errors import Problem, ValidationFailed

SORTS = ("relevance", "newest", "expiring", "closes_gaps")
# Sorts an app below the catalog provides for a signed-in person (``catalog.extensions``): the
# backends never see them; without a provider for the person the default sort applies.
EXTENSION_SORTS = ("closes_gaps",)
MULTI_FACETS = (
    "credit_type",
    "moc_board",
    "specialty",
    "format",
    "delivery",
    "profession",
    "provider",
    "topic",
)
FACET_NAMES = (*MULTI_FACETS, "free")
# ``credit_family`` (a filter over credit types, from the rule book) and ``when`` (open for
# credit or upcoming) are counted too, but are not index tokens of their own.
FAMILY = "credit_family"
WHEN = "when"
MAX_PAGE = 500
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class FinderQuery:
    q: str = ""
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    free: bool | None = None
    available_on: dt.date | None = None
    include_expired: bool = False
    upcoming: bool = False  # only activities not yet released (else: open for credit today)
    # Chosen credit families, and the credit types they stand for (from the rule book).
    families: tuple[str, ...] = ()
    family_types: tuple[str, ...] = ()
    # Every credit family of the rule book with its credit types: the families counted.
    known_families: tuple[tuple[str, tuple[str, ...]], ...] = ()
    sort: str = "relevance"
    page: int = 1
    page_size: int = 20

    def with_page(self, page: int) -> FinderQuery:
        return replace(self, page=page)

    def tokens_all(self) -> list[tuple[str, ...]]:
        """Filters as groups of facet tokens: an activity must match one token of every group."""
        groups = [
            tuple(f"{name}:{value}" for value in values)
            for name, values in sorted(self.filters.items())
            if values
        ]
        if self.families:  # a family without credit types matches nothing
            groups.append(tuple(f"credit_type:{c}" for c in self.family_types) or ("credit_type:",))
        if self.free is not None:
            groups.append(("free:true" if self.free else "free:false",))
        return groups


def _bool(raw: str, name: str, problems: list[Problem]) -> bool | None:
    value = raw.strip().lower()
    if value in {"", "any"}:
        return None
    if value in {"true", "1", "yes", "on"}:
        return True
    if value in {"false", "0", "no", "off"}:
        return False
    problems.append(Problem(name, f"{raw!r} is not true or false"))
    return None


def parse_finder_params(
    params: Mapping[str, Sequence[str]], *, book: RuleBook, page_size: int = 20
) -> FinderQuery:
    """Build a :class:`FinderQuery` from query parameters (each a list of values).

    Raises :class:`ValidationFailed` with one problem per bad parameter, each naming it.
    """
    problems: list[Problem] = []

    def first(name: str) -> str:
        values = params.get(name) or [""]
        return str(values[-1]).strip()

    q = first("q")
    if len(q) > 200:
        problems.append(Problem("q", "must be at most 200 characters"))
    allowed: dict[str, tuple[str, ...] | None] = {
        "credit_type": tuple(book.credit_types),
        "moc_board": tuple(book.boards),
        "format": FORMATS,
        "delivery": DELIVERIES,
        "profession": tuple(book.professions),
        "specialty": None,
        "provider": None,
        "topic": tuple(TOPICS),
    }
    filters: dict[str, tuple[str, ...]] = {}
    for name, choices in allowed.items():
        values = [v.strip() for raw in params.get(name) or [] for v in str(raw).split(",")]
        values = [v for v in values if v]
        for value in values:
            if name == "topic" and value not in TOPICS:  # codes a person never reads
                problems.append(Problem(name, f"{value!r} is not a topic the finder knows"))
            elif choices is not None and value not in choices:
                problems.append(
                    Problem(name, f"{value!r} is not one of {', '.join(sorted(choices))}")
                )
            elif choices is None and not _SLUG.match(value):
                problems.append(Problem(name, f"{value!r} is not a valid {name} identifier"))
        if values:
            filters[name] = tuple(dict.fromkeys(values))
    families = [v.strip() for raw in params.get(FAMILY) or [] for v in str(raw).split(",")]
    families = list(dict.fromkeys(v for v in families if v))
    for value in families:
        if value not in book.credit_families:
            known = ", ".join(sorted(book.credit_families))
            problems.append(Problem(FAMILY, f"{value!r} is not one of {known}"))
    family_types = tuple(dict.fromkeys(code for f in families for code in book.family_members(f)))
    free = _bool(first("free"), "free", problems)
    upcoming = bool(_bool(first("upcoming"), "upcoming", problems))
    include_expired = bool(_bool(first("include_expired"), "include_expired", problems))
    available_on = None
    if first("available_on"):
        try:
            available_on = dt.date.fromisoformat(first("available_on"))
        except ValueError:
            problems.append(
                Problem("available_on", f"{first('available_on')!r} is not a date YYYY-MM-DD")
            )
    sort = first("sort") or ("relevance" if q else "newest")
    if sort not in SORTS:
        problems.append(Problem("sort", f"{sort!r} is not one of {', '.join(SORTS)}"))
    page = 1
    if first("page"):
        try:
            page = int(first("page"))
            if not 1 <= page <= MAX_PAGE:
                raise ValueError
        except ValueError:
            problems.append(Problem("page", f"must be a whole number from 1 to {MAX_PAGE}"))
            page = 1
    if problems:
        raise ValidationFailed(problems)
    if sort == "relevance" and not q:
        sort = "newest"
    return FinderQuery(
        q=q,
        filters=filters,
        free=free,
        available_on=available_on,
        include_expired=include_expired,
        upcoming=upcoming and not include_expired and available_on is None,
        families=tuple(families),
        family_types=family_types,
        known_families=tuple((f, book.family_members(f)) for f in book.credit_families),
        sort=sort,
        page=page,
        page_size=page_size,
    )
