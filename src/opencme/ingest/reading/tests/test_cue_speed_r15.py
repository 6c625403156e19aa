"""reading.cues.classes_in keeps only class phrases among a text's words and word runs, and
builds runs only from a phrase's first word at that phrase's lengths: the same classes as
building every run of up to the longest phrase's length from every such word (the reference
below), on every corpus line and on texts built from the classes' own phrases."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from opencme.ingest.reading.cues import CLASSES, TOKEN, classes_in

CORPUS = Path(__file__).resolve().parents[5] / "corpus" / "listings"
_LONGEST = max(len(p.split()) for words in CLASSES.values() for p in words)
_STARTS = frozenset(p.split()[0] for words in CLASSES.values() for p in words if " " in p)


def _reference(low: str) -> list[str]:
    toks = TOKEN.findall(low)
    grams = set(toks)
    for i, tok in enumerate(toks):
        if tok in _STARTS:
            for n in range(2, _LONGEST + 1):
                grams.add(" ".join(toks[i : i + n]))
    return [name for name, words in CLASSES.items() if not grams.isdisjoint(words)]


def test_every_corpus_line() -> None:
    hits = 0
    for path in sorted(CORPUS.glob("*/*.txt")):
        for line in path.read_text(encoding="utf-8").lower().splitlines():
            assert classes_in(line) == _reference(line), line[:200]
            hits += bool(_reference(line))
    assert hits > 1000


_PHRASES = sorted({p for words in CLASSES.values() for p in words})
_PIECES = _PHRASES + [w for p in _PHRASES if " " in p for w in p.split()] + [" ", ", ", "-", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_texts_of_phrases_and_their_words(parts: list[str]) -> None:
    low = " ".join(parts)
    assert classes_in(low) == _reference(low)
