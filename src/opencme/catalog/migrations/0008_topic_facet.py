"""The topic facet (issue 19, item 3): ``catalog_doc`` and ``catalog_facetcombo`` gain
``topic_bits``, a bit set of the activity's topic codes (``catalog.facets``: topic is a bit-set
family counted through the combinations, last in their key).

Every row already indexed has no topic yet (0), so each combination's key only gains a trailing
``,0`` and no ``catalog_doc`` row is rewritten: adding a column with a constant default is a
change of the table's description on both engines. Activities that have topics are counted
under them when they are next indexed (any edit, an import, or ``generate-catalog``).
"""

from django.db import migrations

from opencme.core.migration_sql import run_by_vendor

SQLITE_UP = [
    "ALTER TABLE catalog_doc ADD COLUMN topic_bits INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE catalog_facetcombo ADD COLUMN topic_bits INTEGER NOT NULL DEFAULT 0",
    "UPDATE catalog_facetcombo SET key = key || ',0'",
]
POSTGRES_UP = [
    "ALTER TABLE catalog_doc ADD COLUMN topic_bits bigint NOT NULL DEFAULT 0",
    "ALTER TABLE catalog_facetcombo ADD COLUMN topic_bits bigint NOT NULL DEFAULT 0",
    "UPDATE catalog_facetcombo SET key = key || ',0'",
]


class Migration(migrations.Migration):
    dependencies = [("catalog", "0007_vocabulary")]
    operations = [
        migrations.RunPython(run_by_vendor({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP})),
    ]
