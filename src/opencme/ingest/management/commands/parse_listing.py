"""``opencme parse-listing FILE...``: print the activity record each listing makes, as JSON.

``opencme parse-listing`` itself runs without Django (``opencme.cli``'s fast path); this
command is the same code for ``opencme help``, ``manage.py`` and ``call_command``.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from opencme.cli import PARSE_LISTING_HELP, add_parse_listing_arguments, run_parse_listing


class Command(BaseCommand):
    help = PARSE_LISTING_HELP
    # Parsing is pure: no database, no settings worth checking before it.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        add_parse_listing_arguments(parser)

    def handle(self, *args, files: list[str], explain: bool, jsonl: bool, **options):
        failed = run_parse_listing(
            files,
            explain=explain,
            jsonl=jsonl,
            out=self.stdout,
            err=self.stderr,
            traceback=options.get("traceback", False),
        )
        if failed:
            raise CommandError(f"{failed} of {len(files)} files could not be parsed")
