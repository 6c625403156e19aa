"""date_runs.has_digit is `any(c.isdigit() for c in text)`: on every corpus line and on texts
of ASCII and other digits ("²", "٣", "①") and letters."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from opencme.ingest.parsing.date_runs import has_digit

CORPUS = Path(__file__).resolve().parents[5] / "corpus" / "listings"


def test_every_corpus_line() -> None:
    for path in sorted(CORPUS.glob("*/*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert has_digit(line) == any(c.isdigit() for c in line)


@settings(max_examples=500, deadline=None)
@given(st.text("ab 7²٣①é.-", max_size=20) | st.text(max_size=20))
def test_built_texts(text: str) -> None:
    assert has_digit(text) == any(c.isdigit() for c in text)
