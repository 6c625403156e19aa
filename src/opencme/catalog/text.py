"""Turning text into search terms, the same way for documents and queries on every engine.

Both engines index the terms made here (FTS5 with a plain tokenizer, PostgreSQL with the
``simple`` configuration), so a query matches the same activities on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_stemmer = Stemmer.Stemmer("english")

STOPWORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in",
        "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to",
        "was", "were", "will", "with",
    }
)  # fmt: skip


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _stemmer.stemWord(word)


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def terms(text: str) -> list[str]:
    """Stemmed, lower-case, accent-free words of ``text`` without stop words, in order."""
    return [_stem(w) for w in _WORD.findall(_fold(text)) if w not in STOPWORDS]


def document(*parts: str) -> str:
    return " ".join(t for part in parts if part for t in terms(part))


def query_terms(q: str, *, limit: int = 12) -> list[str]:
    """The distinct terms of a query, in order, at most ``limit`` of them."""
    seen: dict[str, None] = {}
    for t in terms(q):
        seen.setdefault(t, None)
    return list(seen)[:limit]


_TOKEN_JUNK = re.compile(r"[^a-z0-9]+")


def facet_term(token: str) -> str:
    """A facet token (``credit_type:AMA_PRA_1``) as one full-text term (``xcredit_type_ama_pra_1``).

    The ``x`` prefix and the underscores keep facet terms apart from every word ``terms`` makes.
    """
    return "x" + _TOKEN_JUNK.sub("_", token.lower())


def document_words(*parts: str, words: dict[str, str]) -> str:
    """``document(*parts)``, noting in ``words`` a word each term was written as (the shortest
    seen: ``opioid`` for ``opioid`` and ``opioids``), for the catalog's vocabulary."""
    out = []
    for part in parts:
        if not part:
            continue
        for w in _WORD.findall(_fold(part)):
            if w in STOPWORDS:
                continue
            t = _stem(w)
            out.append(t)
            seen = words.get(t)
            if seen is None or len(w) < len(seen):
                words[t] = w
    return " ".join(out)


def query_words(q: str, *, limit: int = 12) -> list[str]:
    """The folded words of a query, stop words left out, as written (not stemmed)."""
    return [w for w in _WORD.findall(_fold(q)) if w not in STOPWORDS][:limit]
