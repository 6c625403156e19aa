"""``opencme load-demo``: the demo data ``make run`` serves (safe to run again)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from opencme.core import clock
from opencme.web.demo.journeys import ensure_demo_journeys
from opencme.web.demo.loader import (
    ACCOUNTS,
    DEMO_PASSWORD,
    ensure_accounts,
    ensure_demo_certificate_style,
    ensure_demo_rerelease,
    ensure_synthetic_catalog,
    import_seed_listings,
)


class Command(BaseCommand):
    help = "Load the demo data: seed listings, demo accounts, a synthetic catalog."

    def add_arguments(self, parser):
        parser.add_argument("--synthetic", type=int, default=3000, help="synthetic activities")
        parser.add_argument(
            "--no-viewing-rule",
            action="store_true",
            help="the re-release's video step without its completion rule (90%% watched): "
            "for benchmarks that measure the server, not a learner's watching time",
        )

    def handle(self, *args, synthetic: int, no_viewing_rule: bool = False, **options):
        outcomes = import_seed_listings()
        for outcome in outcomes:
            self.stdout.write(f"seed listing {outcome.origin}: {outcome.status}")
            for reason in outcome.reasons:
                self.stderr.write(f"  {reason}")
        rerelease = ensure_demo_rerelease(
            outcomes, today=clock.today(), viewing_rule=not no_viewing_rule
        )
        if rerelease is not None:
            self.stdout.write(f"hosted demo re-release of seed 000: /activities/{rerelease.pk}/")
        ensure_accounts()
        if rerelease is not None:
            ensure_demo_certificate_style(rerelease.provider)
            claims = ensure_demo_journeys(rerelease=rerelease)
            self.stdout.write(f"demo journeys: {len(claims)} claims on the re-release")
        made = ensure_synthetic_catalog(synthetic, today=clock.today())
        if made:
            self.stdout.write(f"synthetic catalog: {made:,} activities")
        self.stdout.write("")
        self.stdout.write(
            "DEMO DATA ONLY: these accounts exist for trying OpenCME, not for real use."
        )
        self.stdout.write(f"Demo accounts (password {DEMO_PASSWORD!r}):")
        for account in ACCOUNTS:
            self.stdout.write(f"  {account.email:<26} {account.role}")
