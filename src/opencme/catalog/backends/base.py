"""What a search backend does: run one finder question as a page of records and facet counts.

A question with words is one statement (on PostgreSQL preceded by a look-up of the filters'
facet numbers): the matches are found once through the full-text index, reading only the
narrow search tables, then give both the page of records and the facet counts, so the cost
follows the number of matches, not the size of the catalog. A question without words (a
browse) can match most of the catalog: its page is read in index order, and its facet counts
are kept in ``catalog_facetcache`` for the index generation they were counted at
(``catalog.index`` bumps the generation in every write), so a browse counts the catalog once
per change (and day), not per view.
"""

# ruff: noqa: S608  (SQL is put together from this module's constants; values are parameters)

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import connection

from opencme.catalog.facets import BIT_FAMILIES, COLUMNS, COUNT_COLUMNS, ID_FAMILIES
from opencme.catalog.query import FAMILY, FinderQuery
from opencme.catalog.text import query_terms

ALL = "all"
OPEN_ENDED = "9999-12-31"  # open_until of an activity that never closes, in the search tables
EPOCH = dt.date(1970, 1, 1)  # catalog_state keeps days as numbers of days since then
TITLE_MARK = "_"  # PostgreSQL: a title word is indexed again as "_word"
FACET_COLUMNS = ", ".join(COUNT_COLUMNS)
# Counted beside the facets in the open and upcoming views: matches on either side.
OPEN, UPCOMING = "when:open", "when:upcoming"  # what the counts read of a match's row


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
        terms = query_terms(query.q)
        if query.q and not terms:  # only stop words: nothing can match
            return RawResult(count=0, rows=[], tokens={})
        groups = query.tokens_all()
        split = self.split_clause(query, today)
        # With words the matches of both sides are found together (``match``); a browse reads
        # its page of one side in index order, and counts both sides together.
        dates, date_params = split[0] if split and terms else self.date_clause(query, today)
        offset = (query.page - 1) * query.page_size
        sort = "newest" if query.sort == "relevance" and not terms else query.sort
        day = query.available_on or today  # the day expiry is tested for (when it is)
        with connection.cursor() as cursor:
            if terms:
                rows, tokens = self.match(
                    cursor,
                    terms,
                    groups,
                    dates,
                    date_params,
                    sort,
                    offset,
                    query,
                    day=day,
                    split=split[1] if split else None,
                )
            else:
                rows = self.browse(cursor, groups, dates, date_params, sort, offset, query)
                if split:
                    (dates, date_params), _ = split
                tokens = self.cached_counts(
                    cursor,
                    query,
                    today,
                    groups,
                    dates,
                    date_params,
                    split=split[1] if split else None,
                )
        return RawResult(count=tokens.get(ALL, 0), rows=rows, tokens=tokens)

    def cached_counts(
        self,
        cursor: Any,
        query: FinderQuery,
        today: dt.date,
        groups: list[tuple[str, ...]],
        dates: str,
        date_params: list[Any],
        *,
        split: tuple[str, list[Any]] | None = None,
    ) -> dict[str, int]:
        key = json.dumps(
            [
                groups,
                query.include_expired,
                query.upcoming,
                query.known_families,
                (query.available_on or today).isoformat(),
                bool(query.available_on),
            ]
        )
        cursor.execute(
            "SELECT s.value, c.tokens, EXISTS (SELECT 1 FROM catalog_facetvalue "
            "WHERE bit IS NULL AND family IN "
            f"({', '.join(repr(f) for f in BIT_FAMILIES)})) FROM catalog_state s "
            "LEFT JOIN catalog_facetcache c "
            "ON c.key = %s AND c.generation = s.value WHERE s.name = 'generation'",
            [key],
        )
        generation, cached, overflow = cursor.fetchone()
        if cached is not None:
            return {str(k): int(v) for k, v in json.loads(cached).items()}
        tokens = self.browse_counts(
            cursor, groups, dates, date_params, split=split, query=query, overflow=bool(overflow)
        )
        # Stored under the generation read before counting: if the index changed meanwhile,
        # the entry is already stale and is never served.
        cursor.execute("DELETE FROM catalog_facetcache WHERE generation <> %s", [generation])
        cursor.execute(
            "INSERT INTO catalog_facetcache (key, generation, tokens) VALUES (%s, %s, %s) "
            "ON CONFLICT (key) DO UPDATE SET generation = excluded.generation, "
            "tokens = excluded.tokens",
            [key, generation, json.dumps(tokens)],
        )
        return tokens

    # Engine-specific parts -------------------------------------------------------------------

    def match(
        self,
        cursor: Any,
        terms: list[str],
        groups: list[tuple[str, ...]],
        dates: str,
        date_params: list[Any],
        sort: str,
        offset: int,
        query: FinderQuery,
        *,
        day: dt.date,
        split: tuple[str, list[Any]] | None = None,
    ) -> tuple[list[tuple[int, dict[str, Any]]], dict[str, int]]:
        """One statement: the matches are found once, then give the page and the counts.

        ``split`` (see ``split_clause``): the test of a row not yet released, with its
        parameters; the matches are then those of ``dates`` on either side, the page and the
        counts those of the side asked for, and ``when:open`` and ``when:upcoming`` count each
        side (``split_parts``)."""
        raise NotImplementedError

    def browse(
        self,
        cursor: Any,
        groups: list[tuple[str, ...]],
        dates: str,
        date_params: list[Any],
        sort: str,
        offset: int,
        query: FinderQuery,
    ) -> list[tuple[int, dict[str, Any]]]:
        raise NotImplementedError

    def browse_counts(
        self,
        cursor: Any,
        groups: list[tuple[str, ...]],
        dates: str,
        date_params: list[Any],
        *,
        split: tuple[str, list[Any]] | None,
        query: FinderQuery,
        overflow: bool,
    ) -> dict[str, int]:
        """The facet counts of a browse, of the side of ``split`` asked for, with the counts
        of both sides (``match``); ``overflow``: some values are counted outside the bit sets.
        """
        raise NotImplementedError

    @staticmethod
    def date_clause(query: FinderQuery, today: dt.date, alias: str = "d") -> tuple[str, list[Any]]:
        """The date condition on a search table row (``start_date``, ``open_until``)."""
        if query.available_on is not None:
            day = query.available_on.isoformat()
            return (
                f"({alias}.start_date IS NULL OR {alias}.start_date <= %s) AND "
                f"{alias}.open_until >= %s",
                [day, day],
            )
        if query.include_expired:
            return "", []
        day = today.isoformat()
        if query.upcoming:  # not yet released, and credit claimable after release
            return f"{alias}.open_until >= %s AND {alias}.start_date > %s", [day, day]
        # Open for credit today (catalog.rules.credit_window): released and not expired.
        return (
            f"{alias}.open_until >= %s "
            f"AND ({alias}.start_date IS NULL OR {alias}.start_date <= %s)",
            [day, day],
        )

    @staticmethod
    def split_clause(
        query: FinderQuery, today: dt.date
    ) -> tuple[tuple[str, list[Any]], tuple[str, list[Any]]] | None:
        """For the open and upcoming views (None for the others): the date condition of both
        sides together, and the test of a row (``d``) on the upcoming side."""
        if query.available_on is not None or query.include_expired:
            return None
        day = today.isoformat()
        return ("d.open_until >= %s", [day]), (
            "(d.start_date IS NOT NULL AND d.start_date > %s)",
            [day],
        )


