"""Benchmark of the tracker (issue 19): the allocation, the dashboard page, re-evaluation.

Synthetic clinicians, each with 3 to 5 credentials from the shipped rule files and 200 to 400
credits over seven years (types, topics, approvals drawn with a fixed seed).

1. ``alloc_p95_ms``: CPU time of one clinician's evaluation (pure function, no database).
2. ``page_p95_ms``: the same clinicians stored in a fresh site (a temporary OPENCME_VAR_DIR,
   SQLite as ``make run`` has it; credit from elsewhere as ``ExternalCredit`` rows), served by
   ``opencme serve --no-worker`` (granian, as ``bench/journey.py``); ``--concurrency`` threads,
   each with one keep-alive connection and a signed-in session of its own clinicians, ask for
   ``/learn/tracker/`` ``--page-requests`` times; wall time per request.
3. ``reevaluate_s``: after a rule change (every clinician's last evaluation marked as made under
   an earlier version of each rule file, as a deploy of new rule files leaves them), the wall
   time of ``opencme reevaluate-tracker --jobs 2`` (one process per core), which re-evaluates
   all of them and records what changed. Its first run (every clinician's first snapshot, one
   process) is printed too.

Targets: alloc p95 <= 20 ms of CPU, page p95 <= 150 ms at concurrency 8, re-evaluation of
1,000 clinicians <= 60 s. The last line is
``tracker clinicians=... alloc_p95_ms=... page_p95_ms=... reevaluate_s=...``.

    .venv/bin/python bench/tracker.py [--clinicians 1000] [--concurrency 8] [--page-requests 400]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "src")]

from opencme.requirements.facts import ClinicianFacts, Credential, Credit  # noqa: E402

# A physician's credentials: licences, boards (ABS and ABA carry caps per day and per year,
# the heaviest case for the solver) and the DEA.
CREDENTIALS = [
    ("us-fl-md", dt.date(2027, 1, 31)),
    ("us-tx-md", dt.date(2027, 8, 31)),
    ("us-ca-md", dt.date(2027, 3, 31)),
    ("us-pa-md", dt.date(2026, 12, 31)),
    ("us-ny-md", dt.date(2027, 6, 30)),
    ("us-abim", dt.date(2028, 12, 31)),
    ("us-abs", dt.date(2030, 12, 31)),
    ("us-aba", dt.date(2029, 12, 31)),
    ("us-abfm", dt.date(2027, 12, 31)),
    ("us-dea-mate", dt.date(2026, 5, 31)),
]
TOPICS = [
    "medical_errors",
    "controlled_substance_prescribing",
    "human_trafficking",
    "domestic_violence",
    "hiv_aids",
    "ethics",
    "opioid_prescribing",
    "substance_use_disorders",
    "pain_management",
]
TYPES = ["AMA_PRA_1"] * 6 + ["AOA_1A", "AAFP_PRESCRIBED", "OTHER", "ABIM", "ABIM", "ANCC"]


def clinician(rnd: random.Random) -> tuple[ClinicianFacts, list[Credential], list[Credit]]:
    chosen = rnd.sample(CREDENTIALS, rnd.randint(3, 5))
    credentials = [
        Credential(
            key=f"{rule}-{i}", rule_set=rule, expires_on=end, renewal_number=rnd.randint(1, 6)
        )
        for i, (rule, end) in enumerate(chosen)
    ]
    start = dt.date(2019, 1, 1)
    credits = [
        Credit(
            id=f"c{i}",
            completed_on=start + dt.timedelta(days=rnd.randint(0, 2890)),
            credit_type=rnd.choice(TYPES),
            amount=Decimal(rnd.randint(1, 16)) / 4,
            accreditor=rnd.choice(["ACCME", "ACCME", "AOA", ""]),
            topics=frozenset(rnd.sample(TOPICS, rnd.choice([0, 0, 0, 1, 1, 2]))),
            format=rnd.choice(["live", "anytime"]),
            approvals=frozenset({rnd.choice(["tx-hhsc", "pa-dhs", "ny-doh", "aba-patient-safety"])})
            if rnd.random() < 0.08
            else frozenset(),
        )
        for i in range(rnd.randint(200, 400))
    ]
    facts = ClinicianFacts(
        dea_registered=rnd.random() < 0.8,
        direct_patient_care=rnd.random() < 0.9,
        attestations=frozenset({"abim_moc_assessment"}) if rnd.random() < 0.5 else frozenset(),
    )
    return facts, credentials, credits


def allocation(count: int) -> float:
    """The allocation's p95 of CPU milliseconds over ``count`` clinicians."""
    t0 = time.process_time()
    from opencme.requirements.allocation import evaluate
    from opencme.requirements.loader import load_shipped

    load_shipped()
    import scipy.optimize  # noqa: F401  (the solver's import, paid once per process)

    print(f"import_ms={(time.process_time() - t0) * 1000:.0f} (allocation, rule files, scipy)")
    rnd = random.Random(19)
    as_of = dt.date(2026, 3, 1)
    times = []
    for _ in range(count):
        facts, credentials, credits = clinician(rnd)
        t = time.process_time()
        evaluate(facts, credentials, credits, as_of=as_of)
        times.append((time.process_time() - t) * 1000)
    times.sort()
    p50 = times[len(times) // 2]
    print(f"alloc_p50_ms={p50:.1f} alloc_max_ms={times[-1]:.1f}")
    return times[min(len(times) - 1, int(len(times) * 0.95))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clinicians", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--page-requests", type=int, default=400)
    parser.add_argument("--jobs", type=int, default=2, help="reevaluate-tracker processes")
    parser.add_argument("--keep", action="store_true", help="keep the temporary site folder")
    args = parser.parse_args()
    alloc_p95 = allocation(args.clinicians)
    from tracker_site import measure_site

    page_p95, reevaluate_s = measure_site(
        clinician,
        clinicians=args.clinicians,
        concurrency=args.concurrency,
        requests=args.page_requests,
        jobs=args.jobs,
        keep=args.keep,
    )
    print(
        f"tracker clinicians={args.clinicians} alloc_p95_ms={alloc_p95:.1f} "
        f"page_p95_ms={page_p95:.1f} reevaluate_s={reevaluate_s:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
