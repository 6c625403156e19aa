"""Issue N certificates (claim, certificate, signed credential and PDF) on one core.

Usage: python bench/certificates.py [--count N]   (default N=200)

A fresh SQLite database in a temporary folder, migrated, with the demo's hosted re-release of
seed 000 and N physicians who have claimed AMA PRA Category 1 Credit (each claim already issued
its certificate through the claim hook; this set-up is not timed, but the time of the claims,
certificate included, is printed too). Timed: for each claim, ``issue_certificate`` (reads the
claim, builds what the certificate states, signs its Open Badges credential, stores it with its
audit event, in one transaction) and rendering that certificate's PDF. The process is pinned to
one CPU. The rate is per second of this process's CPU time (one core's worth of work, whatever
else the machine runs); wall-clock time is printed beside it. The last line is
``certificates n=<n> per_s=<x>``; the target is >= 15.
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
        from opencme.certificates.services import issue_certificate
        from opencme.credits.services import claim_credit
        from tests import journey_data

        call_command("migrate", verbosity=0)
        activity = journey_data.seed_000_rerelease()
        ready = [journey_data.ready_to_claim(activity, "physician") for _ in range(count + 1)]
        began = time.perf_counter()
        claims = [
            claim_credit(enrollment=e, credit_type="AMA_PRA_1", amount="1.25", actor=u)
            for u, e in ready
        ]
        claiming = time.perf_counter() - began
        warm = claims.pop()
        certificate_pdf(issue_certificate(claim=warm, actor=warm.learner))  # loads the fonts
        pdf_bytes = 0
        issuing = 0.0
        start, cpu_start = time.perf_counter(), time.process_time()
        for claim in claims:
            before = time.process_time()
            cert = issue_certificate(claim=claim, actor=claim.learner)
            issuing += time.process_time() - before
            pdf_bytes += len(certificate_pdf(cert))
        seconds = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
        made = Certificate.objects.filter(credential__proof__cryptosuite="eddsa-rdfc-2022")
        assert made.count() == 2 * (count + 1)
    print(f"claims with their certificate (no PDF): {(count + 1) / claiming:.1f}/s")
    print(
        f"{count} certificates, each signed and rendered as PDF: {cpu:.2f} s of CPU, "
        f"{seconds:.2f} s wall clock ({count / seconds:.1f}/s)"
    )
    print(
        f"mean PDF size: {pdf_bytes / count / 1024:.0f} KiB; {1000 * cpu / count:.1f} ms CPU each "
        f"(issuing and signing {1000 * issuing / count:.1f}, "
        f"PDF {1000 * (cpu - issuing) / count:.1f})"
    )
    print(f"certificates n={count} per_s={count / cpu:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
