"""faculty_agents groups its participles and role nouns by their first letter (speed): the
grouped pattern finds the same spans as the plain alternations on every corpus line and on
invented agent phrases."""

from __future__ import annotations

import re
from pathlib import Path

from opencme.ingest.parsing import faculty_agents as fa

CORPUS = Path(__file__).resolve().parents[5] / "corpus" / "listings"
_PLAIN = re.compile(
    fa.AGENT_PATTERN.replace(fa._PARTICIPLE, f"(?:{fa.PARTICIPLES})").replace(
        fa._NOUN, f"(?:{fa.NOUNS})"
    ),
    re.IGNORECASE,
)


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def test_the_grouped_pattern_is_not_the_plain_one() -> None:
    assert _PLAIN.pattern != fa.AGENT.pattern
    assert fa.PARTICIPLES not in fa.AGENT.pattern


def test_grouped_agents_find_the_spans_of_the_plain_alternation() -> None:
    lines = []
    for path in sorted(CORPUS.glob("*/*.txt")):
        lines += path.read_text(encoding="utf-8").splitlines()
    assert len(lines) > 10000
    hits = 0
    for line in lines:
        want = _spans(_PLAIN, line)
        assert _spans(fa.AGENT, line) == want, line[:200]
        hits += len(want)
    assert hits > 1000


def test_grouped_agents_on_invented_phrases() -> None:
    for text in (
        "The session is co-facilitated by Dr Ana Roe.",
        "Our keynote speaker, Professor Bo Li, will open.",
        "Your tutor for the day is Mr Cy Ng.",
        "Programme leaders include Ana Roe RN.",
        "This year's guest lecturer — Dr Bo Li.",
        "Speakers are asked to register.",
        "Convened by the Elm Nurses Association.",
    ):
        assert _spans(fa.AGENT, text) == _spans(_PLAIN, text)
        assert _spans(fa.AGENT, text)
