"""Import speed: listings parsed per second on one core, and the ``parse-listing`` command's wall.

Usage: python bench/import_speed.py [--seconds N]

Three figures, each the best of a few rounds (as timeit does: other load on the machine only
slows a round, it never speeds one up):

- ``listings_per_s``: ``parse_listing`` in this one process (one core) over the real corpus,
  ``corpus/listings/*/*.txt``, read once beforehand. Target >= 500.
- ``cli_40_files_s``: the wall time of one ``opencme parse-listing --jsonl`` call on 40
  corpus files (every tenth, so many sites and layouts), start-up included. Target <= 2 s.
- ``cli_start_s``: the wall time of ``opencme parse-listing`` on a single file: mostly the
  command's start-up. Target < 0.5 s. It is measured as an installed command runs: with our
  modules compiled to bytecode (``make install`` compiles them, as a wheel's install does). Where
  they are not, and Python may not write bytecode (``PYTHONDONTWRITEBYTECODE``), every start
  compiles ~250 modules from source (about 0.2 s more here); the bench says so when it sees it.

The last line is ``import speed listings_per_s=<n> cli_40_files_s=<x.xx> cli_start_s=<x.xx>``.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from opencme.ingest.parsing import parse_listing  # noqa: E402

OPENCME = str(Path(sys.executable).with_name("opencme"))
CLI_FILES = 40
CLI_ROUNDS = 5


def corpus_paths() -> list[Path]:
    return sorted((ROOT / "corpus" / "listings").glob("*/*.txt"))


def parse_rate(texts: list[str], seconds: float) -> tuple[float, list[float], int]:
    """The best rate of three rounds, every round's rate, and how many listings were parsed."""
    for text in texts:  # warm-up: imports, regex caches, a lazily loaded model
        parse_listing(text)
    rates = []
    done_total = 0
    for _round in range(3):
        done = 0
        start = time.perf_counter()
        while time.perf_counter() - start < seconds / 3:
            for text in texts:
                parse_listing(text)
            done += len(texts)
        rates.append(done / (time.perf_counter() - start))
        done_total += done
    return max(rates), rates, done_total


def uncompiled() -> bool:
    """Whether the parser's modules lack up-to-date bytecode (each start then compiles them)."""
    for source in (ROOT / "src" / "opencme" / "ingest" / "parsing").glob("*.py"):
        cached = Path(importlib.util.cache_from_source(str(source)))
        if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
            return True
    return False


def cli_wall(paths: list[Path]) -> float:
    """The best wall time of ``opencme parse-listing --jsonl PATHS`` over a few calls."""
    args = [OPENCME, "parse-listing", "--jsonl", *map(str, paths)]
    best = float("inf")
    for _round in range(CLI_ROUNDS):
        start = time.perf_counter()
        done = subprocess.run(  # noqa: S603  (our own command and corpus paths, no shell)
            args, capture_output=True, text=True, stdin=subprocess.DEVNULL
        )
        best = min(best, time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"parse-listing failed: {done.stderr.strip()}")
        if len(done.stdout.splitlines()) != len(paths):
            raise SystemExit("parse-listing printed a line count other than its file count")
    return best


def main(argv: list[str]) -> int:
    seconds = float(argv[argv.index("--seconds") + 1]) if "--seconds" in argv else 3.0
    paths = corpus_paths()
    if len(paths) < CLI_FILES:
        raise SystemExit(f"the corpus has {len(paths)} listings; this bench needs {CLI_FILES}")
    texts = [path.read_text(encoding="utf-8") for path in paths]
    rate, rates, done_total = parse_rate(texts, seconds)
    avg = sum(len(t.encode()) for t in texts) / len(texts)
    step = len(paths) // CLI_FILES
    many = cli_wall(paths[::step][:CLI_FILES])
    one = cli_wall(paths[:1])
    rounds = ", ".join(f"{r:.0f}" for r in rates)
    print(f"corpus={len(texts)} listings, mean size={avg:.0f} bytes, parsed={done_total}")
    print(f"rounds listings/s: {rounds}")
    print(f"parse-listing wall, best of {CLI_ROUNDS}: {CLI_FILES} files {many:.3f} s, ", end="")
    print(f"1 file {one:.3f} s")
    if uncompiled() and sys.dont_write_bytecode:
        print("note: the modules have no bytecode and Python may not write it: every start")
        print("compiled them from source (python -m compileall src, as make install does)")
    print(f"import speed listings_per_s={rate:.0f} cli_40_files_s={many:.2f} cli_start_s={one:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