def family_count_rows(
    query: FinderQuery, combos: str, one: str = "1", outside: str | None = None
) -> str:
    """Rows ``(1, n, 'credit_family:<code>', NULL)`` counting the matches with any credit type
    of each credit family of the rule book. Summed over ``combos`` (the combinations found,
    each with its ``credit_type_bits`` and number of matches ``n``), or, when some values are
    counted outside the bit sets, counted over the matches ``m``: ``outside`` is then the
    engine's test that a match has one of ``{values}`` (ids) outside them. ``one``: the
    engine's 64-bit 1 for the shifts. Codes are safe to write out (the rule book's parser
    checks them)."""
    rows = []
    for code, members in query.known_families:
        tokens = ", ".join(f"'credit_type:{c}'" for c in members) or "''"
        mask = (
            f"(SELECT CAST(coalesce(sum({one} << bit), 0) AS BIGINT) FROM catalog_facetvalue "
            f"WHERE token IN ({tokens}) AND bit IS NOT NULL)"
        )
        if outside is None:
            rows.append(
                f" UNION ALL SELECT 1, coalesce(sum(n), 0), '{FAMILY}:{code}', NULL "
                f"FROM {combos} WHERE credit_type_bits & {mask} <> 0"
            )
            continue
        values = f"SELECT id FROM catalog_facetvalue WHERE token IN ({tokens})"
        rows.append(
            f" UNION ALL SELECT 1, count(*), '{FAMILY}:{code}', NULL FROM m "
            "JOIN catalog_facetcombo fc ON fc.id = m.combo_id "
            f"WHERE fc.credit_type_bits & {mask} <> 0 OR {outside.format(values=values)}"
        )
    return "".join(rows)


