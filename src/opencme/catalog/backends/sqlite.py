"""SQLite: an FTS5 index over the catalog entries, filters as facet terms inside MATCH."""

from __future__ import annotations

import datetime as dt

from django.db import connection

from opencme.catalog.backends.base import RawResult, SearchBackend, load_json
from opencme.catalog.index import ALL
from opencme.catalog.query import FinderQuery
from opencme.catalog.text import facet_term

ORDER = {
    "relevance": "bm25(catalog_fts, 4.0, 1.0, 0.0), e.activity_id",
    "newest": "e.start_date IS NULL, e.start_date DESC, e.activity_id DESC",
    "expiring": "e.open_until IS NULL, e.open_until, e.activity_id",
}


def match_expression(terms: list[str], groups: list[tuple[str, ...]]) -> str:
    """An FTS5 MATCH expression: every query term in title or body, one facet term per group."""
    parts = [f'{{title_terms body_terms}} : "{t}"' for t in terms]
    for group in groups:
        alternatives = " OR ".join(f'"{facet_term(token)}"' for token in group)
        parts.append(f"facet_terms : ({alternatives})")
    return " AND ".join(parts)


class SQLiteBackend(SearchBackend):
    def search(self, query: FinderQuery, *, today: dt.date) -> RawResult:
        terms = self.terms(query)
        groups = query.tokens_all()
        if query.q and not terms:  # only stop words: nothing can match
            return RawResult(count=0, rows=[], tokens={})
        where, params = self.date_clause(query, today)
        match = match_expression(terms, groups) if (terms or groups) else ""
        if match:
            source = "catalog_fts JOIN catalog_catalogentry e ON e.activity_id = catalog_fts.rowid"
            conditions = ["catalog_fts MATCH %s", *([where] if where else [])]
            params = [match, *params]
        else:
            source = "catalog_catalogentry e"
            conditions = [where] if where else []
        where_sql = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        order = ORDER["newest" if query.sort == "relevance" and not terms else query.sort]
        offset = (query.page - 1) * query.page_size
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.activity_id, e.record FROM {source} {where_sql} "  # noqa: S608
                f"ORDER BY {order} LIMIT %s OFFSET %s",
                [*params, query.page_size, offset],
            )
            rows = [(int(i), load_json(r)) for i, r in cursor.fetchall()]
            cursor.execute(
                f"SELECT j.value, count(*) FROM {source}, json_each(e.facets) j "  # noqa: S608
                f"{where_sql} GROUP BY j.value",
                params,
            )
            tokens = {str(v): int(n) for v, n in cursor.fetchall()}
        return RawResult(count=tokens.get(ALL, 0), rows=rows, tokens=tokens)
