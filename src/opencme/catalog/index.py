"""Writing the finder's index. Called by activity services inside their transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db import connection, transaction

from opencme.accreditation.rules import RuleBook, claimable_until
from opencme.accreditation.selectors import rulebook_get
from opencme.accreditation.topics import TOPICS, with_broader
from opencme.activities.bulk import insert_objects
from opencme.activities.models import Activity
from opencme.activities.records import activity_record
from opencme.activities.selectors import activity_queryset_for_record
from opencme.catalog import facets
from opencme.catalog.backends.base import (
    EPOCH,
    OPEN_ENDED,
    TITLE_MARK,
    open_reference,
)
from opencme.catalog.facets import ALL
from opencme.catalog.models import CatalogEntry
from opencme.catalog.text import document_words, facet_term
from opencme.catalog.vocabulary import add_terms, remove_terms

OPEN_ENDED_DATE = dt.date.fromisoformat(OPEN_ENDED)


def facet_tokens(activity: Activity, record: dict, book: RuleBook) -> list[str]:
    """The facet values an activity is counted under, as ``name:value`` tokens."""
    tokens = [ALL, f"kind:{activity.kind}", f"provider:{activity.provider.slug}"]
    if activity.format:
        tokens.append(f"format:{activity.format}")
    if activity.delivery:
        tokens.append(f"delivery:{activity.delivery}")
    tokens.append("free:true" if activity.cost_free else "free:false")
    professions: set[str] = set()
    for credit in record["credits"]:
        tokens.append(f"credit_type:{credit['type']}")
        rule = book.credit_type(credit["type"])
        if rule is not None and "*" not in rule.professions:
            professions |= rule.professions
    tokens += [f"profession:{p}" for p in sorted(professions)]
    tokens += [f"moc_board:{m['board']}" for m in record["moc"]]
    tokens += [f"specialty:{s.slug}" for s in activity.specialties.all()]
    # a narrower topic counts under its broader one too (Florida laws and rules: state laws)
    topics = with_broader(record["topics"])
    tokens += [f"topic:{t}" for t in TOPICS if t in topics]
    return list(dict.fromkeys(tokens))


def build_entry(activity: Activity, book: RuleBook) -> CatalogEntry:
    record = activity_record(activity)
    tokens = facet_tokens(activity, record, book)
    rules = [book.credit_type(c["type"]) for c in record["credits"]]
    body = [
        record["description"] or "",
        activity.provider.name,
        " ".join(record["joint_providers"]),
        " ".join(record["faculty"]),
        " ".join(record["objectives"]),
        " ".join(TOPICS.get(t, t) for t in record["topics"]),  # searched by their labels
        " ".join(record["specialties"]),
        " ".join(record["audience"]),
        " ".join(r.name for r in rules if r is not None),
        " ".join(m["board"] for m in record["moc"]),
        activity.location,
    ]
    words: dict[str, str] = {}
    entry = CatalogEntry(
        activity=activity,
        provider_id=activity.provider_id,
        kind=activity.kind,
        title=activity.title,
        title_terms=document_words(activity.title, words=words),
        body_terms=document_words(*body, words=words),
        facet_terms=" ".join(facet_term(t) for t in tokens),
        facets=tokens,
        start_date=activity.start_date,
        open_until=claimable_until(
            book, format=activity.format, end_date=activity.end_date, expires=activity.expires
        ),
        record=record,
    )
    entry.words = words  # type: ignore[attr-defined]  # for the vocabulary, not stored
    return entry


def facet_values(tokens: Iterable[str]) -> dict[str, tuple[int, int | None]]:
    """The number and bit (see ``catalog.facets``) of each facet token, numbering new ones
    inside the caller's transaction."""
    wanted = sorted(set(tokens))
    if not wanted:
        return {}
    with connection.cursor() as cursor:
        known = _read_values(cursor)
        missing = [t for t in wanted if t not in known]
        if missing:
            if connection.vendor == "postgresql":
                # Two writers must not give one bit to two values: new values are numbered
                # one transaction at a time (a rare event: a value never seen before).
                cursor.execute("LOCK TABLE catalog_facetvalue IN SHARE ROW EXCLUSIVE MODE")
                known = _read_values(cursor)
                missing = [t for t in wanted if t not in known]
            used: dict[str, int] = {}
            for _, bit_family, bit in known.values():
                if bit is not None:
                    used[bit_family] = max(used.get(bit_family, 0), bit + 1)
            rows = []
            for token in missing:
                name = facets.family(token)
                bit = None
                if name in facets.BIT_FAMILIES and used.get(name, 0) < facets.BITS_PER_FAMILY:
                    bit = used.get(name, 0)
                    used[name] = bit + 1
                rows.append((token, name, bit))
            cursor.executemany(
                "INSERT INTO catalog_facetvalue (token, family, bit) VALUES (%s, %s, %s) "
                "ON CONFLICT (token) DO NOTHING",
                rows,
            )
            known = _read_values(cursor)
    return {t: (known[t][0], known[t][2]) for t in wanted}


