"""``opencme parse-listing FILE``: print the activity record a listing makes, as JSON."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from opencme.ingest.parsing import ListingError, parse_listing
from opencme.ingest.parsing.files import read_listing_path


class Command(BaseCommand):
    help = "Parse a listing (text or HTML) and print its activity record as JSON."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--explain", action="store_true", help="print which lines made which fields"
        )

    def handle(self, *args, file: str, explain: bool, **options):
        try:
            # Any file, a pipe included (``parse-listing <(curl ...)``), read up to the limit.
            text = read_listing_path(file, regular_only=False)
        except ListingError as exc:
            raise CommandError(f"{file}: {exc}") from exc
        draft = parse_listing(text, origin=file)
        if explain:
            self.stdout.write(draft.explain())
        else:
            self.stdout.write(json.dumps(draft.record, indent=2, ensure_ascii=False))
