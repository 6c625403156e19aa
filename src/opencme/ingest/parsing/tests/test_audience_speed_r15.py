"""fastre.literal_alternation groups words by their first character: its pattern finds a word
exactly where one is (audience's lead-phrase hint, one search for every hint), on every corpus
line and on built texts; the grouped pattern matches what the plain alternation matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opencme.ingest.parsing.audience import _HINT
from opencme.ingest.parsing.audience_lead import LEAD_HINTS
from opencme.ingest.parsing.fastre import literal_alternation

CORPUS = Path(__file__).resolve().parents[5] / "corpus" / "listings"
_HINTS = (*LEAD_HINTS, " for ")


def test_the_hint_finds_the_lines_any_hint_is_in() -> None:
    hits = 0
    for path in sorted(CORPUS.glob("*/*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            low = line.lower()
            want = any(h in low for h in _HINTS)
            assert (_HINT.search(low) is not None) == want, line[:200]
            hits += want
    assert hits > 1000


_WORDS = ["MD", "M", "MSc", "RN", "RPh", "R", "for", " for ", "fo", "x", "ab", "a", "abc"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6), st.text("MDSRNabcfor x", max_size=30)
)
def test_grouped_alternation_matches_as_the_plain_one(words: list[str], text: str) -> None:
    plain = re.compile("(?:" + "|".join(map(re.escape, words)) + r")(?=\s|$)")
    grouped = re.compile("(?:" + literal_alternation(words) + r")(?=\s|$)")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_an_empty_word_is_refused() -> None:
    with pytest.raises(ValueError, match="empty word"):
        literal_alternation(["a", ""])
