"""Report exports at scale: 1,000,000 claims to the CPE Monitor and PARS/MOC learner files.

Usage: python bench/exports.py [--claims 1000000] [--activities 50]

Builds a throw-away SQLite database in a temporary folder: migrations, one provider with
``--activities`` hosted activities (AMA credit with ABIM MOC, ACPE credit with a UAN), then
physicians and pharmacists, their enrollments and claims inserted with bulk SQL (half AMA, half
ACPE; one claim in 500 is missing its NABP e-Profile ID so the problem list is exercised).
Each claim's obligations are inserted as the claim listener writes them when a claim is made.
The data is built in a child process, so the measured process holds only the export. Then,
timed: the obligation sync (which finds nothing missing: one anti-join over the claims), the
CPE Monitor CSV and the PARS learner tab-delimited file written through ``run_export`` (rows
checked, files streamed, obligations marked exported). Peak memory is the process's maximum
resident set size. SQLite maps the database file into memory (``mmap_size`` in settings): mapped
pages are file cache but count as resident, growing with the file, not with the export, so the
measured connection turns mapping off unless ``--keep-mmap``. Wall seconds depend on what else
the machine runs; the CPU seconds of the export are printed too. The last line is
``exports rows=<n> seconds=<x> peak_mb=<x>``.
"""

# ruff: noqa: S603  (runs this script in a child process)
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]


def _django(folder: Path) -> None:
    os.environ["OPENCME_VAR_DIR"] = str(folder)
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()


def _defaults(model: Any, named: str) -> tuple[str, str]:
    """Columns of ``model`` the INSERT does not name that must hold a value (NOT NULL, with a
    plain default in the model, not in the database), and those defaults as SQL: the rows
    stay valid when a model gains such a field."""
    from django.db.models import NOT_PROVIDED

    given = {c.strip() for c in named.split(",")}
    columns, values = [], []
    for f in model._meta.concrete_fields:
        default = f.default
        if f.null or f.column in given or callable(default) or default is NOT_PROVIDED:
            continue
        columns.append(f.column)
        values.append(str(int(default)) if isinstance(default, bool | int) else f"'{default}'")
    return "".join(f", {c}" for c in columns), "".join(f", {v}" for v in values)


