"""Finder questions a clinician would type, and the same work as hand-written SQL.

``finder_queries`` draws two words from the synthetic catalog's vocabulary (a two-word topic
such as "heart failure", two topics of one specialty such as "opioid buprenorphine", or a
topic and its specialty) and one or two filters, as query parameters for the finder.

``raw_statement`` does what the finder does for one question (match, filters, expiry, top 20
by relevance: every word in the title first, then newest; facet counts over every match) as
one SQL statement written out here by hand, sent through the engine's own driver: the floor
the selector is measured against. It uses the catalog's tables but none of OpenCME's code.
"""

from __future__ import annotations

import random
import re
from typing import Any

import Stemmer

from opencme.activities import synthetic_vocab as vocab

CREDIT_TYPES = ("AMA_PRA_1",) * 5 + ("ANCC",) * 2 + ("ACPE", "AAPA_1", "IPCE", "ASWB_ACE")
FORMATS = ("enduring", "enduring", "live", "internet_live", "journal")
BOARDS = ("ABIM", "ABIM", "ABFM", "ABP", "ABA")
_STOP = {"and", "of", "in", "the", "for", "to", "after", "with"}
_WORD = re.compile(r"[a-z0-9]+")
_stemmer = Stemmer.Stemmer("english")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2]


def _two_words(rng: random.Random, specialty: str) -> str:
    topics = vocab.TOPICS[specialty]
    topic = rng.choice(topics)
    words = _words(topic)
    roll = rng.random()
    if len(words) >= 2 and roll < 0.6:
        i = rng.randrange(len(words) - 1)
        return f"{words[i]} {words[i + 1]}"
    other = [w for t in topics if t != topic for w in _words(t) if w not in words]
    if roll < 0.85 and other:
        return f"{rng.choice(words)} {rng.choice(other)}"
    return f"{rng.choice(words)} {_words(specialty)[0]}"


def _filter(rng: random.Random, kind: str, specialty: str) -> tuple[str, str]:
    if kind == "credit_type":
        return kind, rng.choice(CREDIT_TYPES)
    if kind == "specialty":
        return kind, _slug(specialty)
    if kind == "free":
        return kind, "true"
    if kind == "format":
        return kind, rng.choice(FORMATS)
    if kind == "moc_board":
        return kind, rng.choice(BOARDS)
    return "delivery", "online"


def finder_queries(count: int, seed: int) -> list[dict[str, list[str]]]:
    """``count`` finder questions as query parameters (each a list of values)."""
    rng = random.Random(f"finder-queries-{seed}")
    kinds = ("credit_type",) * 4 + ("specialty",) * 3 + ("free", "format", "moc_board", "delivery")
    out = []
    for _ in range(count):
        specialty = rng.choice(list(vocab.TOPICS))
        params: dict[str, list[str]] = {"q": [_two_words(rng, specialty)]}
        for kind in rng.sample(kinds, rng.choice((1, 1, 2))):
            name, value = _filter(rng, kind, specialty)
            params.setdefault(name, [value])
        out.append(params)
    return out


# --- the same work, by hand ----------------------------------------------------------------


def _terms(q: str) -> list[str]:
    return list(dict.fromkeys(_stemmer.stemWord(w) for w in _WORD.findall(q.lower())))


def _filter_tokens(params: dict[str, list[str]]) -> list[str]:
    return [f"{k}:{v[0]}" for k, v in sorted(params.items()) if k != "q"]


SQLITE_RAW = """
WITH m AS MATERIALIZED (
    SELECT catalog_fts.rowid AS id, d.start_date
    FROM catalog_fts JOIN catalog_doc d ON d.activity_id = catalog_fts.rowid
    WHERE catalog_fts MATCH ? AND d.open_until >= ?
)
SELECT 0, t.id, e.record FROM (
    SELECT id FROM m
    ORDER BY id IN (SELECT rowid FROM catalog_fts WHERE catalog_fts MATCH ?) DESC,
        start_date DESC, id DESC
    LIMIT 20
) t
    JOIN catalog_catalogentry e ON e.activity_id = t.id
UNION ALL
SELECT 1, c.n, v.token FROM (
    SELECT f.facet_id AS id, count(*) AS n FROM m JOIN catalog_facet f ON f.activity_id = m.id
    GROUP BY f.facet_id
) c JOIN catalog_facetvalue v ON v.id = c.id
"""

POSTGRES_RAW = """
WITH m AS MATERIALIZED (
    SELECT d.activity_id AS id, d.search @@ to_tsquery('simple', %(title)s) AS title_hit,
        d.start_date, d.facet_ids
    FROM catalog_doc d
    WHERE d.search @@ to_tsquery('simple', %(q)s) AND d.open_until >= %(day)s {filters}
)
SELECT 0, t.id, e.record::text FROM (
    SELECT id FROM m ORDER BY title_hit DESC, start_date DESC NULLS LAST, id DESC LIMIT 20
) t
    JOIN catalog_catalogentry e ON e.activity_id = t.id
UNION ALL
SELECT 1, c.n, v.token FROM (
    SELECT u.id, count(*) AS n FROM m CROSS JOIN LATERAL unnest(m.facet_ids) AS u(id)
    GROUP BY u.id
) c JOIN catalog_facetvalue v ON v.id = c.id
"""


def raw_statement(
    engine: str, params: dict[str, list[str]], day: str, facet_ids: dict[str, int]
) -> tuple[str, Any]:
    """The hand-written statement and its parameters for one question."""
    terms = _terms(params["q"][0])
    tokens = _filter_tokens(params)
    if engine == "sqlite":
        words = " AND ".join(f'{{title_terms body_terms}} : "{t}"' for t in terms)
        facets = " AND ".join(
            'facet_terms : "x' + re.sub(r"[^a-z0-9]+", "_", t.lower()) + '"' for t in tokens
        )
        titles = " AND ".join(f'{{title_terms}} : "{t}"' for t in terms)
        return SQLITE_RAW, (f"{words} AND {facets}", day, f"{titles} AND {facets}")
    filters = "".join(f" AND d.facet_ids && ARRAY[{facet_ids.get(t, 0)}]" for t in tokens)
    return POSTGRES_RAW.format(filters=filters), {
        "q": " & ".join(terms),
        "title": " & ".join(f"{t}:A" for t in terms),
        "day": day,
    }


def raw_counts(rows: list[tuple[Any, ...]]) -> dict[str, int]:
    return {str(r[2]): int(r[1]) for r in rows if r[0] == 1}
