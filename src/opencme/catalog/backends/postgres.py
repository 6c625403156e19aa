"""PostgreSQL: catalog_doc holds the tsvector, the facet ids (integer array) and the dates.

Words match through the GIN index on ``search``, filters through the GIN index on
``facet_ids`` (one ``&&`` per facet: OR within, AND across), and facet counts unnest the ids of
the matching rows. Only the page of records shown is read from the wide entry table.
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

ORDER = {
    "newest": "d.start_date DESC NULLS LAST, d.activity_id DESC",
    "expiring": "d.open_until, d.activity_id",
}
SORT_KEY = {"newest": "d.start_date", "expiring": "d.open_until"}
# Relevance: activities with every word in the title (weight A) first, then newest first, as
# on SQLite.
MATCH_KEY = {
    "relevance": "((CASE WHEN title_hit THEN '1' ELSE '0' END) || '|' "
    "|| coalesce(start_date::text, '')) COLLATE \"C\"",
    "newest": "start_date",
    "expiring": "open_until",
}
MATCH_ORDER = {
    "relevance": "k DESC, id DESC",
    "newest": "start_date DESC NULLS LAST, id DESC",
    "expiring": "open_until, id",
}
OUTER_ORDER = {
    "newest": "t.k DESC NULLS LAST, t.id DESC",
    "expiring": "t.k, t.id",
}


def tsquery(terms: list[str], weight: str = "") -> str:
    # Terms are made by catalog.text (letters and digits only), so quoting is safe.
    return " & ".join(f"'{t}'{weight}" for t in terms)


def _facet_ids(cursor: Any, groups: list[tuple[str, ...]]) -> dict[str, int]:
    # Looked up first, so the search statement carries the numbers as constants and the
    # planner can weigh each filter by its statistics (a subquery hides them).
    tokens = sorted({t for group in groups for t in group})
    if not tokens:
        return {}
    cursor.execute("SELECT token, id FROM catalog_facetvalue WHERE token = ANY(%s)", [tokens])
    return {str(t): int(i) for t, i in cursor.fetchall()}


def _where(
    cursor: Any,
    terms: list[str],
    groups: list[tuple[str, ...]],
    dates: str,
    date_params: list[Any],
) -> tuple[str, str, list[Any]]:
    """FROM extras, WHERE and parameters for matching ``terms`` and the filter groups."""
    source, conditions = "", []
    params: list[Any] = []
    if terms:
        source = ", to_tsquery('simple', %s) AS q(q), to_tsquery('simple', %s) AS t(t)"
        params += [tsquery(terms), tsquery(terms, ":A")]
        conditions.append("d.search @@ q.q")
    ids = _facet_ids(cursor, groups)
    for group in groups:
        conditions.append("d.facet_ids && %s::integer[]")
        params.append([ids.get(t, 0) for t in group])  # 0: no such value, matches nothing
    if dates:
        conditions.append(dates)
        params += date_params
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    return source, where, params


class PostgresBackend(SearchBackend):
    def match(self, cursor, terms, groups, dates, date_params, sort, offset, query: FinderQuery):
        source, where, params = _where(cursor, terms, groups, dates, date_params)
        cursor.execute(
            "WITH m AS MATERIALIZED ("  # noqa: S608
            "SELECT d.activity_id AS id, d.search @@ t.t AS title_hit, d.start_date, "
            f"d.open_until, d.facet_ids FROM catalog_doc d{source} {where}), "
            f"top AS (SELECT id, {MATCH_KEY[sort]} AS k FROM m ORDER BY {MATCH_ORDER[sort]} "
            "LIMIT %s OFFSET %s) "
            "SELECT 0, t.id, e.record::text, t.k::text FROM top t "
            "JOIN catalog_catalogentry e ON e.activity_id = t.id "
            "UNION ALL SELECT 1, c.n, v.token, NULL FROM ("
            "SELECT u.id, count(*) AS n FROM m CROSS JOIN LATERAL unnest(m.facet_ids) AS u(id) "
            "GROUP BY u.id) c JOIN catalog_facetvalue v ON v.id = c.id",
            [*params, query.page_size, offset],
        )
        return split_match_rows(cursor.fetchall(), sort)

    def page(self, cursor, groups, dates, date_params, sort, offset, query: FinderQuery):
        source, where, params = _where(cursor, [], groups, dates, date_params)
        cursor.execute(
            "SELECT e.activity_id, e.record FROM ("  # noqa: S608
            f"SELECT d.activity_id AS id, {SORT_KEY[sort]} AS k FROM catalog_doc d{source} "
            f"{where} ORDER BY {ORDER[sort]} LIMIT %s OFFSET %s"
            f") t JOIN catalog_catalogentry e ON e.activity_id = t.id ORDER BY {OUTER_ORDER[sort]}",
            [*params, query.page_size, offset],
        )
        return fetch_rows(cursor)

    def browse(self, cursor, groups, dates, date_params, sort, offset, query: FinderQuery):
        return self.page(cursor, groups, dates, date_params, sort, offset, query)

    def browse_counts(self, cursor, groups, dates, date_params):
        source, where, params = _where(cursor, [], groups, dates, date_params)
        cursor.execute(
            "SELECT v.token, c.n FROM ("  # noqa: S608
            f"SELECT u.id, count(*) AS n FROM catalog_doc d{source} "
            f"CROSS JOIN LATERAL unnest(d.facet_ids) AS u(id) {where} GROUP BY u.id"
            ") c JOIN catalog_facetvalue v ON v.id = c.id",
            params,
        )
        return fetch_tokens(cursor)
