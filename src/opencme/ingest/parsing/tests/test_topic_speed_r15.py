"""topics.codes_in tries each code's pattern only where ``any_topic`` matches (topic_starts):
the same codes as scanning every code's pattern over the whole text, on every line of the
corpus and fixtures (as written, upper- and lower-cased) and on texts built from term pieces,
overlapping terms included."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from opencme.ingest.parsing.tests.conftest import FIXTURES
from opencme.ingest.parsing.topics import codes_in, topic_patterns, topic_starts

CORPUS = Path(__file__).resolve().parents[5] / "corpus" / "listings"


def _scanned(text: str) -> list[str]:
    return [code for code, rx in topic_patterns().items() if rx.search(text)]


def test_codes_in_matches_the_full_scan_on_every_corpus_line() -> None:
    files = sorted(CORPUS.glob("*/*.txt")) + sorted(FIXTURES.glob("*.txt"))
    hits = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            for text in (line, line.upper(), line.lower()):
                assert codes_in(text) == _scanned(text), text[:200]
                hits += bool(_scanned(text))
    assert hits > 100


_PIECES = [
    "medication errors",
    "errors",
    "prevention of medication errors",
    "opioid",
    "opioid prescribing",
    "pain management",
    "MATE Act",
    "mate",
    "HIV",
    "hiv",
    "implicit bias",
    "bias",
    "ethics",
    "-",
    " ",
    ", ",
    ". ",
    "the ",
    "x",
    "ſ",
    "K",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_codes_in_matches_the_full_scan_on_built_texts(parts: list[str]) -> None:
    text = "".join(parts)
    assert codes_in(text) == _scanned(text)


def test_overlapping_terms_are_all_found() -> None:
    text = "prevention of medication errors"
    starts = topic_starts(text)
    assert starts == sorted(set(starts))
    assert codes_in(text) == _scanned(text)
