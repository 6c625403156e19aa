"""Topical cohesion of a heading with its page (R-TI-1): a page's title names its subject,
and the page goes on to speak of that subject, so the title's content words come back in
the rest of the page ("Rapid Risk Stratification of Septic Adults" over paragraphs on
sepsis, risk and adults); a site's slogan or an organisation's banner above it ("Because
Expertise Matters") shares no words with the body."""

from __future__ import annotations

from collections import Counter

from opencme.ingest.parsing.lazyre import lazy_compile

# words of four letters or more: articles, most prepositions and numbers stay out
_WORD = lazy_compile(r"[a-z][a-z’'-]{3,}")
# function words of four letters or more that cohesion does not count
_FUNCTION = frozenset(
    {
        "with",
        "from",
        "into",
        "about",
        "your",
        "their",
        "this",
        "that",
        "these",
        "those",
        "what",
        "when",
        "which",
        "where",
        "while",
        "will",
        "have",
        "been",
        "more",
        "most",
        "other",
        "some",
        "over",
        "under",
        "after",
        "before",
        "through",
        "between",
        "within",
        "does",
    }
)


def page_words(low: str) -> Counter[str]:
    """How often each content word occurs on the page (its text in lower case)."""
    return Counter(_WORD.findall(low))


def cohesion(cand: str, own: str, counts: Counter[str]) -> float:
    """The share of the candidate's content words the page uses again outside its own line
    (0.0 to 1.0; 0.0 for a line without content words)."""
    words = {w for w in _WORD.findall(cand.lower()) if w not in _FUNCTION}
    if not words:
        return 0.0
    mine = Counter(_WORD.findall(own))
    return sum(1 for w in words if counts[w] > mine[w]) / len(words)


def unrelated(cand: str, own: str, counts: Counter[str]) -> bool:
    """None of the candidate's content words comes back outside its own line (cohesion 0.0),
    decided at the first word that does."""
    mine: list[str] | None = None
    for w in _WORD.findall(cand.lower()):
        if w in _FUNCTION:
            continue
        if mine is None:
            mine = _WORD.findall(own)
        if counts[w] > mine.count(w):
            return False
    return True
