"""PostgreSQL: a generated tsvector with a GIN index, facets as a jsonb array with a GIN index."""

from __future__ import annotations

import datetime as dt
import json

from django.db import connection

from opencme.catalog.backends.base import RawResult, SearchBackend, load_json
from opencme.catalog.index import ALL
from opencme.catalog.query import FinderQuery

ORDER = {
    "relevance": "ts_rank(e.search, query.q) DESC, e.activity_id",
    "newest": "e.start_date DESC NULLS LAST, e.activity_id DESC",
    "expiring": "e.open_until ASC NULLS LAST, e.activity_id",
}


class PostgresBackend(SearchBackend):
    def search(self, query: FinderQuery, *, today: dt.date) -> RawResult:
        terms = self.terms(query)
        if query.q and not terms:
            return RawResult(count=0, rows=[], tokens={})
        conditions: list[str] = []
        params: list[object] = []
        source = "catalog_catalogentry e"
        if terms:
            # Terms are made by catalog.text (letters and digits only), so quoting is safe.
            source += ", to_tsquery('simple', %s) AS query(q)"
            params.append(" & ".join(f"'{t}'" for t in terms))
            conditions.append("e.search @@ query.q")
        for group in query.tokens_all():
            if len(group) == 1:
                conditions.append("e.facets @> %s::jsonb")
                params.append(json.dumps([group[0]]))
            else:
                conditions.append("e.facets ?| %s")
                params.append(list(group))
        where, date_params = self.date_clause(query, today)
        if where:
            conditions.append(where)
            params += date_params
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
                f"SELECT j.value, count(*) FROM {source} "  # noqa: S608
                f"CROSS JOIN LATERAL jsonb_array_elements_text(e.facets) AS j(value) "
                f"{where_sql} GROUP BY j.value",
                params,
            )
            tokens = {str(v): int(n) for v, n in cursor.fetchall()}
        return RawResult(count=tokens.get(ALL, 0), rows=rows, tokens=tokens)
