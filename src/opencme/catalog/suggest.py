"""Suggestions from the catalog's own vocabulary (``CatalogTerm``), never from the activities.

- ``did_you_mean``: a query whose words the catalog does not hold, with each such word put
  right from the vocabulary (``opiod`` -> ``opioid``); asked only when a search finds little.
- ``completions``: the words the catalog holds that the last word being typed begins (or,
  failing that, nearly spells), for the search box's suggestions as the user types.

The edit distance is rapidfuzz's (``OSA``, normalized), the same on SQLite and PostgreSQL.
Candidates are read from the vocabulary by their first letter, a small slice of a small table.
"""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import OSA

from opencme.catalog.models import CatalogTerm
from opencme.catalog.text import query_words, terms

# OSA (optimal string alignment: an insertion, deletion, substitution or swap of two letters
# is one edit), normalized by the longer word: "opiod" / "opioid" is 0.83, "pian" / "pain" 0.75.
MIN_SCORE = 0.75
MIN_LENGTH = 4  # shorter words are too easily near another word to be put right
LIMIT = 8


def _candidates(word: str) -> list[tuple[str, str, int]]:
    """Terms of the vocabulary whose word begins with the letter ``word`` begins with: each
    term, its word and its number of documents."""
    return list(
        CatalogTerm.objects.filter(word__startswith=word[0], documents__gt=0).values_list(
            "term", "word", "documents"
        )
    )


def _nearest(word: str, candidates: list[tuple[str, str, int]]) -> str | None:
    """The vocabulary's word nearest ``word``, comparing words and also their stems (so
    ``opiods`` finds ``opioid`` through ``opiod``), or None when none is near enough."""
    stem = (terms(word) or [word])[0]
    scores: dict[str, tuple[float, int]] = {}
    for text, key in ((word, 1), (stem, 0)):
        choices = [str(c[key]) for c in candidates]
        for _, score, i in process.extract(
            text, choices, scorer=OSA.normalized_similarity, score_cutoff=MIN_SCORE, limit=20
        ):
            _, found, documents = candidates[i]
            if found != word and score > scores.get(found, (0.0, 0))[0]:
                scores[found] = (score, documents)
    if not scores:
        return None
    # The closest spelling; among equally close ones the word more activities use.
    return max(scores, key=lambda w: scores[w])


def did_you_mean(q: str) -> str | None:
    """``q`` with each word the catalog does not hold replaced by the nearest it holds, or
    None when every word is held or none has a near spelling."""
    words = query_words(q)
    if not words:
        return None
    held = set(
        CatalogTerm.objects.filter(
            term__in={t for w in words for t in terms(w)}, documents__gt=0
        ).values_list("term", flat=True)
    )
    changed = False
    out = []
    for word in words:
        stems = terms(word)
        if all(s in held for s in stems) or len(word) < MIN_LENGTH:
            out.append(word)
            continue
        better = _nearest(word, _candidates(word))
        changed |= better is not None
        out.append(better or word)
    return " ".join(out) if changed else None


def completions(q: str) -> list[str]:
    """Up to ``LIMIT`` completions of the query being typed: its last word completed from
    the vocabulary (most used first), else put right; each the whole query as it would read."""
    words = query_words(q, limit=20)
    if not words or q[-1:].isspace():
        return []
    *before, last = words
    prefix = " ".join(before) + (" " if before else "")
    found = list(
        CatalogTerm.objects.filter(word__startswith=last, documents__gt=0)
        .order_by("-documents", "word")
        .values_list("word", flat=True)[:LIMIT]
    )
    if not found and len(last) >= MIN_LENGTH:
        near = _nearest(last, _candidates(last))
        found = [near] if near else []
    return [prefix + w for w in found if w != last or len(found) > 1]
