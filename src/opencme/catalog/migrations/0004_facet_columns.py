"""Facet values held in the narrow search row, so counting them never reads another table.

See ``catalog.facets``: ``catalog_doc`` gains a column per facet family (a value number for
families with one value per activity, a bit set for the others), ``catalog_facetvalue`` the
family and bit of each value. Only values without a bit stay in ``catalog_facet`` (SQLite) or
``overflow_ids`` (PostgreSQL, which renames ``facet_ids`` and drops its GIN index: filters are
now terms of the one full-text index).

PostgreSQL's ``search`` is rebuilt from the entry's terms as they are (``array_to_tsvector``:
no parser in between, so it holds exactly the terms ``catalog.text`` made), with each title
word again as ``_word`` for relevance and the facet terms for filters. ``is_open`` says whether
the activity is open on the reference day (the day of the migration at first, see
``catalog.index.refresh_open``), and a second GIN index covers only the open rows.

SQLite likewise gains ``is_open`` and ``catalog_fts_open``, an FTS5 index over the open rows
only (kept by the index writer, ``refresh_open`` and the entry triggers).

Existing rows are filled in here, so a catalog keeps working without being rebuilt. There is
no way back: the old layout is rebuilt by re-indexing, not by a reverse migration.
"""

# ruff: noqa: S608  (statements are put together from this file's constants only)

from django.db import migrations

from opencme.core.migration_sql import run_by_vendor

BIT_FAMILIES = "('credit_type', 'profession', 'moc_board', 'specialty')"
ID_FAMILIES = ("kind", "provider", "format", "delivery", "free")
BITS = ("credit_type", "profession", "moc_board", "specialty")


def _sqlite_columns() -> str:
    ids = [f"max(CASE WHEN v.family = '{f}' THEN v.id END) AS {f}_id" for f in ID_FAMILIES]
    bits = [
        f"sum(CASE WHEN v.family = '{f}' AND v.bit IS NOT NULL THEN 1 << v.bit ELSE 0 END) "
        f"AS {f}_bits"
        for f in BITS
    ]
    return ", ".join(ids + bits)


def _postgres_columns() -> str:
    ids = [f"max(v.id) FILTER (WHERE v.family = '{f}') AS {f}_id" for f in ID_FAMILIES]
    bits = [
        f"coalesce(sum(1::bigint << v.bit) FILTER (WHERE v.family = '{f}'), 0)::bigint AS {f}_bits"
        for f in BITS
    ]
    overflow = (
        "coalesce(array_agg(v.id ORDER BY v.id) FILTER (WHERE v.family IN "
        f"{BIT_FAMILIES} AND v.bit IS NULL), '{{}}') AS overflow"
    )
    return ", ".join([*ids, *bits, overflow])


ALL_COLUMNS = [f"{f}_id" for f in ID_FAMILIES] + [f"{f}_bits" for f in BITS]

# The day the migration runs, in days since 1970-01-01: the first reference day of ``is_open``.
PG_TODAY = "(CURRENT_DATE - DATE '1970-01-01')"
SQLITE_TODAY = "CAST(julianday('now') - julianday('1970-01-01') AS INTEGER)"

