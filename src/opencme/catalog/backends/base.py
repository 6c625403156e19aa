"""What a search backend does: run one finder question as two SQL statements."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from opencme.catalog.query import FinderQuery
from opencme.catalog.text import query_terms


@dataclass
class RawResult:
    count: int
    rows: list[tuple[int, dict[str, Any]]]
    tokens: dict[str, int]


def load_json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, (str, bytes)) else value


class SearchBackend:
    """Runs a :class:`FinderQuery` inside the database: a page of records and facet counts."""

    def search(self, query: FinderQuery, *, today: dt.date) -> RawResult:
        raise NotImplementedError

    @staticmethod
    def date_clause(query: FinderQuery, today: dt.date) -> tuple[str, list[Any]]:
        if query.available_on is not None:
            day = query.available_on.isoformat()
            return (
                "(e.start_date IS NULL OR e.start_date <= %s) AND "
                "(e.open_until IS NULL OR e.open_until >= %s)",
                [day, day],
            )
        if query.include_expired:
            return "", []
        return "(e.open_until IS NULL OR e.open_until >= %s)", [today.isoformat()]

    @staticmethod
    def terms(query: FinderQuery) -> list[str]:
        return query_terms(query.q)
