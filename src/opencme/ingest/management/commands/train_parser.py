"""``opencme train-parser [--corpus DIR]``: train the listing reader and ship its model.

Reads only the labelled corpus (default ``corpus/listings``), trains the tagger and its
out-of-fold calibration (folds by site), and writes ``src/opencme/ingest/reading/model/``:
``reader.crfsuite`` and ``manifest.json``. The same corpus gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Train the listing reader on corpus/listings and write its model into the package."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--corpus",
            default=None,
            help="labelled corpus directory (default: corpus/listings in the project)",
        )

    def handle(self, *args, corpus: str | None, **options):
        from opencme.ingest.reading.corpus import (
            CorpusError,
            corpus_digest,
            load_corpus,
            write_model,
        )
        from opencme.ingest.reading.model_io import CRF_FILE, train

        root = Path(corpus) if corpus else Path(settings.BASE_DIR) / "corpus" / "listings"
        try:
            listings = load_corpus(root)
        except CorpusError as exc:
            raise CommandError(str(exc)) from None
        examples = [(x.text, x.record) for x in listings]
        model = train(examples, groups=[x.site for x in listings])
        write_model(model, corpus_digest(root), len(listings))
        self.stdout.write(
            f"trained on {len(listings)} listings; model written to {CRF_FILE.parent}"
        )
