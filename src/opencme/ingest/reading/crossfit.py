"""The learned readers learn from every labelled page; what is chosen on the calibration listings
is read out of fold.

A reader's weights (`provider_spans`, `description_lines`, the list readers) are learned from
the corpus and the calibration listings together: the calibration pages are sites no rule was
written against, the very pages a reader is there for, and with them in training each reader
ranks unseen sites' pages better (provider F1 on the calibration listings at the shipped
thresholds, each page read by weights not trained on its site: 0.417 -> 0.443; description
0.709 -> 0.721; audience 0.611 -> 0.630). What is chosen or fitted on the calibration
listings (a reader's thresholds, the unseen-sites confidence curve) is then read out of fold,
so it stays a measure of sites the reader has not seen: each calibration page by weights
trained without its fold of sites (`Fits.held`), each corpus page, for the floor the corpus
must keep, by weights trained without its fold (`Fits.corpus`, with every calibration page).
The folds are `calibrate.fold_of`'s, by site.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

# P: one labelled page as a reader's `fit` takes it; W: a reader's weights; R: what a
# reader's thresholds are chosen on, one per page


@dataclass(frozen=True, slots=True)
class Fits[W]:
    """A reader's weights from every page, and those each fold's pages are read with."""

    weights: W
    held: list[W]  # by calibration fold: trained on the corpus and the other folds
    corpus: list[W]  # by corpus fold: trained on the other folds and every calibration page
    held_folds: list[int]
    corpus_folds: list[int]

    def held_rows[R](self, row: Callable[[W, int], R], n: int) -> list[R]:
        """`row(weights, i)` of each calibration page i, by weights not trained on its fold."""
        return [row(self.held[self.held_folds[i]], i) for i in range(n)]

    def corpus_rows[R](self, row: Callable[[W, int], R], n: int) -> list[R]:
        """`row(weights, i)` of each corpus page i, by weights not trained on its fold."""
        return [row(self.corpus[self.corpus_folds[i]], i) for i in range(n)]


def fits[P, W](
    fit: Callable[[list[P]], W],
    corpus: Sequence[P],
    corpus_groups: Sequence[str],
    held: Sequence[P],
    held_groups: Sequence[str],
) -> Fits[W]:
    """`fit` on every page, and once without each fold of the calibration pages and each fold
    of the corpus (2 x FOLDS + 1 fits)."""
    from opencme.ingest.reading.calibrate import FOLDS, fold_of

    held_folds = fold_of(list(held_groups)) if held else []
    corpus_folds = fold_of(list(corpus_groups)) if corpus else []

    def without(pages: Sequence[P], folds: list[int], k: int) -> list[P]:
        return [p for p, f in zip(pages, folds, strict=True) if f != k]

    return Fits(
        weights=fit([*corpus, *held]),
        held=[fit([*corpus, *without(held, held_folds, k)]) for k in range(FOLDS)],
        corpus=[fit([*without(corpus, corpus_folds, k), *held]) for k in range(FOLDS)],
        held_folds=held_folds,
        corpus_folds=corpus_folds,
    )