SQLITE_UP = [
    "ALTER TABLE catalog_facetvalue ADD COLUMN family TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE catalog_facetvalue ADD COLUMN bit INTEGER",
    """UPDATE catalog_facetvalue SET family = CASE WHEN instr(token, ':') > 0
        THEN substr(token, 1, instr(token, ':') - 1) ELSE token END""",
    f"""UPDATE catalog_facetvalue SET bit = (
        SELECT count(*) FROM catalog_facetvalue p
        WHERE p.family = catalog_facetvalue.family AND p.id < catalog_facetvalue.id
    ) WHERE family IN {BIT_FAMILIES}""",
    "UPDATE catalog_facetvalue SET bit = NULL WHERE bit >= 63",
    """CREATE UNIQUE INDEX catalog_facetvalue_bit ON catalog_facetvalue (family, bit)
        WHERE bit IS NOT NULL""",
    *[f"ALTER TABLE catalog_doc ADD COLUMN {f}_id INTEGER" for f in ID_FAMILIES],
    *[f"ALTER TABLE catalog_doc ADD COLUMN {f}_bits INTEGER NOT NULL DEFAULT 0" for f in BITS],
    f"""CREATE TEMP TABLE catalog_doc_facets AS
        SELECT f.activity_id, {_sqlite_columns()}
        FROM catalog_facet f JOIN catalog_facetvalue v ON v.id = f.facet_id
        GROUP BY f.activity_id""",
    f"""UPDATE catalog_doc SET {", ".join(f"{c} = a.{c}" for c in ALL_COLUMNS)}
        FROM catalog_doc_facets a WHERE a.activity_id = catalog_doc.activity_id""",
    "DROP TABLE catalog_doc_facets",
    f"""DELETE FROM catalog_facet WHERE facet_id NOT IN (
        SELECT id FROM catalog_facetvalue WHERE family IN {BIT_FAMILIES} AND bit IS NULL)""",
    f"INSERT INTO catalog_state (name, value) VALUES ('open_ref', {SQLITE_TODAY})",
    # Open on the reference day: is_open, and a second FTS5 index over those rows only.
    "ALTER TABLE catalog_doc ADD COLUMN is_open INTEGER NOT NULL DEFAULT 0",
    "UPDATE catalog_doc SET is_open = open_until >= date('now')",
    """CREATE VIRTUAL TABLE catalog_fts_open USING fts5(
        title_terms, body_terms, facet_terms,
        content='catalog_catalogentry', content_rowid='activity_id', detail=column,
        tokenize="unicode61 remove_diacritics 0 tokenchars '_'"
    )""",
    """INSERT INTO catalog_fts_open(rowid, title_terms, body_terms, facet_terms)
        SELECT e.activity_id, e.title_terms, e.body_terms, e.facet_terms
        FROM catalog_doc d JOIN catalog_catalogentry e ON e.activity_id = d.activity_id
        WHERE d.is_open""",
    # An entry leaves the open index with its row (before the row goes: it says whether the
    # entry is in that index; telling FTS5 to delete a row it does not hold corrupts it).
    "DROP TRIGGER IF EXISTS catalog_entry_ad",
    """CREATE TRIGGER catalog_entry_ad AFTER DELETE ON catalog_catalogentry BEGIN
        INSERT INTO catalog_fts(catalog_fts, rowid, title_terms, body_terms, facet_terms)
        VALUES ('delete', old.activity_id, old.title_terms, old.body_terms, old.facet_terms);
        INSERT INTO catalog_fts_open(catalog_fts_open, rowid, title_terms, body_terms,
            facet_terms)
        SELECT 'delete', old.activity_id, old.title_terms, old.body_terms, old.facet_terms
        WHERE EXISTS (SELECT 1 FROM catalog_doc WHERE activity_id = old.activity_id AND is_open);
        DELETE FROM catalog_doc WHERE activity_id = old.activity_id;
        DELETE FROM catalog_facet WHERE activity_id = old.activity_id;
    END""",
    "DROP TRIGGER IF EXISTS catalog_entry_au",
    """CREATE TRIGGER catalog_entry_au AFTER UPDATE ON catalog_catalogentry BEGIN
        INSERT INTO catalog_fts(catalog_fts, rowid, title_terms, body_terms, facet_terms)
        VALUES ('delete', old.activity_id, old.title_terms, old.body_terms, old.facet_terms);
        INSERT INTO catalog_fts(rowid, title_terms, body_terms, facet_terms)
        VALUES (new.activity_id, new.title_terms, new.body_terms, new.facet_terms);
        INSERT INTO catalog_fts_open(catalog_fts_open, rowid, title_terms, body_terms,
            facet_terms)
        SELECT 'delete', old.activity_id, old.title_terms, old.body_terms, old.facet_terms
        WHERE EXISTS (SELECT 1 FROM catalog_doc WHERE activity_id = old.activity_id AND is_open);
        INSERT INTO catalog_fts_open(rowid, title_terms, body_terms, facet_terms)
        SELECT new.activity_id, new.title_terms, new.body_terms, new.facet_terms
        WHERE EXISTS (SELECT 1 FROM catalog_doc WHERE activity_id = new.activity_id AND is_open);
    END""",
]

