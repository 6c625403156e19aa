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


IDS = ("kind_id", "provider_id", "format_id", "delivery_id", "free_id")
BITS = ("credit_type_bits", "profession_bits", "moc_board_bits", "specialty_bits", "topic_bits")
ALONE = ("provider_id", "specialty_bits")  # grouped on their own; the rest by combination
ROW_FAMILIES = ("credit_type", "format", "free", "moc_board", "delivery")  # tested on the row
BIT_FAMILIES = ("credit_type", "moc_board")  # of those, the ones held as bit sets


def _family(column: str) -> str:
    return column.removesuffix("_bits").removesuffix("_id")


def _groups(source: dict[str, str]) -> tuple[str, str]:
    """Value-number and bit-set groups of each family, each read from ``source[column]``."""
    ids = " UNION ALL ".join(f"SELECT {c} AS id, {source[c]}" for c in IDS)
    bits = " UNION ALL ".join(f"SELECT '{_family(c)}' AS f, {c} AS b, {source[c]}" for c in BITS)
    return ids, bits


_SQLITE_IDS, _SQLITE_BITS = _groups(
    {
        c: "count(*) AS n FROM m GROUP BY 1" if c in ALONE else "sum(n) AS n FROM g GROUP BY 1"
        for c in IDS
    }
    | {
        c: "count(*) AS n FROM m GROUP BY 2" if c in ALONE else "sum(n) AS n FROM g GROUP BY 2"
        for c in BITS
    }
)

SQLITE_RAW = f"""
WITH m AS MATERIALIZED (
    SELECT d.activity_id AS id, ({{title}}) AS title_hit, d.start_date, d.combo_id,
        d.provider_id, d.specialty_bits
    FROM catalog_fts JOIN catalog_doc d ON d.activity_id = catalog_fts.rowid
    WHERE catalog_fts MATCH ? AND d.open_until >= ?
        AND (d.start_date IS NULL OR d.start_date <= ?) {{filters}}
), g0 AS MATERIALIZED (SELECT combo_id, count(*) AS n FROM m GROUP BY 1
), g AS MATERIALIZED (SELECT k.*, g0.n FROM g0 JOIN catalog_facetcombo k ON k.id = g0.combo_id)
SELECT 0, t.id, e.record FROM (
    SELECT id FROM m ORDER BY title_hit DESC, start_date DESC, id DESC LIMIT 20
) t
    JOIN catalog_catalogentry e ON e.activity_id = t.id
UNION ALL SELECT 1, coalesce(sum(n), 0), 'all' FROM g0
UNION ALL SELECT 1, c.n, v.token FROM ({_SQLITE_IDS}) c JOIN catalog_facetvalue v ON v.id = c.id
UNION ALL SELECT 1, sum(x.n), v.token FROM ({_SQLITE_BITS}) x
    JOIN catalog_facetvalue v ON v.family = x.f AND v.bit IS NOT NULL AND (x.b >> v.bit) & 1 = 1
    GROUP BY v.token
"""

# GROUPING(combo_id, provider_id, specialty_bits): 1 for each column not grouped.
_PG_IDS, _PG_BITS = _groups(
    {"provider_id": "n FROM g WHERE s = 5", "specialty_bits": "n FROM g WHERE s = 6"}
    | {c: "sum(n) AS n FROM k GROUP BY 1" for c in IDS if c not in ALONE}
    | {c: "sum(n) AS n FROM k GROUP BY 2" for c in BITS if c not in ALONE}
)

