"""SQLite: FTS5 finds the matches, ``catalog_doc`` gives each one row with its dates and facets.

``catalog_fts`` matches the words and the filters of many-valued families (specialty,
provider) as facet terms; the other filters are tests on the ``catalog_doc`` row each match
reads anyway (its dates for expiry and order, its title terms for relevance), cheaper there
than intersecting a long list of terms in FTS5. The facet counts group those same rows
(``catalog.facets``): a search reads a wide entry row only for the page of records shown. A
browse (no words) walks ``catalog_doc`` in date order.
"""

# ruff: noqa: S608  (SQL is put together from this module's constants; values are parameters)

from __future__ import annotations

from typing import Any

from opencme.catalog.backends.base import (
    ALL,
    FACET_COLUMNS,
    SearchBackend,
    family_count_rows,
    family_counts,
    fetch_rows,
    search_state,
    split_match_rows,
    split_parts,
)
from opencme.catalog.facets import BIT_FAMILIES, COLUMNS, COMBINED_FAMILIES, family
from opencme.catalog.query import FinderQuery
from opencme.catalog.text import facet_term

# SQLite sorts NULL first, so DESC puts undated activities last, as PostgreSQL's NULLS LAST.
# Open-ended activities have open_until 9999-12-31 (migration 0003), so they expire last.
ORDER = {
    "newest": "d.start_date DESC, d.activity_id DESC",
    "expiring": "d.open_until, d.activity_id",
}
OUTER_ORDER = {"newest": "t.k DESC, t.id DESC", "expiring": "t.k, t.id"}
# Relevance: activities with every word in the title first, then newest first (the same rule
# on both engines; bm25 over thousands of matches cost more than the rest of the search).
# The title test is made on each match's row (``catalog_doc.title_terms``, see ``title_hit``);
# the key string is made for the page only (``t``).
MATCH_KEY = {
    "relevance": "t.title_hit || '|' || coalesce(t.start_date, '')",
    "newest": "t.start_date",
    "expiring": "t.open_until",
}
MATCH_ORDER = {
    "relevance": "title_hit DESC, start_date DESC, id DESC",
    "newest": "start_date DESC, id DESC",
    "expiring": "open_until, id",
}
SORT_KEY = {"newest": "d.start_date", "expiring": "d.open_until"}


FTS_FAMILIES = ("specialty", "provider")  # filtered in FTS5: each value is rare


def match_expression(
    terms: list[str], groups: list[tuple[str, ...]], columns: str = "title_terms body_terms"
) -> str:
    """An FTS5 MATCH expression: every query term in ``columns``, one facet term per group."""
    parts = [f'{{{columns}}} : "{t}"' for t in terms]
    for group in groups:
        alternatives = " OR ".join(f'"{facet_term(token)}"' for token in group)
        parts.append(f"facet_terms : ({alternatives})")
    return " AND ".join(parts)


def title_hit(terms: list[str], sort: str) -> tuple[str, list[str]]:
    """Whether a match (``d``) has every word in its title, with its parameters: each word is
    looked for between spaces in the row's title terms (made so by the index writer)."""
    if sort != "relevance":
        return "0", []
    return " AND ".join(["instr(d.title_terms, %s) > 0"] * len(terms)), [f" {t} " for t in terms]


def split_groups(
    groups: list[tuple[str, ...]],
) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Filter groups matched in FTS5 and those tested on the ``catalog_doc`` row."""
    in_fts = [g for g in groups if family(g[0]) in FTS_FAMILIES]
    return in_fts, [g for g in groups if family(g[0]) not in FTS_FAMILIES]


def column_filters(
    groups: list[tuple[str, ...]], *, overflow: bool = True
) -> tuple[list[str], list[Any]]:
    """Tests of a ``catalog_doc`` row (alias ``d``): one of the group's values, per group.

    A bit-set family tests the row's bits, and (``overflow``) the overflow rows of values
    without a bit."""
    conditions, params = [], []
    for group in groups:
        name = family(group[0])
        marks = ", ".join(["%s"] * len(group))
        values = f"FROM catalog_facetvalue WHERE token IN ({marks})"
        if name in BIT_FAMILIES and not overflow:
            conditions.append(f"d.{COLUMNS[name]} & (SELECT sum(1 << bit) {values}) <> 0")
            params += list(group)
        elif name in BIT_FAMILIES:
            conditions.append(
                f"(d.{COLUMNS[name]} & (SELECT coalesce(sum(1 << bit), 0) {values}) <> 0 "
                "OR d.activity_id IN (SELECT f.activity_id FROM catalog_facet f "
                f"WHERE f.facet_id IN (SELECT id {values})))"
            )
            params += [*group, *group]
        else:
            conditions.append(f"d.{COLUMNS[name]} IN (SELECT id {values})")
            params += list(group)
    return conditions, params


def _and(*conditions: str) -> str:
    return " AND ".join(c for c in conditions if c)


def count_rows(*, overflow: bool = True) -> tuple[str, str]:
    """The facet counts of the matches in ``m``, as ``(1, n, token, NULL)`` rows, and the
    groupings they read (``g0``: matches per combination, ``g``: those with the combination's
    columns). ``overflow``: with the values counted outside the bit sets."""
    grouped = (
        "g0 AS MATERIALIZED (SELECT combo_id, count(*) AS n FROM m GROUP BY 1), "
        "g AS MATERIALIZED (SELECT k.*, g0.n FROM g0 "
        "JOIN catalog_facetcombo k ON k.id = g0.combo_id)"
    )

    def source(name: str, position: int) -> str:
        if name in COMBINED_FAMILIES:
            return f"sum(n) AS n FROM g GROUP BY {position}"
        return f"count(*) AS n FROM m GROUP BY {position}"

    outside = (
        "SELECT v.token, count(*) AS n FROM m JOIN catalog_facet f ON f.activity_id = m.id "
        "JOIN catalog_facetvalue v ON v.id = f.facet_id GROUP BY v.token"
    )
    counts = (
        f"SELECT 1, coalesce(sum(n), 0), '{ALL}', NULL FROM g0 UNION ALL {family_counts(source)}"
    )
    counts += f" UNION ALL SELECT 1, n, token, NULL FROM ({outside})" if overflow else ""
    return counts, grouped


def family_counts_of(query: FinderQuery, overflow: bool) -> str:
    """The credit families' counts (``family_count_rows``) of the matches in ``m``."""
    outside = "m.id IN (SELECT f.activity_id FROM catalog_facet f WHERE f.facet_id IN ({values}))"
    return family_count_rows(query, "g", "1", outside if overflow else None)