POSTGRES_UP = [
    "ALTER TABLE catalog_facetvalue ADD COLUMN family text NOT NULL DEFAULT ''",
    "ALTER TABLE catalog_facetvalue ADD COLUMN bit integer",
    "UPDATE catalog_facetvalue SET family = split_part(token, ':', 1)",
    f"""UPDATE catalog_facetvalue v SET bit = r.n FROM (
        SELECT id, row_number() OVER (PARTITION BY family ORDER BY id) - 1 AS n
        FROM catalog_facetvalue WHERE family IN {BIT_FAMILIES}
    ) r WHERE r.id = v.id AND r.n < 63""",
    """CREATE UNIQUE INDEX catalog_facetvalue_bit ON catalog_facetvalue (family, bit)
        WHERE bit IS NOT NULL""",
    f"INSERT INTO catalog_state (name, value) VALUES ('open_ref', {PG_TODAY})",
    # A new table written in one pass, then put in the old one's place: an UPDATE of every
    # row would leave the table and its index twice their size.
    f"""CREATE TABLE catalog_doc_new AS SELECT d.activity_id,
            array_to_tsvector(ARRAY(
                SELECT DISTINCT w FROM unnest(
                    string_to_array(e.title_terms || ' ' || e.body_terms || ' '
                        || e.facet_terms, ' ')
                    || ARRAY(SELECT '_' || t FROM unnest(string_to_array(e.title_terms, ' ')) t)
                ) w WHERE w NOT IN ('', '_')
            )) AS search,
            d.open_until >= CURRENT_DATE AS is_open,
            a.overflow AS overflow_ids, d.start_date, d.open_until,
            {", ".join(f"a.{c}" for c in ALL_COLUMNS)}
        FROM catalog_doc d
        JOIN catalog_catalogentry e ON e.activity_id = d.activity_id
        JOIN (
            SELECT d.activity_id, {_postgres_columns()}
            FROM catalog_doc d CROSS JOIN LATERAL unnest(d.facet_ids) AS u(id)
            JOIN catalog_facetvalue v ON v.id = u.id
            GROUP BY d.activity_id
        ) a ON a.activity_id = d.activity_id""",
    "DROP TABLE catalog_doc",
    "ALTER TABLE catalog_doc_new RENAME TO catalog_doc",
    "ALTER TABLE catalog_doc ADD PRIMARY KEY (activity_id)",
    "ALTER TABLE catalog_doc ALTER COLUMN search SET NOT NULL",
    "ALTER TABLE catalog_doc ALTER COLUMN overflow_ids SET NOT NULL",
    "ALTER TABLE catalog_doc ALTER COLUMN is_open SET NOT NULL",
    "ALTER TABLE catalog_doc ALTER COLUMN is_open SET DEFAULT false",
    *[f"ALTER TABLE catalog_doc ALTER COLUMN {f}_bits SET NOT NULL" for f in BITS],
    *[f"ALTER TABLE catalog_doc ALTER COLUMN {f}_bits SET DEFAULT 0" for f in BITS],
    "CREATE INDEX catalog_doc_search ON catalog_doc USING GIN (search)",
    # Searches for a day on or after the reference day read this one: about half the rows, so
    # every term's list is about half as long to intersect.
    "CREATE INDEX catalog_doc_search_open ON catalog_doc USING GIN (search) WHERE is_open",
    """CREATE INDEX catalog_doc_newest
        ON catalog_doc (start_date DESC NULLS LAST, activity_id DESC)""",
    "CREATE INDEX catalog_doc_expiring ON catalog_doc (open_until, activity_id)",
    "ANALYZE catalog_doc",
]


class Migration(migrations.Migration):
    dependencies = [("catalog", "0003_search_tables")]
    operations = [
        migrations.RunPython(run_by_vendor({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP})),
    ]
