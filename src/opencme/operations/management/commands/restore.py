"""``opencme restore FILE [--force]``: load an ``opencme backup`` archive into the configured
database and folders. Run it with the site stopped."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from opencme.operations import archive, backups, databases


class Command(BaseCommand):
    help = "Restore an `opencme backup` archive into the configured database (site stopped)."
    # The database may be empty, or hold another site's signing keys: the checks come after.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        parser.add_argument("file", help="the archive `opencme backup` wrote")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace a database, uploaded files or key files that already hold data",
        )

    def handle(self, *args, file: str, force: bool, **options):
        source = Path(file)
        if not source.is_file():
            raise CommandError(f"{file}: no such archive file")
        try:
            done = backups.restore_backup(source=source, force=force)
        except archive.ArchiveError as exc:
            raise CommandError(f"{file} cannot be restored: {exc}") from None
        except backups.RestoreRefused as exc:
            raise CommandError(f"not restored: {exc}") from None
        except databases.DatabaseFailure as exc:
            raise CommandError(f"restore failed: {exc}") from None
        except OSError as exc:
            raise CommandError(f"restore failed: {exc.strerror or exc}") from None
        made = done.manifest
        self.stdout.write(
            f"Restored the {made.engine} database and {done.files} uploaded file(s) backed up "
            f"at {made.created_at} by OpenCME {made.opencme_version}."
        )
        for path in done.keys_written:
            self.stdout.write(f"Wrote the archive's key to {path}.")
        if done.locked:
            self.stderr.write(
                f"WARNING: {done.locked} provider signing key(s) cannot be unlocked with the "
                "configured keys; claims would fail until OPENCME_CERTIFICATE_KEY (or, if none "
                "was set, OPENCME_SECRET_KEY) is the one in use when the backup was made "
                "(system check opencme.certificates.E006)."
            )
