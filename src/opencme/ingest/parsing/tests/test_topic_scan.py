"""topics.any_topic: the one pattern of every code's terms matches a text exactly when some
code's own pattern does (the proposer asks it first and skips the per-code scans on a miss).

Its terms are grouped behind a look-ahead of their first letter (topics._lead); a term whose
first letter were read wrongly would silently never match. Every line and whole text of the
corpus and the fixtures, as written, upper-cased and lower-cased, is asked both ways.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from opencme.ingest.parsing.tests.conftest import FIXTURES
from opencme.ingest.parsing.topics import _lead, any_topic, codes_in, topic_patterns

CORPUS = Path(__file__).resolve().parents[5] / "corpus" / "listings"


def _texts() -> Iterator[str]:
    files = sorted(CORPUS.glob("*/*.txt")) + sorted(FIXTURES.glob("*.txt"))
    assert len(files) > 400
    for path in files:
        text = path.read_text(encoding="utf-8")
        yield text
        for line in text.splitlines():
            yield line
            yield line.upper()
            yield line.lower()


def test_any_topic_matches_exactly_where_some_code_pattern_matches() -> None:
    patterns = list(topic_patterns().values())
    combined = any_topic()
    hits = misses = 0
    for text in _texts():
        expected = any(rx.search(text) for rx in patterns)
        assert bool(combined.search(text)) == expected, text[:200]
        hits += expected
        misses += not expected
    assert hits > 100  # both answers were asked
    assert misses > 1000


def test_acronyms_keep_their_case_inside_the_case_blind_pattern() -> None:
    # "MATE" (the MATE Act) is a case term: the word "mate" names no topic
    assert any_topic().search("the MATE Act training") is not None
    assert any_topic().search("a mate of mine") is None
    assert codes_in("a mate of mine") == []


def test_lead_is_read_only_where_every_match_starts_with_it() -> None:
    assert _lead("Opioid prescribing") == "o"
    assert _lead("2-hour course") == "2"
    assert _lead("(?:pain|symptom) management") == ""
    assert _lead(r"\d\dB") == ""
    assert _lead("s?ome") == ""
    assert _lead("ab|cd") == ""
    assert _lead("a(?:b|c)") == "a"
