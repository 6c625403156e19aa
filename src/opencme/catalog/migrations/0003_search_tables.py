"""Narrow search tables beside the wide catalog entries, so a search never reads a record it
does not show.

Both engines: ``catalog_facetvalue`` numbers the facet tokens (``all`` is 1);
``catalog_state`` holds the index generation, bumped by every index write; ``catalog_facetcache``
keeps facet counts of searches without words, valid for one generation.

SQLite: the FTS5 table again, now ``detail=column`` (no positions: the finder matches words,
not phrases); ``catalog_doc`` (dates, for order and expiry) and ``catalog_facet`` (one row per
entry and facet value, dates repeated so counting reads one table).

PostgreSQL: ``catalog_doc`` carries the ``tsvector``, the facet ids as an integer array (both
with GIN indexes) and the dates; the wide table loses its generated column and GIN indexes.

An activity that never closes has ``open_until`` 9999-12-31 in the side tables, so expiry is one
range test and "expiring soon" one index order on both engines.

Rows of the side tables are written by ``catalog.index`` with the entry, and removed by triggers
when an entry is deleted (or the table truncated), whoever deletes it.
"""

from django.db import migrations

from opencme.core.migration_sql import run_by_vendor

COMMON_UP = [
    "CREATE TABLE catalog_state (name varchar(40) PRIMARY KEY, value bigint NOT NULL)",
    "INSERT INTO catalog_state (name, value) VALUES ('generation', 0)",
    """CREATE TABLE catalog_facetcache (
        key text PRIMARY KEY, generation bigint NOT NULL, tokens text NOT NULL
    )""",
]
COMMON_DOWN = [
    "DROP TABLE IF EXISTS catalog_facetcache",
    "DROP TABLE IF EXISTS catalog_state",
    "DROP TABLE IF EXISTS catalog_facetvalue",
]

