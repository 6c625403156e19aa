"""PostgreSQL: one GIN index over ``catalog_doc.search`` matches words and filters at once.

``search`` holds an activity's words, its title words again as ``_word`` (relevance) and its
facet terms (filters: OR within a family, AND across). A search for a day on or after the
reference day (``catalog.index.refresh_open``) also asks for ``is_open`` and so reads the GIN
index of open rows only, about half as long; the index alone narrows a question to its matches
and only their narrow ``catalog_doc`` rows are read: dates for the exact expiry test and order,
facet columns for the counts (``catalog.facets``: grouped in one pass by ``GROUPING SETS``, by
combination and by the families counted on their own).
Only the page of records shown is read from the wide entry table.
"""

# ruff: noqa: S608  (SQL is put together from this module's constants; values are parameters)

from __future__ import annotations

from typing import Any

from opencme.catalog.backends.base import (
    ALL,
    FACET_COLUMNS,
    TITLE_MARK,
    SearchBackend,
    family_count_rows,
    family_counts,
    fetch_rows,
    search_state,
    split_match_rows,
    split_parts,
)
from opencme.catalog.facets import (
    COLUMNS,
    COMBINED_FAMILIES,
    COUNT_COLUMNS,
)
from opencme.catalog.query import FinderQuery
from opencme.catalog.text import facet_term

ORDER = {
    "newest": "d.start_date DESC NULLS LAST, d.activity_id DESC",
    "expiring": "d.open_until, d.activity_id",
}
SORT_KEY = {"newest": "d.start_date", "expiring": "d.open_until"}
# Relevance: activities with every word in the title first, then newest first, as on SQLite.
# The key is made for the page only (``t``: the top rows), the order of the matches uses the
# columns themselves.
MATCH_KEY = {
    "relevance": "((CASE WHEN t.title_hit THEN '1' ELSE '0' END) || '|' "
    "|| coalesce(t.start_date::text, '')) COLLATE \"C\"",
    "newest": "t.start_date",
    "expiring": "t.open_until",
}
MATCH_ORDER = {
    "relevance": "title_hit DESC, start_date DESC NULLS LAST, id DESC",
    "newest": "start_date DESC NULLS LAST, id DESC",
    "expiring": "open_until, id",
}
OUTER_ORDER = {
    "newest": "t.k DESC NULLS LAST, t.id DESC",
    "expiring": "t.k, t.id",
}

_GROUPED = list(COUNT_COLUMNS)  # the combination, and each family counted on its own
_MASK_ALL = (1 << len(_GROUPED)) - 1


def _grouping_mask(column: str) -> int:
    """``GROUPING(...)`` of the set grouped by ``column`` alone: 1 for every other column."""
    n = len(_GROUPED)
    return _MASK_ALL & ~(1 << (n - 1 - _GROUPED.index(column)))


def count_rows(*, overflow: bool = True) -> tuple[str, str]:
    """The facet counts of the matches in ``m`` as ``(1, n, token, NULL)`` rows, and the
    groupings they read: ``g``, one pass over ``m`` grouping by combination, by each family
    counted on its own and in all; ``k``, the combinations found with their columns.
    ``overflow``: count the values without a bit too (``m`` then has ``overflow_ids``)."""
    sets = ", ".join(f"({c})" for c in _GROUPED)
    grouped = (
        f"g AS (SELECT GROUPING({', '.join(_GROUPED)}) AS s, {', '.join(_GROUPED)}, "
        f"count(*) AS n FROM m GROUP BY GROUPING SETS ({sets}, ())), "
        "k AS (SELECT c.*, g.n FROM g JOIN catalog_facetcombo c ON c.id = g.combo_id "
        f"WHERE g.s = {_grouping_mask('combo_id')})"
    )

    def source(name: str, position: int) -> str:
        if name in COMBINED_FAMILIES:
            return f"sum(n) AS n FROM k GROUP BY {position}"
        return f"n FROM g WHERE s = {_grouping_mask(COLUMNS[name])}"

    counts = (
        f"SELECT 1, n, '{ALL}', NULL FROM g WHERE s = {_MASK_ALL} UNION ALL {family_counts(source)}"
    )
    if overflow:
        counts += (
            " UNION ALL SELECT 1, count(*), v.token, NULL FROM m "
            "CROSS JOIN LATERAL unnest(m.overflow_ids) AS u(id) "
            "JOIN catalog_facetvalue v ON v.id = u.id GROUP BY v.token"
        )
    return counts, grouped


