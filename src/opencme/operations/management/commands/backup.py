"""``opencme backup FILE [--include-keys]``: the database (a consistent copy, taken while the
site runs), uploaded files and, only when asked, the keys, in one archive."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from opencme.operations import archive, backups, databases


class Command(BaseCommand):
    help = "Back up the database and uploaded files into one archive (a .tar file)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the archive to write, e.g. opencme-2026-11-22.tar")
        parser.add_argument(
            "--include-keys",
            action="store_true",
            help="also store the certificate key and secret key (whoever holds the archive "
            "can then sign certificates as your providers)",
        )

    def handle(self, *args, file: str, include_keys: bool, **options):
        target = Path(file).absolute()
        if target.is_dir():
            raise CommandError(f"{file}: is a folder; name the archive file to write")
        if not target.parent.is_dir():
            raise CommandError(f"{file}: its folder {target.parent} does not exist")
        try:
            made = backups.make_backup(target=target, include_keys=include_keys)
        except (archive.ArchiveError, databases.DatabaseFailure) as exc:
            raise CommandError(f"backup failed: {exc}") from None
        except OSError as exc:
            raise CommandError(f"{file}: {exc.strerror or exc}") from None
        self.stdout.write(
            f"Backed up the {databases.engine()} database and {made.files} uploaded file(s) "
            f"to {target} ({made.size:,} bytes)."
        )
        if made.keys_included:
            self.stdout.write(
                "It holds the certificate key and secret key: whoever has this file can sign "
                "certificates as your providers. Keep it as you keep those keys."
            )
            return
        self.stdout.write("Keys are not in it. Keep these secrets apart; a restore needs them:")
        for line in backups.secrets_to_keep():
            self.stdout.write(f"  - {line}")
