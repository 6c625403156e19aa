"""``opencme train-parser [--corpus DIR]``: train the listing reader and ship its model.

Reads the labelled corpus (default ``corpus/listings``), trains the tagger and its out-of-fold
calibration (folds by site), the learned readers on the corpus and the calibration listings
(default ``corpus/calibration``: sites no rule was written against; read out of fold), maps the
confidences on the calibration listings, and writes ``src/opencme/ingest/reading/model/``:
``reader.crfsuite``, ``reader.json`` and ``manifest.json``. The same corpus gives the same
bytes.
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
        parser.add_argument(
            "--calibration",
            default=None,
            help="listings from sites outside the corpus that the confidence is mapped on "
            "(default: corpus/calibration in the project; 'none' to skip)",
        )

    def handle(self, *args, corpus: str | None, calibration: str | None, **options):
        from opencme.ingest.reading.corpus import (
            CorpusError,
            corpus_digest,
            load_corpus,
            write_model,
        )
        from opencme.ingest.reading.model_io import CRF_FILE, train

        base = Path(settings.BASE_DIR) / "corpus"
        root = Path(corpus) if corpus else base / "listings"
        cal_root = None if calibration == "none" else Path(calibration or base / "calibration")
        try:
            listings = load_corpus(root)
            held = load_corpus(cal_root) if cal_root else []
        except CorpusError as exc:
            raise CommandError(str(exc)) from None
        overlap = sorted({x.site for x in listings} & {x.site for x in held})
        if overlap:
            raise CommandError(
                f"calibration sites are also corpus sites: {', '.join(overlap[:5])} "
                "(a calibration listing must come from a site no rule was written against)"
            )
        examples = [(x.text, x.record) for x in listings]
        model = train(
            examples,
            groups=[x.site for x in listings],
            unseen=[(x.text, x.record, x.site) for x in held],
        )
        unseen = (corpus_digest(cal_root), len(held)) if cal_root else None
        write_model(model, corpus_digest(root), len(listings), unseen=unseen)
        self.stdout.write(
            f"trained on {len(listings)} listings, confidence mapped on {len(held)} "
            f"calibration listings; model written to {CRF_FILE.parent}"
        )
