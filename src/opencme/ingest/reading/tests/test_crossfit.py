"""The learned readers learn from every labelled page, and each page a threshold or the
confidence curve is chosen on is read by weights never trained on its fold (reading/crossfit.py)."""

from __future__ import annotations

import itertools

from opencme.ingest.reading import crossfit, description_lines
from opencme.ingest.reading.calibrate import FOLDS


def _pages(prefix: str, sites: int) -> tuple[list[str], list[str]]:
    pages = [f"{prefix}{site}-{n}" for site, n in itertools.product(range(sites), range(2))]
    return pages, [p.rsplit("-", 1)[0] for p in pages]


def test_each_page_is_read_by_weights_never_trained_on_its_fold() -> None:
    corpus, corpus_sites = _pages("c", 7)
    held, held_sites = _pages("h", 6)
    found = crossfit.fits(frozenset, corpus, corpus_sites, held, held_sites)
    assert found.weights == frozenset(corpus + held)
    assert len(found.held) == len(found.corpus) == FOLDS
    for page, site, fold in zip(held, held_sites, found.held_folds, strict=True):
        seen = found.held[fold]
        assert page not in seen
        assert set(corpus) <= seen
        assert not any(p.startswith(site + "-") for p in seen)  # no page of its site either
    for page, fold in zip(corpus, found.corpus_folds, strict=True):
        seen = found.corpus[fold]
        assert page not in seen
        assert set(held) <= seen
    # the rows are each page's, by its fold's weights
    assert found.held_rows(lambda w, i: held[i] in w, len(held)) == [False] * len(held)
    assert found.corpus_rows(lambda w, i: corpus[i] in w, len(corpus)) == [False] * len(corpus)


def _listing(subject: str, n: int) -> tuple[str, dict[str, object], str]:
    aim = f"This course reviews current practice in {subject} and how teams apply it at work."
    noise = "Parking is available in the north garage for a fee of eight dollars per day."
    text = f"{subject.title()} Update\n\nAbout\n{aim}\n\n{noise}\n"
    return text, {"description": aim}, f"{subject.split()[0]}{n}.example.org"


def test_a_reader_learns_from_the_calibration_pages_too() -> None:
    corpus = [_listing(s, n) for s in ("wound healing", "renal dosing") for n in range(5)]
    held = [_listing("zygomatic fixation", n) for n in range(5)]
    model, by_fold = description_lines.train(
        [(t, r) for t, r, _s in corpus], held, [s for _t, _r, s in corpus]
    )
    assert "w=zygomatic" in model["weights"]  # a word only the calibration pages have
    assert len(by_fold) == FOLDS