def _read_values(cursor: Any) -> dict[str, tuple[int, str, int | None]]:
    cursor.execute("SELECT token, id, family, bit FROM catalog_facetvalue")
    return {
        str(t): (int(i), str(f), None if b is None else int(b)) for t, i, f, b in cursor.fetchall()
    }


DOC_FACET_COLUMNS = [facets.COLUMNS[f] for f in (*facets.ID_FAMILIES, *facets.BIT_FAMILIES)]


def combo_ids(keys: Iterable[str]) -> dict[str, int]:
    """The ``catalog_facetcombo`` id of each combination key (``facets.combo_key``), adding
    new ones inside the caller's transaction (on PostgreSQL a writer adding the same one
    waits on the unique key and then reads the other's row)."""
    wanted = sorted(set(keys))
    found: dict[str, int] = {}
    columns = ", ".join(facets.COMBO_COLUMNS)
    with connection.cursor() as cursor:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join(["%s"] * len(chunk))
            select = f"SELECT key, id FROM catalog_facetcombo WHERE key IN ({marks})"  # noqa: S608
            cursor.execute(select, chunk)
            found.update((str(k), int(i)) for k, i in cursor.fetchall())
            missing = [k for k in chunk if k not in found]
            if not missing:
                continue
            values = ", ".join(["%s"] * (1 + len(facets.COMBO_COLUMNS)))
            cursor.executemany(
                f"INSERT INTO catalog_facetcombo (key, {columns}) VALUES ({values}) "  # noqa: S608
                "ON CONFLICT (key) DO NOTHING",
                [(k, *(int(n) for n in k.split(","))) for k in missing],
            )
            cursor.execute(select, chunk)
            found.update((str(k), int(i)) for k, i in cursor.fetchall())
    return found


def search_lexemes(entry: CatalogEntry) -> list[str]:
    """PostgreSQL's ``tsvector`` of an entry: every word, every title word again as ``_word``
    (relevance: all words in the title) and the facet terms."""
    title = entry.title_terms.split()
    lexemes = {*title, *entry.body_terms.split(), *entry.facet_terms.split()}
    lexemes.update(f"{TITLE_MARK}{t}" for t in title)
    return sorted(lexemes)


def _write_side_rows(entries: list[CatalogEntry]) -> None:
    values = facet_values(t for e in entries for t in e.facets)
    held = [facets.doc_columns(e.facets, values) for e in entries]
    keys = [facets.combo_key(h) for h in held]
    combos = combo_ids(keys)
    for columns_of, key in zip(held, keys, strict=True):
        columns_of["combo_id"] = combos[key]
    with connection.cursor() as cursor:
        reference = open_reference(cursor, for_writing=True)  # which rows are open
        if connection.vendor == "postgresql":
            _write_postgres_rows(cursor, entries, values, held, reference)
        else:
            _write_sqlite_rows(cursor, entries, values, held, reference)


def _write_postgres_rows(
    cursor: Any, entries: list[CatalogEntry], values: dict, held: list[dict], reference: dt.date
) -> None:
    columns = [*DOC_FACET_COLUMNS, "combo_id"]
    rows = []
    for e, columns_of in zip(entries, held, strict=True):
        until = e.open_until or OPEN_ENDED_DATE
        rows.append(
            (
                e.activity_id,
                search_lexemes(e),
                facets.overflow(e.facets, values),
                e.start_date,
                until,
                until >= reference,
                *(columns_of.get(c) for c in columns),
            )
        )
    marks = ", ".join(["%s"] * len(columns))
    cursor.executemany(
        "INSERT INTO catalog_doc (activity_id, search, overflow_ids, start_date, open_until, "  # noqa: S608
        f"is_open, {', '.join(columns)}) VALUES (%s, array_to_tsvector(%s::text[]), "
        f"%s::integer[], %s, %s, %s, {marks})",
        rows,
    )


def _write_sqlite_rows(
    cursor: Any, entries: list[CatalogEntry], values: dict, held: list[dict], reference: dt.date
) -> None:
    ops = connection.ops
    columns = [*DOC_FACET_COLUMNS, "combo_id"]
    docs, extra, opened = [], [], []
    for e, columns_of in zip(entries, held, strict=True):
        start = ops.adapt_datefield_value(e.start_date)
        until = ops.adapt_datefield_value(e.open_until) or OPEN_ENDED
        is_open = (e.open_until or OPEN_ENDED_DATE) >= reference
        title = f" {e.title_terms} "  # between spaces: a word is found as " word "
        docs.append(
            (e.activity_id, start, until, is_open, title, *(columns_of.get(c) for c in columns))
        )
        extra += [(e.activity_id, n, start, until) for n in facets.overflow(e.facets, values)]
        if is_open:
            opened.append((e.activity_id, e.title_terms, e.body_terms, e.facet_terms))
    marks = ", ".join(["%s"] * len(columns))
    cursor.executemany(
        "INSERT INTO catalog_doc (activity_id, start_date, open_until, is_open, title_terms, "  # noqa: S608
        f"{', '.join(columns)}) VALUES (%s, %s, %s, %s, %s, {marks})",
        docs,
    )
    cursor.executemany(
        "INSERT INTO catalog_fts_open (rowid, title_terms, body_terms, facet_terms) "
        "VALUES (%s, %s, %s, %s)",
        opened,
    )
    if extra:
        cursor.executemany(
            "INSERT INTO catalog_facet (activity_id, facet_id, start_date, open_until) "
            "VALUES (%s, %s, %s, %s)",
            extra,
        )