def split_parts(
    split: tuple[str, list[Any]] | None, query: FinderQuery, *, inline: str = "NOT MATERIALIZED"
) -> tuple[str, str, list[Any], str, str]:
    """The pieces a one-statement search puts together for ``split`` (``SearchBackend.match``):
    the name of the CTE of all matches, its column ``up`` and that column's parameters, the
    CTE ``m`` of the side shown (empty when the matches are that side already), and the rows
    counting each side."""
    if split is None:
        return "m", "", [], "", ""
    up, params = split
    side = "up" if query.upcoming else "NOT up"
    counts = (
        f" UNION ALL SELECT 1, count(*), '{UPCOMING}', NULL FROM m0 WHERE up"
        f" UNION ALL SELECT 1, count(*), '{OPEN}', NULL FROM m0 WHERE NOT up"
    )
    return "m0", f", {up} AS up", params, f"m AS {inline} (SELECT * FROM m0 WHERE {side}), ", counts


def family_counts(source: Callable[[str, int], str]) -> str:
    """The counts of every family's values, as ``(1, n, token, NULL)`` rows.

    ``source(family, position)`` is the rest of the ``SELECT`` giving the family's column
    (``position`` in it: 1 for a value number, 2 for a bit set) and its number of matches
    ``n``: ``"count(*) AS n FROM m GROUP BY 1"`` counts the matches themselves, the engines
    also read sums from their groupings by combination."""
    ids = " UNION ALL ".join(f"SELECT {COLUMNS[f]} AS id, {source(f, 1)}" for f in ID_FAMILIES)
    bits = " UNION ALL ".join(
        f"SELECT '{f}' AS f, {COLUMNS[f]} AS b, {source(f, 2)}" for f in BIT_FAMILIES
    )
    return (
        f"SELECT 1, c.n, v.token, NULL FROM ({ids}) c JOIN catalog_facetvalue v ON v.id = c.id "
        f"UNION ALL SELECT 1, n, token, NULL FROM ({bit_expansion(bits)}) x"
    )


def bit_expansion(groups: str) -> str:
    """Counts of bit-set families from ``groups`` (rows of family ``f``, bit set ``b`` and the
    number of matches ``n`` that have it): each set's count goes to every value of its bits."""
    return (
        f"SELECT v.token, sum(g.n) AS n FROM ({groups}) g "
        "JOIN catalog_facetvalue v ON v.family = g.f AND v.bit IS NOT NULL "
        "AND (g.b >> v.bit) & 1 = 1 GROUP BY v.token"
    )


def open_reference(cursor: Any, *, for_writing: bool = False) -> dt.date:
    """The day ``is_open`` is true for (``catalog.index.refresh_open``).

    ``for_writing``: the index writer holds it until commit, so the day cannot move (the refresh
    locks it for update) between reading it and writing rows whose ``is_open`` follows it. (On
    SQLite the writer holds the database's one write lock anyway.)"""
    lock = " FOR SHARE" if for_writing and connection.vendor == "postgresql" else ""
    cursor.execute(f"SELECT value FROM catalog_state WHERE name = 'open_ref'{lock}")
    return EPOCH + dt.timedelta(days=int(cursor.fetchone()[0]))


def search_state(cursor: Any) -> tuple[dt.date, bool]:
    """The day ``is_open`` is true for, and whether any facet value is counted outside the bit
    sets (one statement, read before a search with words)."""
    cursor.execute(
        "SELECT (SELECT value FROM catalog_state WHERE name = 'open_ref'), EXISTS ("
        "SELECT 1 FROM catalog_facetvalue WHERE bit IS NULL "
        f"AND family IN ({', '.join(repr(f) for f in BIT_FAMILIES)}))"
    )
    days, overflow = cursor.fetchone()
    return EPOCH + dt.timedelta(days=int(days)), bool(overflow)


def fetch_rows(cursor: Any) -> list[tuple[int, dict[str, Any]]]:
    return [(int(i), load_json(r)) for i, r in cursor.fetchall()]


def fetch_tokens(cursor: Any) -> dict[str, int]:
    return {str(v): int(n) for v, n in cursor.fetchall()}


def split_match_rows(
    raw: list[tuple[Any, ...]], sort: str
) -> tuple[list[tuple[int, dict[str, Any]]], dict[str, int]]:
    """Rows of a one-statement search: ``(0, id, record, key)`` for the page, in any order,
    ``(1, count, token, None)`` for the facet counts. The page is put in ``sort`` order."""
    page = [(int(r[1]), r[2], r[3]) for r in raw if r[0] == 0]
    tokens = {str(r[2]): int(r[1]) for r in raw if r[0] == 1}
    if sort == "relevance":  # "1|2026-05-01": title hit first, then newest; id breaks ties
        page.sort(key=lambda r: (str(r[2]), r[0]), reverse=True)
    elif sort == "newest":  # newest first, undated last
        page.sort(key=lambda r: (r[2] is not None, str(r[2] or ""), r[0]), reverse=True)
    else:
        page.sort(key=lambda r: (str(r[2]), r[0]))
    return [(i, load_json(record)) for i, record, _ in page], tokens
