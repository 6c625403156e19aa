"""The engine-specific full-text index over catalog entries.

SQLite: an external-content FTS5 table kept in step by triggers, so the index changes in the
same transaction as the entry. PostgreSQL: a generated tsvector column and GIN indexes.
"""

from django.db import migrations

from opencme.core.migration_sql import run_by_vendor

SQLITE_UP = [
    """CREATE VIRTUAL TABLE catalog_fts USING fts5(
        title_terms, body_terms, facet_terms,
        content='catalog_catalogentry', content_rowid='activity_id',
        tokenize="unicode61 remove_diacritics 0 tokenchars '_'"
    )""",
    """CREATE TRIGGER catalog_entry_ai AFTER INSERT ON catalog_catalogentry BEGIN
        INSERT INTO catalog_fts(rowid, title_terms, body_terms, facet_terms)
        VALUES (new.activity_id, new.title_terms, new.body_terms, new.facet_terms);
    END""",
    """CREATE TRIGGER catalog_entry_ad AFTER DELETE ON catalog_catalogentry BEGIN
        INSERT INTO catalog_fts(catalog_fts, rowid, title_terms, body_terms, facet_terms)
        VALUES ('delete', old.activity_id, old.title_terms, old.body_terms, old.facet_terms);
    END""",
    """CREATE TRIGGER catalog_entry_au AFTER UPDATE ON catalog_catalogentry BEGIN
        INSERT INTO catalog_fts(catalog_fts, rowid, title_terms, body_terms, facet_terms)
        VALUES ('delete', old.activity_id, old.title_terms, old.body_terms, old.facet_terms);
        INSERT INTO catalog_fts(rowid, title_terms, body_terms, facet_terms)
        VALUES (new.activity_id, new.title_terms, new.body_terms, new.facet_terms);
    END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS catalog_entry_au",
    "DROP TRIGGER IF EXISTS catalog_entry_ad",
    "DROP TRIGGER IF EXISTS catalog_entry_ai",
    "DROP TABLE IF EXISTS catalog_fts",
]
POSTGRES_UP = [
    """ALTER TABLE catalog_catalogentry ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_terms), 'A') ||
        setweight(to_tsvector('simple', body_terms), 'B')
    ) STORED""",
    "CREATE INDEX catalog_entry_search ON catalog_catalogentry USING GIN (search)",
    "CREATE INDEX catalog_entry_facets ON catalog_catalogentry USING GIN (facets)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS catalog_entry_facets",
    "DROP INDEX IF EXISTS catalog_entry_search",
    "ALTER TABLE catalog_catalogentry DROP COLUMN IF EXISTS search",
]


class Migration(migrations.Migration):
    dependencies = [("catalog", "0001_initial")]
    operations = [
        migrations.RunPython(
            run_by_vendor({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            run_by_vendor({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        )
    ]
