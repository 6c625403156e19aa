"""Import N listings into a fresh SQLite database through the loader (default N=10,000).

Usage: python bench/import_load.py [--count N]

Each listing is a fixture listing with a unique title line and URL prepended, so every one is a
new activity: parse, rule checks, activity rows, search index and audit event, one transaction
per listing, exactly as `opencme import` does. The database is a throw-away file in a temporary
folder, migrated first (not timed). The last line is
`import load listings=<n> seconds=<s>`; the target is <= 60 s for 10,000.
"""

from __future__ import annotations

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


def main(argv: list[str]) -> int:
    count = int(argv[argv.index("--count") + 1]) if "--count" in argv else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/load.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        import django

        django.setup()
        from django.core.management import call_command

        from opencme.ingest.loader import import_listing

        call_command("migrate", verbosity=0)
        texts = listings(count)
        statuses: dict[str, int] = {}
        start = time.perf_counter()
        for i, text in enumerate(texts):
            outcome = import_listing(text=text, origin=f"load/{i}.txt", actor=None)
            statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
        seconds = time.perf_counter() - start
    summary = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()))
    print(f"outcomes: {summary}")
    print(f"rate: {count / seconds:.0f} listings/s")
    print(f"import load listings={count} seconds={seconds:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
