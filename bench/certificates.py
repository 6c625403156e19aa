"""Issue N certificates (claim, certificate, signed credential and PDF) on one core.

Usage: python bench/certificates.py [--count N]   (default N=200)

A fresh SQLite database in a temporary folder, migrated, with the demo's hosted re-release of
seed 000 and N physicians who have done every step before the claim (none of this is timed).
Timed, for each learner: ``claim_credit`` (which issues the certificate and signs its Open
Badges credential in the claim's transaction) and rendering the certificate's PDF. The process
is pinned to one CPU. The last line is ``certificates n=<n> per_s=<x>``; the target is >= 15.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]


def main(argv: list[str]) -> int:
    count = int(argv[argv.index("--count") + 1]) if "--count" in argv else 200
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/certificates.sqlite3"
        os.environ["OPENCME_VAR_DIR"] = tmp
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        import django

        django.setup()
        from django.core.management import call_command

        from opencme.certificates.models import Certificate
        from opencme.certificates.pdf import certificate_pdf
        from opencme.credits.services import claim_credit
        from tests import journey_data

        call_command("migrate", verbosity=0)
        activity = journey_data.seed_000_rerelease()
        ready = [journey_data.ready_to_claim(activity, "physician") for _ in range(count + 1)]
        warm_user, warm_enrollment = ready.pop()
        claim = claim_credit(
            enrollment=warm_enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=warm_user
        )
        certificate_pdf(Certificate.objects.get(claim=claim))  # first render loads fonts
        pdf_bytes = 0
        start = time.perf_counter()
        for user, enrollment in ready:
            claim = claim_credit(
                enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=user
            )
            pdf_bytes += len(certificate_pdf(Certificate.objects.get(claim=claim)))
        seconds = time.perf_counter() - start
        made = Certificate.objects.filter(credential__proof__cryptosuite="eddsa-rdfc-2022")
        assert made.count() == count + 1
    print(f"{count} claims, each a certificate, a signed credential and a PDF, in {seconds:.2f} s")
    print(
        f"mean PDF size: {pdf_bytes / count / 1024:.0f} KiB; {1000 * seconds / count:.1f} ms each"
    )
    print(f"certificates n={count} per_s={count / seconds:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
