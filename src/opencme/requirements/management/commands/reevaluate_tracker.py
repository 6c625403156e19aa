"""``opencme reevaluate-tracker [--all]``: re-evaluate the clinicians a rule change touches
(``requirements.reevaluation``) and record what changed for each."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from opencme.requirements.reevaluation import reevaluate


class Command(BaseCommand):
    help = (
        "Re-evaluate the tracker of every clinician whose credentials use a rule file that "
        "changed version since their last evaluation (and of those never evaluated); each sees "
        "what changed on their tracker."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", dest="everyone", help="every clinician with a credential"
        )
        parser.add_argument(
            "--jobs", type=int, default=1, help="processes sharing the clinicians (default 1)"
        )

    def handle(self, *args, everyone: bool, jobs: int, **options):
        if not 1 <= jobs <= 64:
            raise CommandError("--jobs: must be a whole number from 1 to 64")
        start = time.perf_counter()
        report = reevaluate(everyone=everyone, jobs=jobs)
        self.stdout.write(
            f"re-evaluated {report.evaluated} clinicians in {time.perf_counter() - start:.1f} s: "
            f"{report.notices} rule change notices for {report.clinicians_changed} clinicians"
        )