def generate(folder: Path, claims: int, activities: int) -> None:
    """The database: schema by migrations, a few rows through the ORM, the bulk by SQL."""
    _django(folder)
    from django.core.management import call_command
    from django.db import connection, transaction

    from opencme.activities.models import Activity, CreditDesignation, MocDesignation
    from opencme.credits.models import Claim
    from opencme.learning.models import Enrollment
    from opencme.providers.models import Provider

    call_command("migrate", verbosity=0)
    provider = Provider.objects.create(
        name="Bench Provider", slug="bench", accreditation_id="JA0000001"
    )
    ids = []
    for i in range(activities):
        a = Activity.objects.create(
            provider=provider, kind="hosted", status="published", title=f"Bench activity {i}",
            format="enduring",
        )  # fmt: skip
        CreditDesignation.objects.create(activity=a, credit_type="AMA_PRA_1", amount=1.5)
        CreditDesignation.objects.create(
            activity=a, credit_type="ACPE", amount=1.5, unit="contact_hour",
            uan=f"JA0000001-0000-26-{i % 1000:03d}-H01-P",
        )  # fmt: skip
        MocDesignation.objects.create(
            activity=a, board="ABIM", points=1.5, credit_types=["Medical Knowledge"]
        )
        ids.append(a.pk)
    first, last = min(ids), max(ids)
    per_profession = claims // 2 // activities  # learners of each profession
    learners = 2 * per_profession
    now = "2026-06-01 12:00:00"
    with transaction.atomic(), connection.cursor() as c:
        seq = (
            f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {learners})"
        )
        c.execute(
            f"{seq} INSERT INTO accounts_user (id, password, is_superuser, first_name, last_name,"
            " is_staff, is_active, date_joined, email)"
            f" SELECT 1000 + i, '!', 0, '', '', 0, 1, '{now}',"
            " 'bench' || i || '@example.org' FROM n"
        )
        # Odd learners are physicians, even ones pharmacists; one pharmacist in 500 has no ID.
        c.execute(
            f"{seq} INSERT INTO accounts_learnerprofile (id, user_id, legal_name, degree,"
            " profession, npi, nabp_eprofile_id, birth_month, birth_day, consent_pars,"
            " consent_cpe_monitor,"
            " updated_at)"
            " SELECT i, 1000 + i, 'Learner Number ' || i, '',"
            " CASE i % 2 WHEN 1 THEN 'physician' ELSE 'pharmacist' END, '',"
            " CASE WHEN i % 2 = 0 AND i % 1000 != 0 THEN printf('%07d', i) ELSE '' END,"
            f" 1 + i % 12, 1 + i % 28, 1, 1, '{now}' FROM n"
        )
        c.execute(
            f"{seq} INSERT INTO accounts_boardid (profile_id, board, identifier)"
            " SELECT i, 'ABIM', printf('%06d', i) FROM n WHERE i % 2 = 1"
        )
        named = "status, enrolled_at, completed_at, activity_id, learner_id"
        more, values = _defaults(Enrollment, named)
        c.execute(
            f"INSERT INTO learning_enrollment ({named}{more})"
            f" SELECT 'completed', '{now}', '{now}', a.id, u.id{values} FROM accounts_user u"
            f" JOIN activities_activity a ON a.id BETWEEN {first} AND {last}"
            " WHERE u.id >= 1000"
        )
        named = (
            "credit_type, amount, unit, claimed_at, version, is_current, activity_id,"
            " enrollment_id, learner_id"
        )
        more, values = _defaults(Claim, named)
        c.execute(
            f"INSERT INTO credits_claim ({named}{more})"
            " SELECT CASE p.profession WHEN 'physician' THEN 'AMA_PRA_1' ELSE 'ACPE' END, '1.5',"
            f" CASE p.profession WHEN 'physician' THEN 'credit' ELSE 'contact_hour' END, '{now}',"
            f" 1, 1, e.activity_id, e.id, e.learner_id{values}"
            " FROM learning_enrollment e JOIN accounts_learnerprofile p ON p.user_id = e.learner_id"
        )
        # What the claim listener (reporting.services.record_obligations) writes as each claim
        # is made: one obligation per claim and destination, due 30 or 60 days later.
        c.execute(
            "INSERT INTO reporting_reportobligation (claim_id, destination, provider_id,"
            " activity_id, learner_id, completed_on, due_on)"
            " SELECT c.id, CASE c.credit_type WHEN 'AMA_PRA_1' THEN 'PARS' ELSE 'CPE_MONITOR' END,"
            " a.provider_id, c.activity_id, c.learner_id, '2026-06-01',"
            " CASE c.credit_type WHEN 'AMA_PRA_1' THEN '2026-07-01' ELSE '2026-07-31' END"
            " FROM credits_claim c JOIN activities_activity a ON a.id = c.activity_id"
        )
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--activities", type=int, default=50)
    parser.add_argument("--keep-mmap", action="store_true", help="keep SQLite's mmap_size")
    parser.add_argument("--generate-into", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate_into:
        generate(Path(args.generate_into), args.claims, args.activities)
        return
    with tempfile.TemporaryDirectory(prefix="opencme-bench-exports-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, __file__, "--claims", str(args.claims), "--activities",
             str(args.activities), "--generate-into", str(folder)],
            check=True,
        )  # fmt: skip
        print(f"generated {args.claims:,} claims in {time.perf_counter() - started:.1f} s")
        _django(folder)
        from django.db import connection

        from opencme.credits.models import Claim

        if not args.keep_mmap:
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA mmap_size=0")
        from opencme.reporting.services import run_export, sync_obligations

        total_claims = Claim.objects.count()
        cpu = time.process_time()
        started = time.perf_counter()
        made = sync_obligations()
        synced = time.perf_counter() - started
        print(f"obligations synced: {made:,} in {synced:.1f} s")
        rows = 0
        for name, fmt in (("cpe-monitor", "csv"), ("pars-learners", "txt")):
            t0 = time.perf_counter()
            with (folder / f"{name}.{fmt}").open("wb") as out:
                result, _ = run_export(
                    name=name, actor=None, out=out, provider=None, provider_ids=None, fmt=fmt
                )
            size = (folder / f"{name}.{fmt}").stat().st_size / 1e6
            print(
                f"{name}: {result.rows:,} rows, {len(result.problems):,} problems, "
                f"{size:.1f} MB in {time.perf_counter() - t0:.1f} s"
            )
            rows += result.rows
        seconds = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cpu_seconds = time.process_time() - cpu
        load = os.getloadavg()[0]
        print(f"claims={total_claims:,} export_cpu_seconds={cpu_seconds:.1f} load_avg={load:.1f}")
        print(f"exports rows={rows} seconds={seconds:.1f} peak_mb={peak_mb:.0f}")


if __name__ == "__main__":
    main()
