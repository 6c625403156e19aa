"""SQLite: FTS5 over the entries (filters are facet terms inside MATCH), counts from catalog_facet.

``catalog_fts`` finds the matches; ``catalog_doc`` gives their dates (order, expiry) and
``catalog_facet`` their facet values, narrow rows, so a search reads a wide entry row only for
the page of records shown. A browse (no words) walks ``catalog_doc`` in date order.
"""

from __future__ import annotations

from typing import Any

from opencme.catalog.backends.base import (
    SearchBackend,
    fetch_rows,
    fetch_tokens,
    split_match_rows,
)
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
MATCH_KEY = {
    "relevance": "(id IN (SELECT rowid FROM catalog_fts WHERE catalog_fts MATCH %s)) "
    "|| '|' || coalesce(start_date, '')",
    "newest": "start_date",
    "expiring": "open_until",
}
MATCH_ORDER = {
    "relevance": "k DESC, id DESC",
    "newest": "start_date DESC, id DESC",
    "expiring": "open_until, id",
}
SORT_KEY = {"newest": "d.start_date", "expiring": "d.open_until"}


def match_expression(
    terms: list[str], groups: list[tuple[str, ...]], columns: str = "title_terms body_terms"
) -> str:
    """An FTS5 MATCH expression: every query term in ``columns``, one facet term per group."""
    parts = [f'{{{columns}}} : "{t}"' for t in terms]
    for group in groups:
        alternatives = " OR ".join(f'"{facet_term(token)}"' for token in group)
        parts.append(f"facet_terms : ({alternatives})")
    return " AND ".join(parts)


def _and(*conditions: str) -> str:
    return " AND ".join(c for c in conditions if c)


class SQLiteBackend(SearchBackend):
    def match(self, cursor, terms, groups, dates, date_params, sort, offset, query: FinderQuery):
        cursor.execute(
            "WITH m AS MATERIALIZED ("  # noqa: S608
            "SELECT catalog_fts.rowid AS id, d.start_date, d.open_until FROM catalog_fts "
            "JOIN catalog_doc d ON d.activity_id = catalog_fts.rowid "
            f"WHERE {_and('catalog_fts MATCH %s', dates)}), "
            f"top AS (SELECT id, {MATCH_KEY[sort]} AS k FROM m ORDER BY {MATCH_ORDER[sort]} "
            "LIMIT %s OFFSET %s) "
            "SELECT 0, t.id, e.record, t.k FROM top t "
            "JOIN catalog_catalogentry e ON e.activity_id = t.id "
            "UNION ALL SELECT 1, c.n, v.token, NULL FROM ("
            "SELECT f.facet_id AS id, count(*) AS n FROM m "
            "JOIN catalog_facet f ON f.activity_id = m.id GROUP BY f.facet_id"
            ") c JOIN catalog_facetvalue v ON v.id = c.id",
            [
                match_expression(terms, groups),
                *date_params,
                *([match_expression(terms, groups, "title_terms")] if sort == "relevance" else []),
                query.page_size,
                offset,
            ],
        )
        return split_match_rows(cursor.fetchall(), sort)

    @staticmethod
    def _group_filters(groups: list[tuple[str, ...]]) -> tuple[list[str], list[Any]]:
        # Per row walked in date order: is it under one of the group's facet values?
        conditions, params = [], []
        for group in groups:
            marks = ", ".join(["%s"] * len(group))
            conditions.append(
                "EXISTS (SELECT 1 FROM catalog_facet g WHERE g.activity_id = d.activity_id AND "  # noqa: S608
                f"g.facet_id IN (SELECT id FROM catalog_facetvalue WHERE token IN ({marks})))"
            )
            params += list(group)
        return conditions, params

    def browse(self, cursor, groups, dates, date_params, sort, offset, query: FinderQuery):
        conditions, params = self._group_filters(groups)
        where = _and(dates, *conditions)
        cursor.execute(
            "SELECT e.activity_id, e.record FROM ("  # noqa: S608
            f"SELECT d.activity_id AS id, {SORT_KEY[sort]} AS k FROM catalog_doc d "
            f"{'WHERE ' + where if where else ''} ORDER BY {ORDER[sort]} LIMIT %s OFFSET %s"
            f") t JOIN catalog_catalogentry e ON e.activity_id = t.id ORDER BY {OUTER_ORDER[sort]}",
            [*date_params, *params, query.page_size, offset],
        )
        return fetch_rows(cursor)

    def browse_counts(self, cursor, groups, dates, date_params):
        if groups:
            match = match_expression([], groups)
            where = _and("catalog_fts MATCH %s", dates.replace("d.", "f."))
            cursor.execute(
                "SELECT v.token, c.n FROM ("  # noqa: S608
                "SELECT f.facet_id AS id, count(*) AS n FROM catalog_fts "
                "JOIN catalog_facet f ON f.activity_id = catalog_fts.rowid "
                f"WHERE {where} GROUP BY f.facet_id) c JOIN catalog_facetvalue v ON v.id = c.id",
                [match, *date_params],
            )
            return fetch_tokens(cursor)
        where = dates.replace("d.", "f.")
        cursor.execute(
            "SELECT v.token, c.n FROM ("  # noqa: S608
            "SELECT f.facet_id AS id, count(*) AS n FROM catalog_facet f "
            f"{'WHERE ' + where if where else ''} GROUP BY f.facet_id"
            ") c JOIN catalog_facetvalue v ON v.id = c.id",
            date_params,
        )
        return fetch_tokens(cursor)
