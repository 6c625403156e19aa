"""Listings parsed per second on one core, for ~2 KB listings (best of three rounds).

Usage: python bench/import_speed.py [--seconds N]

The corpus is the fixture listings cut or repeated to about 2 KB each, so every layout the
parser knows is in the mix. Runs in this one process (one core). The last line is
`import speed listings_per_s=<n>`; the target is >= 500.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from opencme.ingest.parsing import parse_listing  # noqa: E402

TARGET_BYTES = 2048


def corpus() -> list[str]:
    folder = ROOT / "tests" / "fixtures" / "listings"
    texts = []
    for path in sorted(folder.iterdir()):
        if path.suffix in (".txt", ".html"):
            text = path.read_text(encoding="utf-8")
            while len(text.encode()) < TARGET_BYTES:
                text += "\n" + text
            texts.append(text.encode()[:TARGET_BYTES].decode("utf-8", "ignore"))
    return texts


def main(argv: list[str]) -> int:
    seconds = float(argv[argv.index("--seconds") + 1]) if "--seconds" in argv else 3.0
    texts = corpus()
    for text in texts:  # warm-up: imports, regex caches
        parse_listing(text)
    rates = []
    done_total = 0
    for _round in range(3):  # best of three rounds, as timeit does: other load only slows us
        done = 0
        start = time.perf_counter()
        while time.perf_counter() - start < seconds / 3:
            for text in texts:
                parse_listing(text)
            done += len(texts)
        rates.append(done / (time.perf_counter() - start))
        done_total += done
    rate = max(rates)
    avg = sum(len(t.encode()) for t in texts) / len(texts)
    rounds = ", ".join(f"{r:.0f}" for r in rates)
    print(f"corpus={len(texts)} listings, mean size={avg:.0f} bytes, parsed={done_total}")
    print(f"rounds listings/s: {rounds}")
    print(f"import speed listings_per_s={rate:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