def refresh_open(today: dt.date) -> int:
    """Move the day ``is_open`` is true for to ``today``.

    ``is_open`` lets a search read the index of open rows only (PostgreSQL: the partial GIN
    index ``catalog_doc_search_open``; SQLite: the FTS5 table ``catalog_fts_open``), so
    activities that closed before the reference day are left out before any row is read: a
    search for a day on or after it asks for open rows and still checks ``open_until`` on each
    row, so a late refresh costs speed, never answers. The worker calls this every round; rows
    change only when the day moves, and only those between the old and the new day. Returns the
    number of rows changed.
    """
    postgres = connection.vendor == "postgresql"
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT value FROM catalog_state WHERE name = 'open_ref' FOR UPDATE"
            if postgres
            else "SELECT value FROM catalog_state WHERE name = 'open_ref'"
        )
        old = EPOCH + dt.timedelta(days=int(cursor.fetchone()[0]))
        if old == today:
            return 0
        low, high = min(old, today), max(old, today)
        if postgres:
            cursor.execute(
                "UPDATE catalog_doc SET is_open = open_until >= %s "
                "WHERE open_until >= %s AND open_until < %s",
                [today, low, high],
            )
            changed = cursor.rowcount
        else:
            changed = _move_sqlite_open_rows(cursor, today, low, high)
        cursor.execute(
            "UPDATE catalog_state SET value = %s WHERE name = 'open_ref'",
            [(today - EPOCH).days],
        )
    return changed


def _move_sqlite_open_rows(cursor: Any, today: dt.date, low: dt.date, high: dt.date) -> int:
    """SQLite: rows between ``low`` and ``high`` leave or join ``catalog_fts_open`` as they close
    or open on ``today`` (each told to FTS5 with the values it indexed)."""
    params = [today.isoformat(), low.isoformat(), high.isoformat()]
    cursor.execute(
        "INSERT INTO catalog_fts_open (catalog_fts_open, rowid, title_terms, body_terms, "
        "facet_terms) SELECT 'delete', e.activity_id, e.title_terms, e.body_terms, "
        "e.facet_terms FROM catalog_doc d JOIN catalog_catalogentry e "
        "ON e.activity_id = d.activity_id WHERE d.is_open AND d.open_until < %s "
        "AND d.open_until >= %s AND d.open_until < %s",
        params,
    )
    cursor.execute(
        "INSERT INTO catalog_fts_open (rowid, title_terms, body_terms, facet_terms) "
        "SELECT e.activity_id, e.title_terms, e.body_terms, e.facet_terms "
        "FROM catalog_doc d JOIN catalog_catalogentry e ON e.activity_id = d.activity_id "
        "WHERE NOT d.is_open AND d.open_until >= %s "
        "AND d.open_until >= %s AND d.open_until < %s",
        params,
    )
    cursor.execute(
        "UPDATE catalog_doc SET is_open = open_until >= %s "
        "WHERE open_until >= %s AND open_until < %s AND is_open <> (open_until >= %s)",
        [*params, today.isoformat()],
    )
    return int(cursor.rowcount)


def bump_generation() -> None:
    """Mark every cached facet count stale; part of every index write."""
    with connection.cursor() as cursor:
        cursor.execute("UPDATE catalog_state SET value = value + 1 WHERE name = 'generation'")


def index_activities(activities: Iterable[int | Activity]) -> None:
    """Bring the index rows of these activities in step: published ones in, the rest out.

    Activities given as instances (from a bulk service, relations prefetched) are indexed as
    they are; ids are read with everything the record needs.
    """
    given = list(activities)
    ids = [a.pk if isinstance(a, Activity) else int(a) for a in given]
    book = rulebook_get()
    built = [a for a in given if isinstance(a, Activity)]
    if len(built) == len(given):
        published = [a for a in built if a.status == Activity.Status.PUBLISHED]
    else:
        published = list(
            activity_queryset_for_record().filter(pk__in=ids, status=Activity.Status.PUBLISHED)
        )
    fresh = [build_entry(a, book) for a in published]
    # Bulk services index activities they have just created: nothing to delete then.
    if len(built) != len(given) or CatalogEntry.objects.filter(activity_id__in=ids).exists():
        leaving = CatalogEntry.objects.filter(activity_id__in=ids)
        remove_terms(leaving.values_list("title_terms", "body_terms"))
        leaving.delete()
    insert_objects(fresh, with_pk=True)
    add_terms((e.title_terms, e.body_terms, getattr(e, "words", {})) for e in fresh)
    _write_side_rows(fresh)
    bump_generation()