def family_counts_of(query: FinderQuery, overflow: bool) -> str:
    """The credit families' counts (``family_count_rows``) of the matches in ``m``."""
    outside = "EXISTS (SELECT 1 FROM unnest(m.overflow_ids) AS u(id) WHERE u.id IN ({values}))"
    return family_count_rows(query, "k", "1::bigint", outside if overflow else None)


def tsquery(terms: list[str], groups: list[tuple[str, ...]]) -> str:
    """The question as a ``tsquery`` of index terms (made by catalog.text: letters, digits and
    underscores only, so quoting them is safe)."""
    parts = [f"'{t}'" for t in terms]
    parts += ["(" + " | ".join(f"'{facet_term(t)}'" for t in group) + ")" for group in groups]
    return " & ".join(parts)


def _filters(groups: list[tuple[str, ...]], dates: str, date_params: list[Any]):
    conditions, params = [], []
    if groups:
        conditions.append("d.search @@ %s::tsquery")
        params.append(tsquery([], groups))
    if dates:
        conditions.append(dates)
        params += date_params
    return (f"WHERE {' AND '.join(conditions)}" if conditions else ""), params


class PostgresBackend(SearchBackend):
    def match(
        self,
        cursor,
        terms,
        groups,
        dates,
        date_params,
        sort,
        offset,
        query: FinderQuery,
        *,
        day,
        split=None,
    ):
        reference, overflow = search_state(cursor)
        only_open = ["d.is_open"] if dates and day >= reference else []
        where = " AND ".join(["d.search @@ %s::tsquery", *only_open, *([dates] if dates else [])])
        counts, grouped = count_rows(overflow=overflow)
        first, up, up_params, side, sides = split_parts(split, query)
        cursor.execute(
            f"WITH {first} AS MATERIALIZED ("
            "SELECT d.activity_id AS id, d.search @@ %s::tsquery AS title_hit, d.start_date, "
            f"d.open_until, {FACET_COLUMNS}{', d.overflow_ids' if overflow else ''}{up} "
            f"FROM catalog_doc d WHERE {where}), {side}"
            f"{grouped}, "
            "top AS (SELECT id, title_hit, start_date, open_until FROM m "
            f"ORDER BY {MATCH_ORDER[sort]} LIMIT %s OFFSET %s) "
            f"SELECT 0, t.id, e.record::text, ({MATCH_KEY[sort]})::text FROM top t "
            "JOIN catalog_catalogentry e ON e.activity_id = t.id "
            f"UNION ALL {counts}{family_counts_of(query, overflow)}{sides}",
            [
                tsquery([f"{TITLE_MARK}{t}" for t in terms], []),
                *up_params,
                tsquery(terms, groups),
                *date_params,
                query.page_size,
                offset,
            ],
        )
        return split_match_rows(cursor.fetchall(), sort)

    def browse(self, cursor, groups, dates, date_params, sort, offset, query: FinderQuery):
        where, params = _filters(groups, dates, date_params)
        cursor.execute(
            "SELECT e.activity_id, e.record FROM ("
            f"SELECT d.activity_id AS id, {SORT_KEY[sort]} AS k FROM catalog_doc d "
            f"{where} ORDER BY {ORDER[sort]} LIMIT %s OFFSET %s"
            f") t JOIN catalog_catalogentry e ON e.activity_id = t.id ORDER BY {OUTER_ORDER[sort]}",
            [*params, query.page_size, offset],
        )
        return fetch_rows(cursor)

    def browse_counts(self, cursor, groups, dates, date_params, *, split, query, overflow):
        where, params = _filters(groups, dates, date_params)
        counts, grouped = count_rows()
        first, up, up_params, side, sides = split_parts(split, query)
        cursor.execute(
            f"WITH {first} AS MATERIALIZED (SELECT {FACET_COLUMNS}, d.overflow_ids{up} "
            f"FROM catalog_doc d {where}), {side}{grouped} {counts}"
            f"{family_counts_of(query, overflow)}{sides}",
            [*up_params, *params],
        )
        return {str(r[2]): int(r[1]) for r in cursor.fetchall()}
