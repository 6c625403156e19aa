"""The finder's one read: a question in, a page of activity records and facet counts out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from django.db import connection

from opencme.catalog.backends.base import OPEN, UPCOMING, SearchBackend
from opencme.catalog.models import CatalogEntry
from opencme.catalog.query import EXTENSION_SORTS, FACET_NAMES, FAMILY, FinderQuery
from opencme.core import clock

# Facets with many values show the most frequent ones; the rest are reached by search.
FACET_LIMIT = {"specialty": 40, "provider": 40}


@dataclass
class FinderPage:
    query: FinderQuery
    count: int
    results: list[dict[str, Any]]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    # Matches open for credit today and matches not yet released (the open and upcoming views;
    # None in the others, which do not split them).
    open_count: int | None = None
    upcoming_count: int | None = None

    @property
    def pages(self) -> int:
        return max(1, -(-self.count // self.query.page_size))


def search_backend() -> SearchBackend:
    if connection.vendor == "postgresql":
        from opencme.catalog.backends.postgres import PostgresBackend

        return PostgresBackend()
    from opencme.catalog.backends.sqlite import SQLiteBackend

    return SQLiteBackend()


def group_facets(tokens: dict[str, int], query: FinderQuery) -> dict[str, dict[str, int]]:
    """``{"credit_type:ACPE": 3}`` to ``{"credit_type": {"ACPE": 3}}``, most frequent first."""
    facets: dict[str, dict[str, int]] = {name: {} for name in (*FACET_NAMES, FAMILY)}
    for token, n in tokens.items():
        name, _, value = token.partition(":")
        if name in facets:
            facets[name][value] = n
    out: dict[str, dict[str, int]] = {}
    for name, values in facets.items():
        ordered = sorted(values.items(), key=lambda item: (-item[1], item[0]))
        limit = FACET_LIMIT.get(name)
        if limit is not None and len(ordered) > limit:
            chosen = set(query.filters.get(name, ()))
            ordered = [kv for i, kv in enumerate(ordered) if i < limit or kv[0] in chosen]
        out[name] = dict(ordered)
    return out


def catalog_search(query: FinderQuery, *, today: dt.date | None = None) -> FinderPage:
    """Search the catalog: two statements, whatever the filters (see the backends). A sort an
    extension provides (``EXTENSION_SORTS``) is searched in the default order: the finder page
    reorders what its extension marks (``catalog.extensions``)."""
    asked = query
    if query.sort in EXTENSION_SORTS:
        query = replace(query, sort="relevance" if query.q else "newest")
    raw = search_backend().search(query, today=today or clock.today())
    query = asked
    results = [record for _, record in raw.rows]
    return FinderPage(
        query=query,
        count=raw.count,
        results=results,
        facets=group_facets(raw.tokens, query),
        open_count=raw.tokens.get(OPEN),
        upcoming_count=raw.tokens.get(UPCOMING),
    )


def catalog_record_get(activity_id: int) -> dict[str, Any] | None:
    """The published record of one activity, or None when it is not in the catalog."""
    return (
        CatalogEntry.objects.filter(activity_id=activity_id)
        .values_list("record", flat=True)
        .first()
    )
