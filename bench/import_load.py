"""`opencme import` of N listing files into a fresh SQLite database (default N=10,000).

Usage: python bench/import_load.py [--count N]

Each listing is a fixture listing with a unique title line, URL and provider prepended, so every
one is a new activity: parse, rule checks, activity rows, search index and audit event, exactly
as `opencme import FOLDER` does (chunks of listings, one transaction each). The files are written
to a temporary folder and the database is a throw-away file there, migrated first (neither is
timed). Then the same folder is imported again, which must leave every listing unchanged. The
last line is `import load listings=<n> seconds=<s>` (the first import, wall clock); the target
is <= 60 s for 10,000.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))


def listings(count: int) -> list[str]:
    folder = ROOT / "tests" / "fixtures" / "listings"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    out = []
    for i in range(count):
        base = texts[i % len(texts)]
        out.append(
            f"Title: Load Test Listing {i}\nActivity Link: https://example.org/a/{i}\n"
            f"Provider: Load Provider {i % 50}\n{base}"
        )
    return out


def _import(folder: Path) -> tuple[float, float, dict[str, int]]:
    from django.core.management import call_command

    out = io.StringIO()
    wall, cpu = time.perf_counter(), time.process_time()
    call_command("import", str(folder), stdout=out, stderr=io.StringIO())
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    statuses: dict[str, int] = {}
    for line in out.getvalue().splitlines():
        status, sep, _ = line.partition(": ")
        if sep and not line.startswith(" ") and " " not in status:
            statuses[status] = statuses.get(status, 0) + 1
    return wall, cpu, statuses


def main(argv: list[str]) -> int:
    count = int(argv[argv.index("--count") + 1]) if "--count" in argv else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/load.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        folder = Path(tmp) / "listings"
        folder.mkdir()
        for i, text in enumerate(listings(count)):
            (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        seconds, cpu, statuses = _import(folder)
        again, again_cpu, again_statuses = _import(folder)
    summary = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()))
    print(f"outcomes: {summary}")
    each = cpu / count * 1000
    print(f"rate: {count / seconds:.0f} listings/s (cpu {cpu:.1f} s, {each:.2f} ms each)")
    summary = ", ".join(f"{n} {s}" for s, n in sorted(again_statuses.items()))
    print(f"second import: {summary} in {again:.1f} s (cpu {again_cpu:.1f} s)")
    print(f"import load listings={count} seconds={seconds:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
