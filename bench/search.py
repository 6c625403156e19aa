"""Finder latency at N activities, through the selector and as hand-written SQL.

Usage: python bench/search.py --count N [--engine sqlite|postgres] [--queries 200] [--seed S]

Builds a catalog of N synthetic activities with ``opencme generate-catalog`` (or reuses the copy
in bench/.cache whose key is N, the seed, the catalog day and the code that shapes the data),
then times ``--queries`` finder questions (two words, one or two filters, facet counts, top 20)
through ``parse_finder_params`` and ``catalog_search``, as the API runs them, after a warm-up
on a different set of questions. Then the same questions as one hand-written statement each
(bench/search_queries.py), sent through the engine's driver. PostgreSQL runs on a server this
script starts (binaries found as tests/pgserver.py finds them) on a data folder kept in
bench/.cache. The last line is
``search engine=<e> N=<n> p50_ms=<x> p95_ms=<x> raw_p95_ms=<x> ratio=<x>``.
"""

# ruff: noqa: S603  (starts PostgreSQL and our own command from fixed arguments)
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]
# The catalog's day: fixed, so a cached catalog answers the same way on any later day.
DAY = dt.date(2026, 6, 1)
KEY_FILES = [
    "src/opencme/activities/synthetic.py",
    "src/opencme/activities/synthetic_vocab.py",
    "src/opencme/activities/records.py",
    "src/opencme/catalog/facets.py",
    "src/opencme/catalog/index.py",
    "src/opencme/catalog/text.py",
    *sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "src/opencme/catalog/migrations").glob("0*.py")
    ),
]
PG_OPTIONS = (
    "-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={sock} "
    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=20 "
    "-c shared_buffers=4GB -c effective_cache_size=12GB -c work_mem=64MB "
    "-c maintenance_work_mem=1GB -c max_wal_size=8GB -c jit=off -c random_page_cost=1.1"
)


