"""``opencme import PATH... [--provider P] [--dry-run]``: import listing files or folders."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from opencme.ingest.loader import import_files, listing_files
from opencme.ingest.parsing.files import WorkerDied
from opencme.providers.models import Provider


class Command(BaseCommand):
    help = "Import listings as listed activities: created, updated, unchanged or refused per file."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--provider", help="provider name or slug the listings belong to")
        parser.add_argument("--dry-run", action="store_true", help="parse and check, write nothing")

    def handle(self, *args, paths: list[str], provider: str | None, dry_run: bool, **options):
        owner = None
        if provider:
            owner = (
                Provider.objects.filter(slug=provider).first()
                or Provider.objects.filter(name__iexact=provider).first()
            )
            if owner is None:
                raise CommandError(f"--provider: no provider is called {provider!r}")
        files = listing_files(paths)
        if not files:
            raise CommandError("paths: no listing files found")
        counts: dict[str, int] = {}
        try:
            self._import(files, owner, dry_run, counts)
        except WorkerDied as died:
            # what was written before stays (one transaction a chunk); the rest can be run again
            raise CommandError(f"paths: {died}") from died
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        self.stdout.write(f"{len(files)} files: {summary}")
        if counts.get("refused"):
            raise CommandError(f"{counts['refused']} of {len(files)} listings were refused")

    def _import(self, files, owner, dry_run: bool, counts: dict[str, int]) -> None:
        # Chunks of listings are written one transaction each (see opencme.ingest.loader).
        for outcome in import_files(files, actor=None, provider=owner, dry_run=dry_run):
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
            title = f" {outcome.title!r}" if outcome.title else ""
            ident = f" #{outcome.activity_id}" if outcome.activity_id else ""
            self.stdout.write(f"{outcome.status}: {outcome.origin}{ident}{title}")
            for reason in outcome.reasons:
                self.stderr.write(f"  {outcome.origin}: {reason}")
            for warning in outcome.warnings:
                self.stdout.write(f"  warning: {warning}")
            if outcome.held and outcome.activity_id:
                fields = ", ".join(outcome.held)
                self.stdout.write(
                    f"  held for review ({fields}): out of the finder until staff confirm it "
                    f"on the import page (/import/?review={outcome.activity_id})"
                )
