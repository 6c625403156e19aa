"""What the finder page shows around the results: filter groups, chips, page links, URLs.

Pure: built from a parsed :class:`FinderQuery`, the facet counts and the names of the values.
Every state of the page lives in its query string, so each link here is a full URL that can be
shared; the canonical order of parameters keeps equal questions at equal URLs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

from opencme.accreditation.rules import RuleBook
from opencme.accreditation.topics import TOPICS
from opencme.catalog.presenters import DELIVERY_NAMES, board_name, format_name, show_date
from opencme.catalog.query import MAX_PAGE, FinderQuery

Params = list[tuple[str, str]]

# Filter groups in the order a clinician narrows a search.
GROUPS = (
    ("credit_family", "Credit family"),
    ("credit_type", "Credit type"),
    ("moc_board", "MOC board"),
    ("specialty", "Specialty"),
    ("topic", "Topic"),
    ("format", "Format"),
    ("delivery", "Delivery"),
    ("profession", "Profession"),
    ("provider", "Provider"),
)
FREE_NAMES = {"true": "Free", "false": "Paid or fee not stated"}
SORT_NAMES = {"relevance": "Best match", "newest": "Newest", "expiring": "Expiring soon"}
# Values shown before a group folds the rest under "more".
SHOWN = 8


@dataclass
class Option:
    value: str
    label: str
    count: int
    checked: bool


@dataclass
class Group:
    name: str
    label: str
    options: list[Option]
    shown: list[Option] = field(default_factory=list)
    more: list[Option] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.shown, self.more = self.options[:SHOWN], self.options[SHOWN:]
        # A chosen value is never hidden under "more".
        self.shown += [o for o in self.more if o.checked]
        self.more = [o for o in self.more if not o.checked]


@dataclass(frozen=True)
class Chip:
    label: str
    url: str


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None is a gap ("…")
    url: str = ""
    current: bool = False


def default_sort(query: FinderQuery) -> str:
    return "relevance" if query.q else "newest"


def canonical_params(query: FinderQuery) -> Params:
    """The query as query-string pairs, defaults left out, page last."""
    params: Params = []
    if query.q:
        params.append(("q", query.q))
    for name, _ in GROUPS:
        params += [(name, value) for value in chosen_values(query, name)]
    if query.upcoming:
        params.append(("upcoming", "true"))
    if query.free is not None:
        params.append(("free", "true" if query.free else "false"))
    if query.available_on is not None:
        params.append(("available_on", query.available_on.isoformat()))
    if query.include_expired:
        params.append(("include_expired", "true"))
    if query.sort != default_sort(query):
        params.append(("sort", query.sort))
    if query.page > 1:
        params.append(("page", str(query.page)))
    return params


def chosen_values(query: FinderQuery, name: str) -> tuple[str, ...]:
    return query.families if name == "credit_family" else query.filters.get(name, ())


def url(base: str, params: Params) -> str:
    return f"{base}?{urlencode(params)}" if params else base


def without(params: Params, name: str, value: str | None = None) -> Params:
    """``params`` without one value of ``name`` (all of them when ``value`` is None), page 1."""
    return [
        (k, v)
        for k, v in params
        if k != "page" and not (k == name and (value is None or v == value))
    ]


def value_name(
    book: RuleBook, names: Mapping[str, Mapping[str, str]], group: str, value: str
) -> str:
    """The name a person reads for a facet value."""
    if group == "credit_family":
        family = book.credit_families.get(value)
        return family.name if family is not None else value
    if group == "credit_type":
        rule = book.credit_types.get(value)
        return rule.name if rule is not None else value
    if group == "moc_board":
        return f"{value} ({board_name(book, value)})" if value in book.boards else value
    if group == "format":
        return format_name(book, value)
    if group == "delivery":
        return DELIVERY_NAMES.get(value, value)
    if group == "profession":
        return book.professions.get(value, value)
    if group == "free":
        return FREE_NAMES.get(value, value)
    if group == "topic":
        return TOPICS.get(value, value)
    return names.get(group, {}).get(value, value)


def groups(
    book: RuleBook,
    query: FinderQuery,
    facets: Mapping[str, Mapping[str, int]],
    names: Mapping[str, Mapping[str, str]],
) -> list[Group]:
    """One group per filter, most frequent values first; chosen values always shown."""
    out = []
    for name, label in GROUPS:
        counts = dict(facets.get(name, {}))
        chosen = chosen_values(query, name)
        if name == "credit_family":  # families none of the matches has are left out
            counts = {v: n for v, n in counts.items() if n or v in chosen}
        for value in chosen:
            counts.setdefault(value, 0)
        options = [
            Option(value, value_name(book, names, name, value), n, value in chosen)
            for value, n in counts.items()
        ]
        if options:
            out.append(Group(name, label, options))
    return out


def when_options(query: FinderQuery, open_count: int | None, upcoming: int | None) -> list[Option]:
    """Open for credit now or upcoming (not yet released), with their counts; none when the
    view does not split them (expired included, or a chosen day)."""
    if open_count is None or upcoming is None:
        return []
    return [
        Option("", "Open for credit now", open_count, not query.upcoming),
        Option("true", "Upcoming", upcoming, query.upcoming),
    ]


def free_options(query: FinderQuery, facets: Mapping[str, Mapping[str, int]]) -> list[Option]:
    counts = facets.get("free", {})
    chosen = "" if query.free is None else ("true" if query.free else "false")
    return [
        Option("", "Any cost", sum(counts.values()), chosen == ""),
        *(
            Option(value, label, counts.get(value, 0), chosen == value)
            for value, label in FREE_NAMES.items()
        ),
    ]


def chips(
    book: RuleBook, query: FinderQuery, names: Mapping[str, Mapping[str, str]], base: str
) -> list[Chip]:
    """Each active filter as a link that removes it (and only it)."""
    params = canonical_params(query)
    out = []
    if query.q:
        out.append(Chip(f"Search: {query.q}", url(base, without(params, "q"))))
    for name, label in GROUPS:
        for value in chosen_values(query, name):
            shown = value_name(book, names, name, value)
            out.append(Chip(f"{label}: {shown}", url(base, without(params, name, value))))
    if query.free is not None:
        shown = FREE_NAMES["true" if query.free else "false"]
        out.append(Chip(f"Cost: {shown}", url(base, without(params, "free"))))
    if query.available_on is not None:
        day = show_date(query.available_on)
        out.append(Chip(f"Available on {day}", url(base, without(params, "available_on"))))
    if query.upcoming:
        out.append(Chip("Upcoming only", url(base, without(params, "upcoming"))))
    if query.include_expired:
        out.append(Chip("Including expired", url(base, without(params, "include_expired"))))
    return out


def page_links(query: FinderQuery, pages: int, base: str) -> list[PageLink]:
    """First, last and two either side of the current page, with gaps between."""
    last = min(pages, MAX_PAGE)
    if last <= 1:
        return []
    params = without(canonical_params(query), "page")
    wanted = {1, last, *range(query.page - 2, query.page + 3)}
    out: list[PageLink] = []
    previous = 0
    for number in sorted(n for n in wanted if 1 <= n <= last):
        if number - previous > 1:
            out.append(PageLink(None))
        page_params = params + ([("page", str(number))] if number > 1 else [])
        out.append(PageLink(number, url(base, page_params), number == query.page))
        previous = number
    return out


def neighbour(query: FinderQuery, pages: int, base: str, step: int) -> str:
    """The URL of the previous (-1) or next (+1) page, or '' at either end."""
    number = query.page + step
    if not 1 <= number <= min(pages, MAX_PAGE):
        return ""
    params = without(canonical_params(query), "page")
    return url(base, params + ([("page", str(number))] if number > 1 else []))
