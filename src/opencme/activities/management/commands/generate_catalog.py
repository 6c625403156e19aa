"""``opencme generate-catalog --count N --seed S``: a deterministic synthetic catalog."""

from __future__ import annotations

import datetime as dt
import sys
import time
from itertools import islice

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from opencme.activities.models import Activity
from opencme.activities.services import bulk_create_activities
from opencme.activities.synthetic import synthetic_records
from opencme.core import clock

BATCH = 5000


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


def after_bulk_load() -> None:
    """Fresh planner statistics; on SQLite also one merged full-text index (fewer segments to
    read per query) and the write-ahead log folded back into the file."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("INSERT INTO catalog_fts(catalog_fts) VALUES ('optimize')")
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
        records = synthetic_records(count, seed, today=today or clock.today())
        bulk_load_pragmas()
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
        after_bulk_load()
        if not quiet:
            sys.stderr.write("\n")
            self.stdout.write(f"Created {done:,} synthetic activities with seed {seed}.")