def catalog_key(count: int, seed: int) -> str:
    digest = hashlib.sha256(f"{count}:{seed}:{DAY}".encode())
    for name in KEY_FILES:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()[:12]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def postgres_server(datadir: Path, options: str = PG_OPTIONS) -> Iterator[str]:
    """A PostgreSQL server on ``datadir`` (made if missing), stopped on exit; yields its URL.
    ``options``: its settings, with ``{port}`` and ``{sock}`` to fill in."""
    from pgserver import find_bindir, free_port

    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL is not installed")
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    if not (datadir / "PG_VERSION").exists():
        shutil.rmtree(datadir, ignore_errors=True)
        datadir.mkdir(parents=True)
        if as_root:
            shutil.chown(datadir, "postgres", "postgres")
        subprocess.run(
            [
                *prefix,
                *(f"{bindir}/initdb", "-D", str(datadir), "-U", "opencme", "-A", "trust"),
                *("-E", "UTF8", "--locale=C.UTF-8", "--no-sync"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    port = free_port()
    sock = datadir / "sock"
    sock.mkdir(exist_ok=True)
    if as_root:
        shutil.chown(sock, "postgres", "postgres")
    options = options.format(port=port, sock=sock)
    logfile = str(datadir / "server.log")
    subprocess.run(
        [
            *prefix,
            f"{bindir}/pg_ctl",
            "-D",
            str(datadir),
            "-l",
            logfile,
            "-o",
            options,
            "-w",
            "start",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    try:
        yield f"postgres://opencme@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*prefix, f"{bindir}/pg_ctl", "-D", str(datadir), "-m", "fast", "stop"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


def build(url: str, count: int, seed: int) -> float:
    """Migrate and generate the catalog into the database at ``url``; seconds taken."""
    env = dict(os.environ, DATABASE_URL=url, DJANGO_SETTINGS_MODULE="config.settings")
    command = [sys.executable, "-m", "opencme.cli"]
    started = time.monotonic()
    subprocess.run([*command, "migrate", "--no-input", "-v0"], env=env, check=True)
    subprocess.run(
        [*command, "generate-catalog", f"--count={count}", f"--seed={seed}", f"--today={DAY}"],
        env=env,
        check=True,
        stdout=sys.stderr,
    )
    return time.monotonic() - started


def preload(folder_or_file: Path) -> None:
    """Read the database's files once, as a server that has been up a while has them in memory
    (the operating system's page cache); otherwise the first questions time the disk."""
    paths = [folder_or_file] if folder_or_file.is_file() else sorted(folder_or_file.rglob("*"))
    for path in paths:
        if path.is_file():
            with path.open("rb") as f:
                while f.read(1 << 24):
                    pass


def prewarm(url: str) -> None:
    """Load the catalog's tables and indexes into PostgreSQL's shared buffers (pg_prewarm), as a
    server that has been up a while holds them. Reading the files alone is not enough on this
    VM: it pages out file cache left idle for about 30 s, while shared buffers stay resident."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
        row = conn.execute(
            "SELECT sum(pg_prewarm(c.oid)) FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i')"
            " AND c.relname LIKE 'catalog%'"
        ).fetchone()
    pages = int(row[0] or 0) if row else 0
    log(f"prewarmed {pages * 8 // 1024} MB of the catalog into shared buffers")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * (len(ordered) - 1) + 0.5))]


def run_selector(queries: list[dict[str, list[str]]]) -> tuple[list[float], list[Any]]:
    from opencme.accreditation.selectors import rulebook_get
    from opencme.catalog.query import parse_finder_params
    from opencme.catalog.selectors import catalog_search

    book = rulebook_get()
    times, pages = [], []
    for params in queries:
        started = time.perf_counter()
        page = catalog_search(parse_finder_params(params, book=book), today=DAY)
        times.append((time.perf_counter() - started) * 1000)
        pages.append(page)
    return times, pages


class RawRunner:
    """One connection straight to the engine, kept open like the application's."""

    def __init__(self, engine: str, url: str) -> None:
        self.engine = engine
        if engine == "sqlite":
            self.conn: Any = sqlite3.connect(url.removeprefix("sqlite:///"))
            for pragma in ("cache_size=-65536", "mmap_size=1073741824", "temp_store=MEMORY"):
                self.conn.execute(f"PRAGMA {pragma}")
        else:
            import psycopg

            self.conn = psycopg.connect(url, autocommit=True)
        rows = self.conn.execute("SELECT id, token, bit FROM catalog_facetvalue").fetchall()
        self.values = {str(t): (int(i), None if b is None else int(b)) for i, t, b in rows}
        (days,) = self.conn.execute(
            "SELECT value FROM catalog_state WHERE name = 'open_ref'"
        ).fetchone()
        self.open_day = (dt.date(1970, 1, 1) + dt.timedelta(days=int(days))).isoformat()
        # The hand-written statements count no overflow values: there must be none.
        (overflow,) = self.conn.execute(
            "SELECT count(*) FROM catalog_facetvalue WHERE family = 'specialty' AND bit IS NULL"
        ).fetchone()
        if overflow:
            raise SystemExit("the catalog has facet values without a bit: raw SQL would miss them")

    def run(self, queries: list[dict[str, list[str]]]) -> tuple[list[float], list[dict[str, int]]]:
        from search_queries import raw_counts, raw_statement

        statements = [
            raw_statement(self.engine, q, DAY.isoformat(), self.values, self.open_day)
            for q in queries
        ]
        times, counts = [], []
        for sql, params in statements:
            started = time.perf_counter()
            rows = self.conn.execute(sql, params).fetchall()
            times.append((time.perf_counter() - started) * 1000)
            counts.append(raw_counts(rows))
        return times, counts


def measure(engine: str, url: str, count: int, n_queries: int, seed: int) -> dict[str, float]:
    import django

    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from search_queries import finder_queries

    queries = finder_queries(n_queries, seed)
    warmup = finder_queries(n_queries, seed + 1000)
    raw_runner = RawRunner(engine, url)
    run_selector(warmup)
    raw_runner.run(warmup)
    # Interleaved, one question at a time, so load from elsewhere on the machine falls on both.
    times, pages, raw_times, raw = [], [], [], []
    for query in queries:
        t, p = run_selector([query])
        rt, r = raw_runner.run([query])
        times += t
        pages += p
        raw_times += rt
        raw += r
    # The two paths must agree, or the comparison means nothing.
    wrong = sum(
        1
        for page, counts in zip(pages, raw, strict=True)
        if page.count != counts.get("all", 0)
        or any(
            counts.get(f"{k}:{v}") != n
            for k, vs in page.facets.items()
            if k != "credit_family"  # the raw statement leaves out the credit families' counts
            for v, n in vs.items()
        )
    )
    matches = sorted(p.count for p in pages)
    log(
        f"matches per question: median {percentile(matches, 50)}, p95 {percentile(matches, 95)}, "
        f"max {matches[-1]}; questions where selector and raw SQL disagree: {wrong}"
    )
    return {
        "p50": statistics.median(times),
        "p95": percentile(times, 95),
        "raw_p50": statistics.median(raw_times),
        "raw_p95": percentile(raw_times, 95),
        "wrong": wrong,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--engine", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    key = catalog_key(args.count, args.seed)
    CACHE.mkdir(parents=True, exist_ok=True)
    log(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    if args.engine == "sqlite":
        path = CACHE / f"catalog-{args.count}-{key}.sqlite3"
        if not path.exists():
            tmp = path.with_suffix(".building")
            for leftover in CACHE.glob(f"{tmp.name}*"):
                leftover.unlink()
            seconds = build(f"sqlite:///{tmp}", args.count, args.seed)
            with sqlite3.connect(tmp) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            tmp.rename(path)
            log(f"built {args.count:,} activities in {seconds:.0f} s")
        preload(path)
        result = measure("sqlite", f"sqlite:///{path}", args.count, args.queries, args.seed)
    else:
        datadir = CACHE / f"pg-{args.count}-{key}"
        done = datadir / "opencme-catalog-complete"
        if not done.exists():
            shutil.rmtree(datadir, ignore_errors=True)
        with postgres_server(datadir) as url:
            if not done.exists():
                seconds = build(url, args.count, args.seed)
                done.write_text(f"{seconds:.0f} s\n")
                log(f"built {args.count:,} activities in {seconds:.0f} s")
            preload(datadir / "base")
            prewarm(url)
            result = measure("postgres", url, args.count, args.queries, args.seed)
    ratio = result["p95"] / result["raw_p95"]
    print(
        f"selector: p50 {result['p50']:.2f} ms, p95 {result['p95']:.2f} ms; "
        f"raw SQL: p50 {result['raw_p50']:.2f} ms, p95 {result['raw_p95']:.2f} ms"
    )
    print(
        f"search engine={args.engine} N={args.count} p50_ms={result['p50']:.2f} "
        f"p95_ms={result['p95']:.2f} raw_p95_ms={result['raw_p95']:.2f} ratio={ratio:.2f}"
    )
    return 1 if result["wrong"] else 0


if __name__ == "__main__":
    sys.exit(main())
