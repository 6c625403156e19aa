"""SQLite: an activity's title terms on its ``catalog_doc`` row, for relevance.

Relevance puts first the matches with every word in the title. SQLite told them apart by a
second full-text query over the title column, whose cost follows how many activities have those
words in their titles, often thousands. The row of each match is read anyway, so
``catalog_doc.title_terms`` (the entry's title terms between spaces: `` lung nodul ``) lets the
test be made there, on the matches only. PostgreSQL tests the row's ``search`` for the ``_word``
lexemes and needs nothing here. Existing rows are filled in.
"""

from django.db import migrations

from opencme.core.migration_sql import run_by_vendor

SQLITE_UP = [
    "ALTER TABLE catalog_doc ADD COLUMN title_terms TEXT NOT NULL DEFAULT ''",
    """UPDATE catalog_doc SET title_terms = ' ' || e.title_terms || ' '
        FROM catalog_catalogentry e WHERE e.activity_id = catalog_doc.activity_id""",
]


class Migration(migrations.Migration):
    dependencies = [("catalog", "0005_facet_combos")]
    operations = [migrations.RunPython(run_by_vendor({"sqlite": SQLITE_UP}))]