SQLITE_UP = [
    "CREATE TABLE catalog_facetvalue (id INTEGER PRIMARY KEY, token TEXT NOT NULL UNIQUE)",
    "INSERT INTO catalog_facetvalue (id, token) VALUES (1, 'all')",
    """CREATE TABLE catalog_doc (
        activity_id INTEGER PRIMARY KEY, start_date TEXT, open_until TEXT
    )""",
    "CREATE INDEX catalog_doc_newest ON catalog_doc (start_date, activity_id)",
    "CREATE INDEX catalog_doc_expiring ON catalog_doc (open_until, activity_id)",
    """CREATE TABLE catalog_facet (
        activity_id INTEGER NOT NULL, facet_id INTEGER NOT NULL,
        start_date TEXT, open_until TEXT,
        PRIMARY KEY (activity_id, facet_id)
    ) WITHOUT ROWID""",
    "DROP TRIGGER IF EXISTS catalog_entry_au",
    "DROP TRIGGER IF EXISTS catalog_entry_ad",
    "DROP TRIGGER IF EXISTS catalog_entry_ai",
    "DROP TABLE IF EXISTS catalog_fts",
    """CREATE VIRTUAL TABLE catalog_fts USING fts5(
        title_terms, body_terms, facet_terms,
        content='catalog_catalogentry', content_rowid='activity_id', detail=column,
        tokenize="unicode61 remove_diacritics 0 tokenchars '_'"
    )""",
    """CREATE TRIGGER catalog_entry_ai AFTER INSERT ON catalog_catalogentry BEGIN
        INSERT INTO catalog_fts(rowid, title_terms, body_terms, facet_terms)
        VALUES (new.activity_id, new.title_terms, new.body_terms, new.facet_terms);
    END""",
    """CREATE TRIGGER catalog_entry_ad AFTER DELETE ON catalog_catalogentry BEGIN
        INSERT INTO catalog_fts(catalog_fts, rowid, title_terms, body_terms, facet_terms)
        VALUES ('delete', old.activity_id, old.title_terms, old.body_terms, old.facet_terms);
        DELETE FROM catalog_doc WHERE activity_id = old.activity_id;
        DELETE FROM catalog_facet WHERE activity_id = old.activity_id;
    END""",
    """CREATE TRIGGER catalog_entry_au AFTER UPDATE ON catalog_catalogentry BEGIN
        INSERT INTO catalog_fts(catalog_fts, rowid, title_terms, body_terms, facet_terms)
        VALUES ('delete', old.activity_id, old.title_terms, old.body_terms, old.facet_terms);
        INSERT INTO catalog_fts(rowid, title_terms, body_terms, facet_terms)
        VALUES (new.activity_id, new.title_terms, new.body_terms, new.facet_terms);
    END""",
    "INSERT INTO catalog_fts(catalog_fts) VALUES ('rebuild')",
    # Existing entries, if any.
    """INSERT OR IGNORE INTO catalog_facetvalue (token)
        SELECT DISTINCT j.value FROM catalog_catalogentry e, json_each(e.facets) j""",
    """INSERT INTO catalog_doc (activity_id, start_date, open_until)
        SELECT activity_id, start_date, coalesce(open_until, '9999-12-31')
        FROM catalog_catalogentry""",
    """INSERT OR IGNORE INTO catalog_facet (activity_id, facet_id, start_date, open_until)
        SELECT e.activity_id, v.id, e.start_date, coalesce(e.open_until, '9999-12-31')
        FROM catalog_catalogentry e, json_each(e.facets) j
        JOIN catalog_facetvalue v ON v.token = j.value""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS catalog_entry_ad",
    """CREATE TRIGGER catalog_entry_ad AFTER DELETE ON catalog_catalogentry BEGIN
        INSERT INTO catalog_fts(catalog_fts, rowid, title_terms, body_terms, facet_terms)
        VALUES ('delete', old.activity_id, old.title_terms, old.body_terms, old.facet_terms);
    END""",
    "DROP TABLE IF EXISTS catalog_facet",
    "DROP TABLE IF EXISTS catalog_doc",
]

POSTGRES_UP = [
    """CREATE TABLE catalog_facetvalue (
        id integer GENERATED BY DEFAULT AS IDENTITY (START WITH 2) PRIMARY KEY,
        token text NOT NULL UNIQUE
    )""",
    "INSERT INTO catalog_facetvalue (id, token) VALUES (1, 'all')",
    "DROP INDEX IF EXISTS catalog_entry_facets",
    "DROP INDEX IF EXISTS catalog_entry_search",
    "ALTER TABLE catalog_catalogentry DROP COLUMN IF EXISTS search",
    """CREATE TABLE catalog_doc (
        activity_id bigint PRIMARY KEY,
        search tsvector NOT NULL,
        facet_ids integer[] NOT NULL,
        start_date date,
        open_until date
    )""",
    "CREATE INDEX catalog_doc_search ON catalog_doc USING GIN (search)",
    "CREATE INDEX catalog_doc_facets ON catalog_doc USING GIN (facet_ids)",
    """CREATE INDEX catalog_doc_newest
        ON catalog_doc (start_date DESC NULLS LAST, activity_id DESC)""",
    "CREATE INDEX catalog_doc_expiring ON catalog_doc (open_until, activity_id)",
    """CREATE FUNCTION catalog_entry_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM catalog_doc WHERE activity_id = OLD.activity_id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER catalog_entry_ad AFTER DELETE ON catalog_catalogentry
        FOR EACH ROW EXECUTE FUNCTION catalog_entry_deleted()""",
    """CREATE FUNCTION catalog_entry_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        TRUNCATE catalog_doc;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER catalog_entry_at AFTER TRUNCATE ON catalog_catalogentry
        FOR EACH STATEMENT EXECUTE FUNCTION catalog_entry_truncated()""",
    # Existing entries, if any.
    """INSERT INTO catalog_facetvalue (token)
        SELECT DISTINCT j.value FROM catalog_catalogentry e,
            jsonb_array_elements_text(e.facets) j(value)
        ON CONFLICT (token) DO NOTHING""",
    """INSERT INTO catalog_doc (activity_id, search, facet_ids, start_date, open_until)
        SELECT e.activity_id,
            setweight(to_tsvector('simple', e.title_terms), 'A')
                || setweight(to_tsvector('simple', e.body_terms), 'B'),
            ARRAY(SELECT v.id FROM jsonb_array_elements_text(e.facets) j(value)
                JOIN catalog_facetvalue v ON v.token = j.value),
            e.start_date, coalesce(e.open_until, '9999-12-31')
        FROM catalog_catalogentry e""",
]
POSTGRES_DOWN = [
    "DROP TRIGGER IF EXISTS catalog_entry_at ON catalog_catalogentry",
    "DROP TRIGGER IF EXISTS catalog_entry_ad ON catalog_catalogentry",
    "DROP FUNCTION IF EXISTS catalog_entry_truncated()",
    "DROP FUNCTION IF EXISTS catalog_entry_deleted()",
    "DROP TABLE IF EXISTS catalog_doc",
    """ALTER TABLE catalog_catalogentry ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_terms), 'A') ||
        setweight(to_tsvector('simple', body_terms), 'B')
    ) STORED""",
    "CREATE INDEX catalog_entry_search ON catalog_catalogentry USING GIN (search)",
    "CREATE INDEX catalog_entry_facets ON catalog_catalogentry USING GIN (facets)",
]


class Migration(migrations.Migration):
    dependencies = [("catalog", "0002_fulltext")]
    operations = [
        migrations.RunPython(
            run_by_vendor(
                {
                    "sqlite": [*COMMON_UP, *SQLITE_UP],
                    "postgresql": [*COMMON_UP, *POSTGRES_UP],
                }
            ),
            run_by_vendor(
                {
                    "sqlite": [*SQLITE_DOWN, *COMMON_DOWN],
                    "postgresql": [*POSTGRES_DOWN, *COMMON_DOWN],
                }
            ),
        )
    ]
