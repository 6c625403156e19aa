"""The catalog's vocabulary (``CatalogTerm``): kept by the index writer, in its transaction.

Each term counts the catalog entries holding it (in the title or the body); an entry's terms
are added when it is indexed and taken off when it leaves the index.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from django.db import connection

MAX_TERM = 100  # catalog_catalogterm.term and .word


def _counted(term_lists: Iterable[tuple[str, str]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for title, body in term_lists:
        counts.update({t for t in (*title.split(), *body.split()) if len(t) <= MAX_TERM})
    return counts


def add_terms(entries: Iterable[tuple[str, str, dict[str, str]]]) -> None:
    """Count in the terms of new entries: ``(title_terms, body_terms, {term: word})`` each."""
    words: dict[str, str] = {}
    pairs = []
    for title, body, seen in entries:
        pairs.append((title, body))
        for term, word in seen.items():
            if len(word) <= MAX_TERM and (term not in words or len(word) < len(words[term])):
                words[term] = word
    counts = _counted(pairs)
    if not counts:
        return
    rows = [(t, words.get(t, t), n) for t, n in sorted(counts.items())]
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO catalog_catalogterm (term, word, documents) VALUES (%s, %s, %s) "
            "ON CONFLICT (term) DO UPDATE SET documents = "
            "catalog_catalogterm.documents + excluded.documents, word = CASE "
            "WHEN length(excluded.word) < length(catalog_catalogterm.word) "
            "THEN excluded.word ELSE catalog_catalogterm.word END",
            rows,
        )


def remove_terms(term_lists: Iterable[tuple[str, str]]) -> None:
    """Count out the terms of entries leaving the index: ``(title_terms, body_terms)`` each."""
    counts = _counted(term_lists)
    if not counts:
        return
    with connection.cursor() as cursor:
        cursor.executemany(
            "UPDATE catalog_catalogterm SET documents = documents - %s WHERE term = %s",
            [(n, t) for t, n in sorted(counts.items())],
        )
