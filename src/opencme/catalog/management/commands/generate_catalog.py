"""``opencme generate-catalog --count N --seed S``: a deterministic synthetic catalog."""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from opencme.activities.models import Activity
from opencme.activities.services import bulk_create_activities
from opencme.activities.synthetic import synthetic_records
from opencme.catalog.index import refresh_open
from opencme.core import clock

BATCH = 5000
GIN_REBUILD_FROM = 50_000


def bulk_load_pragmas() -> None:
    """SQLite only: no fsync per commit and a big page cache while loading.

    A crash mid-load can lose the last batches, never corrupt the file (WAL); each batch is
    still one transaction, committed whole or not at all.
    """
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous=OFF")
        cursor.execute("PRAGMA cache_size=-1048576")


@contextmanager
def gin_indexes_set_aside(count: int) -> Iterator[None]:
    """PostgreSQL, large loads: build the search table's GIN indexes once at the end.

    Adding a million rows one by one to a GIN index is most of a large load; building it
    afterwards is many times faster. The definitions are read from the database and always
    put back, even when the load fails.
    """
    if connection.vendor != "postgresql" or count < GIN_REBUILD_FROM:
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'catalog_doc' "
            "AND indexdef LIKE '%%USING gin%%'"
        )
        indexes = cursor.fetchall()
        for name, _ in indexes:
            cursor.execute(f'DROP INDEX IF EXISTS "{name}"')
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET maintenance_work_mem = '1GB'")
            for _, definition in indexes:
                cursor.execute(definition)


def after_bulk_load() -> None:
    """Fresh planner statistics; on SQLite also merged full-text indexes (fewer segments to
    read per query) and the write-ahead log folded back into the file."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("INSERT INTO catalog_fts(catalog_fts) VALUES ('optimize')")
            cursor.execute("INSERT INTO catalog_fts_open(catalog_fts_open) VALUES ('optimize')")
            cursor.execute("ANALYZE")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            cursor.execute("VACUUM ANALYZE catalog_doc")
            cursor.execute("ANALYZE")


class Command(BaseCommand):
    help = "Create N synthetic listed activities (same N, seed and day: same catalog)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, required=True)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--today",
            type=dt.date.fromisoformat,
            default=None,
            help="the day dates are drawn around (default: today)",
        )
        parser.add_argument("--quiet", action="store_true")

    def handle(self, *args, count: int, seed: int, today: dt.date | None, quiet: bool, **options):
        if count < 1:
            raise CommandError("--count: must be at least 1")
        today = today or clock.today()
        records = synthetic_records(count, seed, today=today)
        # The index's open-day terms are for the catalog's day before anything is written, so
        # new rows get them right at once instead of being rewritten afterwards.
        refresh_open(today)
        bulk_load_pragmas()
        with gin_indexes_set_aside(count):
            done = self.load(records, count, quiet)
        after_bulk_load()
        if not quiet:
            sys.stderr.write("\n")
            self.stdout.write(f"Created {done:,} synthetic activities with seed {seed}.")

    def load(self, records: Iterator[tuple[dict, dict]], count: int, quiet: bool) -> int:
        started, done = time.monotonic(), 0
        while batch := list(islice(records, BATCH)):
            bulk_create_activities(
                records=[record for record, _ in batch],
                fields_each=[fields for _, fields in batch],
                actor=None,
                kind=Activity.Kind.LISTED,
                extra={
                    "is_demo": True,
                    "demo_note": "Synthetic activity generated for the demo catalog",
                },
            )
            done += len(batch)
            if not quiet:
                rate = done / max(time.monotonic() - started, 1e-9)
                sys.stderr.write(f"\r{done:,}/{count:,} activities ({rate:,.0f}/s)")
        return done