POSTGRES_RAW = f"""
WITH m AS MATERIALIZED (
    SELECT d.activity_id AS id, d.search @@ %(title)s::tsquery AS title_hit, d.start_date,
        d.combo_id, d.provider_id, d.specialty_bits
    FROM catalog_doc d
    WHERE d.search @@ %(q)s::tsquery AND {{only_open}} d.open_until >= %(day)s
        AND (d.start_date IS NULL OR d.start_date <= %(day)s)
), g AS (
    SELECT GROUPING(combo_id, provider_id, specialty_bits) AS s, combo_id, provider_id,
        specialty_bits, count(*) AS n
    FROM m GROUP BY GROUPING SETS ((combo_id), (provider_id), (specialty_bits), ())
), k AS (SELECT c.*, g.n FROM g JOIN catalog_facetcombo c ON c.id = g.combo_id WHERE g.s = 3)
SELECT 0, t.id, e.record::text FROM (
    SELECT id FROM m ORDER BY title_hit DESC, start_date DESC NULLS LAST, id DESC LIMIT 20
) t
    JOIN catalog_catalogentry e ON e.activity_id = t.id
UNION ALL SELECT 1, n, 'all' FROM g WHERE s = 7
UNION ALL SELECT 1, c.n, v.token FROM ({_PG_IDS}) c JOIN catalog_facetvalue v ON v.id = c.id
UNION ALL SELECT 1, sum(x.n), v.token FROM ({_PG_BITS}) x
    JOIN catalog_facetvalue v ON v.family = x.f AND v.bit IS NOT NULL AND (x.b >> v.bit) & 1 = 1
    GROUP BY v.token
"""


def _term(token: str) -> str:
    return "x" + re.sub(r"[^a-z0-9]+", "_", token.lower())


def _title(terms: list[str]) -> str:
    """Every word in the row's title terms (kept between spaces)."""
    return " AND ".join(["instr(d.title_terms, ?) > 0"] * len(terms))


def raw_statement(
    engine: str,
    params: dict[str, list[str]],
    day: str,
    values: dict[str, tuple[int, int | None]],
    open_day: str,
) -> tuple[str, Any]:
    """The hand-written statement and its parameters for one question. ``values`` holds each
    facet value's number and bit (``catalog_facetvalue``); ``open_day`` the day the index's
    ``is_open`` column is true for (PostgreSQL)."""
    terms = _terms(params["q"][0])
    tokens = _filter_tokens(params)
    titles = [f" {t} " for t in terms]
    if engine == "sqlite":
        if day >= open_day:  # the index of open rows, every filter a term in it
            words = " AND ".join(f'{{title_terms body_terms}} : "{t}"' for t in terms)
            facets = "".join(f' AND facet_terms : "{_term(t)}"' for t in tokens)
            sql = SQLITE_RAW.format(filters="", title=_title(terms))
            return sql.replace("catalog_fts", "catalog_fts_open"), (
                *titles,
                words + facets,
                day,
                day,
            )
        in_fts = [t for t in tokens if t.split(":")[0] not in ROW_FAMILIES]
        filters = ""
        for token in tokens:
            name = token.split(":")[0]
            number, bit = values.get(token, (0, None))
            if name in BIT_FAMILIES:
                filters += f" AND d.{name}_bits & {0 if bit is None else 1 << bit} <> 0"
            elif name in ROW_FAMILIES:
                filters += f" AND d.{name}_id = {number}"
        words = " AND ".join(f'{{title_terms body_terms}} : "{t}"' for t in terms)
        facets = "".join(f' AND facet_terms : "{_term(t)}"' for t in in_fts)
        sql = SQLITE_RAW.format(filters=filters, title=_title(terms))
        return sql, (*titles, words + facets, day, day)
    question = [f"'{t}'" for t in terms] + [f"'{_term(t)}'" for t in tokens]
    only_open = "d.is_open AND" if day >= open_day else ""
    return POSTGRES_RAW.replace("{only_open}", only_open), {
        "q": " & ".join(question),
        "title": " & ".join(f"'_{t}'" for t in terms),
        "day": day,
    }


def raw_counts(rows: list[tuple[Any, ...]]) -> dict[str, int]:
    return {str(r[2]): int(r[1]) for r in rows if r[0] == 1}