MATCH_COLUMNS = f"d.activity_id AS id, d.start_date, d.open_until, {FACET_COLUMNS}"


class SQLiteBackend(SearchBackend):
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
        on_row: list[tuple[str, ...]] = []
        if dates and day >= reference:
            # The index of open rows: half as long, so every filter is a term there.
            fts, in_fts = "catalog_fts_open", groups
        else:
            fts, (in_fts, on_row) = "catalog_fts", split_groups(groups)
        conditions, params = column_filters(on_row, overflow=overflow)
        counts, grouped = count_rows(overflow=overflow)
        hit, hit_params = title_hit(terms, sort)
        first, up, up_params, side, sides = split_parts(split, query)
        cursor.execute(
            f"WITH {first} AS MATERIALIZED ("
            f"SELECT {MATCH_COLUMNS}, ({hit}) AS title_hit{up} FROM {fts} "
            f"JOIN catalog_doc d ON d.activity_id = {fts}.rowid "
            f"WHERE {_and(f'{fts} MATCH %s', dates, *conditions)}), {side}"
            "top AS (SELECT id, start_date, open_until, title_hit "
            f"FROM m ORDER BY {MATCH_ORDER[sort]} LIMIT %s OFFSET %s), "
            f"{grouped} "
            f"SELECT 0, t.id, e.record, {MATCH_KEY[sort]} FROM top t "
            "JOIN catalog_catalogentry e ON e.activity_id = t.id "
            f"UNION ALL {counts}{family_counts_of(query, overflow)}{sides}",
            [
                *hit_params,
                *up_params,
                match_expression(terms, in_fts),
                *date_params,
                *params,
                query.page_size,
                offset,
            ],
        )
        return split_match_rows(cursor.fetchall(), sort)

    @staticmethod
    def _browse_where(
        groups: list[tuple[str, ...]], dates: str, date_params: list[Any]
    ) -> tuple[str, list[Any]]:
        in_fts, on_row = split_groups(groups)
        conditions, params = column_filters(on_row)
        if in_fts:
            conditions.append(
                "d.activity_id IN (SELECT rowid FROM catalog_fts WHERE catalog_fts MATCH %s)"
            )
            params.append(match_expression([], in_fts))
        where = _and(dates, *conditions)
        return (f"WHERE {where}" if where else ""), [*date_params, *params]

    def browse(self, cursor, groups, dates, date_params, sort, offset, query: FinderQuery):
        where, params = self._browse_where(groups, dates, date_params)
        cursor.execute(
            "SELECT e.activity_id, e.record FROM ("
            f"SELECT d.activity_id AS id, {SORT_KEY[sort]} AS k FROM catalog_doc d "
            f"{where} ORDER BY {ORDER[sort]} LIMIT %s OFFSET %s"
            f") t JOIN catalog_catalogentry e ON e.activity_id = t.id ORDER BY {OUTER_ORDER[sort]}",
            [*params, query.page_size, offset],
        )
        return fetch_rows(cursor)

    def browse_counts(self, cursor, groups, dates, date_params, *, split, query, overflow):
        where, params = self._browse_where(groups, dates, date_params)
        counts, grouped = count_rows(overflow=overflow)
        first, up, up_params, side, sides = split_parts(split, query)
        cursor.execute(
            f"WITH {first} AS MATERIALIZED (SELECT {MATCH_COLUMNS}{up} FROM catalog_doc d "
            f"{where}), {side}{grouped} {counts}{family_counts_of(query, overflow)}{sides}",
            [*up_params, *params],
        )
        return {str(r[2]): int(r[1]) for r in cursor.fetchall()}
