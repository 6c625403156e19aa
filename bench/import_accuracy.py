"""Field-by-field accuracy of the listing parser, by cross-validation grouped by site.

Usage:
  python bench/import_accuracy.py [-v] [--corpus DIR]    grouped 5-fold CV over corpus/listings
  python bench/import_accuracy.py [-v] --fixtures DIR    the shipped model on fixture files
  python bench/import_accuracy.py --rules                the rule extractors alone (baseline)
  python bench/import_accuracy.py [-v] --holdout DIR     the shipped model on listings kept
                                                         outside the project (DIR/<site>/<name>.txt
                                                         and .label.json, labelled blind)
  python bench/import_accuracy.py --calibration-cv       the confidence curve of the calibration
                                                         listings (corpus/calibration), each site's
                                                         fields mapped by a curve fitted without it
                                                         (trains a model: a few minutes)

Cross-validation: sites are sorted and dealt round-robin into 5 folds (a site's listings are
never in both train and test); for each fold a model is trained on the other four with
`reading.train` (its calibration measured inside those four, its confidence mapped on
corpus/calibration, sites no rule was written against) and the fold is parsed with it.

Items compared (`reading.score`): scalar fields (one item when stated), each list element, each
cost key and statement flag (a label's `free: null` against an unclaimed `free: false` is no
item). Also printed: the fraction of fields sent to review (a value in the draft or the label,
confidence below REVIEW_BELOW), the precision of fields accepted automatically (whole field
right), the threshold that would give 0.97 auto precision, the reliability table (stated
confidence against how often the field was right, by band) and parsing speed in process.
Last line: `import accuracy folds=5 listings=<n> f1=<x.xxx> min_field_f1=<x.xxx>
review=<x.xx> auto_precision=<x.xxx>`.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from opencme.ingest.parsing import RECORD_KEYS, parse_listing  # noqa: E402
from opencme.ingest.parsing.draft import REVIEW_BELOW  # noqa: E402
from opencme.ingest.parsing.parser import parse_rules  # noqa: E402
from opencme.ingest.reading import train  # noqa: E402
from opencme.ingest.reading.calibrate import fold_of  # noqa: E402
from opencme.ingest.reading.corpus import load_corpus  # noqa: E402
from opencme.ingest.reading.score import compare, correct, filled, prf  # noqa: E402

FOLDS = 5
KEYS = [k for k in RECORD_KEYS if k != "id"]
# kept for scripts that import the old names
_compare = compare
_prf = prf


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {k: [0, 0, 0] for k in KEYS}
        self.fields = 0  # fields with a value in the draft or the label
        self.review = 0
        self.accepted = 0
        self.accepted_right = 0
        self.scored: list[tuple[float, bool]] = []  # (confidence, right) of filled fields
        self.parse_seconds = 0.0
        self.parsed = 0
        self.rules_only = False

    def add(
        self, name: str, text: str, want: dict[str, Any], model: bytes | None, verbose: bool
    ) -> None:
        start = time.perf_counter()
        if self.rules_only:
            draft = parse_rules(text, name)
        else:
            draft = parse_listing(text, origin=name, model=model)
        self.parse_seconds += time.perf_counter() - start
        self.parsed += 1
        for key in KEYS:
            got, exp = draft.record[key], want.get(key)
            tp, fp, fn = compare(key, got, exp)
            for i, v in enumerate((tp, fp, fn)):
                self.counts[key][i] += v
            if verbose and (fp or fn):
                print(f"  {name}: {key}: got {got!r} want {exp!r}")
            has_got = filled(key, got)
            if not (has_got or (exp is not None and filled(key, exp))):
                continue
            self.fields += 1
            conf = draft.confidence.get(key)
            right = correct(key, got, exp)
            if has_got and conf is not None:
                self.scored.append((conf, right))
            if has_got and conf is not None and conf < REVIEW_BELOW:
                self.review += 1
            elif has_got:
                self.accepted += 1
                self.accepted_right += right


def run_cv(
    corpus: Path, verbose: bool, rules_only: bool = False, calibration: Path | None = None
) -> tuple[Tally, int]:
    listings = load_corpus(corpus)
    held = load_corpus(calibration) if calibration and calibration.is_dir() else []
    unseen = [(x.text, x.record, x.site) for x in held]
    folds = fold_of([x.site for x in listings], FOLDS)
    tally = Tally()
    tally.rules_only = rules_only
    if rules_only:
        for x in listings:
            tally.add(f"{x.site}/{x.name}", x.text, x.record, None, verbose)
        return tally, len(listings)
    for k in range(FOLDS):
        train_set = [x for x, f in zip(listings, folds, strict=True) if f != k]
        model = train(
            [(x.text, x.record) for x in train_set],
            groups=[x.site for x in train_set],
            unseen=unseen,
        )
        for x, f in zip(listings, folds, strict=True):
            if f == k:
                tally.add(f"{x.site}/{x.name}", x.text, x.record, model, verbose)
    return tally, len(listings)


def run_holdout(folder: Path, verbose: bool) -> tuple[Tally, int]:
    """The shipped model on listings the rules were never tuned on: a folder kept outside
    the project (labels written before the parser read the page), so that tuning to the
    corpus shows as the gap between this and the cross-validated figures."""
    tally = Tally()
    n = 0
    for label_path in sorted(folder.glob("*/*.label.json")):
        text_path = label_path.with_name(label_path.name.removesuffix(".label.json") + ".txt")
        if not text_path.exists():
            continue
        want = json.loads(label_path.read_text(encoding="utf-8"))["record"]
        name = f"{label_path.parent.name}/{text_path.stem}"
        tally.add(name, text_path.read_text(encoding="utf-8"), want, None, verbose)
        n += 1
    return tally, n


def run_calibration_cv(corpus: Path, folder: Path) -> None:
    """How the curve maps confidences on sites it was not fitted on: the calibration listings
    as `train-parser` reads them for the curve (each by a model whose learned readers were
    not trained on its fold of sites; the model is trained here, a few minutes), before the
    curve, then each site's fields mapped by a curve fitted on the other sites (at the penalty
    the full fit chose)."""
    from opencme.ingest.reading import unseen
    from opencme.ingest.reading.model_io import trained

    listings = load_corpus(corpus)
    held = load_corpus(folder)
    _crf, _meta, rows = trained(
        [(x.text, x.record) for x in listings],
        groups=[x.site for x in listings],
        unseen=[(x.text, x.record, x.site) for x in held],
    )
    curve = unseen.fit(rows)
    mapped = unseen.left_out(rows, curve["penalty"]) if rows else []
    print(f"penalty on per-field offsets and slopes: {curve['penalty']}; rows {len(rows)}")
    raw = [(r.confidence, r.right) for r in rows]
    out = [(p, r.right) for p, r in zip(mapped, rows, strict=True)]
    for name, scored in (("before the curve", raw), ("mapped, site left out", out)):
        print(name)
        print(reliability(scored))
        print(operating_points(scored, len(scored)))
    loss = {
        name: -sum(math.log(max(c if r else 1 - c, 1e-6)) for c, r in sc) / max(len(sc), 1)
        for name, sc in (("raw", raw), ("mapped", out))
    }
    acc = [r for c, r in out if c >= REVIEW_BELOW]
    raw_acc = [r for c, r in raw if c >= REVIEW_BELOW]
    print(
        f"import calibration listings={len(held)} fields={len(rows)} "
        f"log_loss={loss['raw']:.3f}->{loss['mapped']:.3f} "
        f"review={1 - len(raw_acc) / max(len(raw), 1):.2f}->{1 - len(acc) / max(len(out), 1):.2f} "
        f"auto_precision={_share(raw_acc)}->{_share(acc)}"
    )


def _share(flags: list[bool]) -> str:
    """The fraction right, or "none" when no field was accepted (no precision to state)."""
    return f"{sum(flags) / len(flags):.3f}" if flags else "none"


def run_fixtures(folder: Path, verbose: bool) -> tuple[Tally, int]:
    tally = Tally()
    n = 0
    for expected_path in sorted(folder.glob("*.expected.json")):
        stem = expected_path.name.removesuffix(".expected.json")
        sources = [p for p in (folder / f"{stem}.txt", folder / f"{stem}.html") if p.exists()]
        if not sources:
            continue
        want = json.loads(expected_path.read_text(encoding="utf-8"))
        tally.add(stem, sources[0].read_text(encoding="utf-8"), want, None, verbose)
        n += 1
    return tally, n


def _threshold(
    scored: list[tuple[float, bool]], fields: int, target: float = 0.97
) -> tuple[float, float]:
    """The lowest confidence threshold whose accepted fields are `target` precise, and the
    fraction of fields (as `review=` counts them) it sends to review."""
    best = (1.01, len(scored) / max(fields, 1))
    for th in sorted({c for c, _r in scored}, reverse=True):
        acc = [r for c, r in scored if c >= th]
        if acc and sum(acc) / len(acc) >= target:
            best = (th, (len(scored) - len(acc)) / max(fields, 1))
    return best


BUCKETS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99, 1.01)


def reliability(scored: list[tuple[float, bool]]) -> str:
    """The reliability table: per band of stated confidence, how many filled fields, the mean
    confidence they were given and how often the whole field was right. Honest confidence
    keeps `right` near `stated` in every band (above all the top ones, which skip review)."""
    out = ["reliability (stated confidence vs whole field right):"]
    out.append(f"  {'band':<13}{'fields':>7}{'stated':>8}{'right':>7}")
    for lo, hi in itertools.pairwise(BUCKETS):
        got = [(c, r) for c, r in scored if lo <= c < hi]
        if got:
            stated = sum(c for c, _ in got) / len(got)
            right = sum(r for _, r in got) / len(got)
            band = f"[{lo:.2f},{min(hi, 1.0):.2f}{')' if hi <= 1 else ']'}"
            out.append(f"  {band:<13}{len(got):>7}{stated:>8.3f}{right:>7.3f}")
    return "\n".join(out)


def operating_points(scored: list[tuple[float, bool]], fields: int) -> str:
    """Review fraction and auto precision at other REVIEW_BELOW values: the trade to choose."""
    cells = []
    for th in (0.8, 0.85, 0.9, 0.93, 0.95):
        acc = [r for c, r in scored if c >= th]
        review = (len(scored) - len(acc)) / max(fields, 1)
        auto = sum(acc) / len(acc) if acc else 1.0
        cells.append(f"{th:.2f}: review {review:.2f} auto {auto:.3f}")
    return "operating points by REVIEW_BELOW: " + "; ".join(cells)


def report(tally: Tally, n: int, mode: str) -> None:
    print(f"{'field':<20}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}{'f1':>7}")
    total = [0, 0, 0]
    f1s = []
    for key, (tp, fp, fn) in tally.counts.items():
        p, r, f = prf(tp, fp, fn)
        total = [a + b for a, b in zip(total, (tp, fp, fn), strict=True)]
        if tp + fp + fn:
            f1s.append(f)
        print(f"{key:<20}{tp:>5}{fp:>5}{fn:>5}{p:>11.3f}{r:>8.3f}{f:>7.3f}")
    p, r, f = prf(*total)
    print(f"{'overall':<20}{total[0]:>5}{total[1]:>5}{total[2]:>5}{p:>11.3f}{r:>8.3f}{f:>7.3f}")
    review = tally.review / tally.fields if tally.fields else 0.0
    # "none" when no field was accepted: there is no precision to state
    auto = f"{tally.accepted_right / tally.accepted:.3f}" if tally.accepted else "none"
    th, th_review = _threshold(tally.scored, tally.fields)
    speed = tally.parsed / tally.parse_seconds if tally.parse_seconds else 0.0
    print(f"REVIEW_BELOW={REVIEW_BELOW} fields={tally.fields} accepted={tally.accepted}")
    print(f"threshold for 0.97 auto precision: {th:.3f} (review {th_review:.2f})")
    print(f"parse speed: {speed:.0f} listings/s (in process, one core)")
    print(reliability(tally.scored))
    print(operating_points(tally.scored, tally.fields))
    folds = f"folds={FOLDS}" if mode == "cv" and not tally.rules_only else "folds=0"
    name = "import holdout" if mode == "holdout" else f"import accuracy {folds}"
    print(
        f"{name} listings={n} f1={f:.3f} min_field_f1={min(f1s, default=0):.3f} "
        f"review={review:.2f} auto_precision={auto}"
    )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "listings")
    ap.add_argument("--fixtures", type=Path, default=None)
    ap.add_argument("--holdout", type=Path, default=None)
    ap.add_argument("--calibration", type=Path, default=ROOT / "corpus" / "calibration")
    ap.add_argument("--calibration-cv", action="store_true", help="the confidence curve, by site")
    ap.add_argument("--rules", action="store_true", help="the rule extractors alone (no reader)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv[1:])
    if args.calibration_cv:
        run_calibration_cv(args.corpus, args.calibration)
    elif args.holdout is not None:
        tally, n = run_holdout(args.holdout, args.verbose)
        report(tally, n, "holdout")
    elif args.fixtures is not None:
        tally, n = run_fixtures(args.fixtures, args.verbose)
        report(tally, n, "fixtures")
    else:
        tally, n = run_cv(args.corpus, args.verbose, args.rules, args.calibration)
        report(tally, n, "cv")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
