"""The finder gives the same answers on SQLite and PostgreSQL.

A deterministic synthetic catalog (fixed seed and day) is searched with a fixed list of
questions; every result set (all pages, newest first), count and facet count is compared with
``fixtures/finder_golden.json``. Both engines assert against the same file, so a difference
between them fails on one of the two passes. The SQLite pass writes the file when it is
missing and ``OPENCME_WRITE_GOLDEN=1`` is set; regenerate it only when the catalog or the
finder's meaning changes on purpose, and review its diff.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

from opencme.accreditation.selectors import rulebook_get
from opencme.activities.models import Activity
from opencme.activities.services import bulk_create_activities
from opencme.activities.synthetic import synthetic_records
from opencme.catalog.query import parse_finder_params
from opencme.catalog.selectors import catalog_search

pytestmark = pytest.mark.django_db

GOLDEN = Path(__file__).parent / "fixtures" / "finder_golden.json"
SEED = 20260601
COUNT = 300
TODAY = dt.date(2026, 6, 1)

# name -> finder parameters, as the page and the API receive them.
QUERIES: dict[str, dict[str, str]] = {
    "everything_open": {},
    "everything": {"include_expired": "true"},
    "q_opioid": {"q": "opioid"},
    "q_opioid_all": {"q": "opioid", "include_expired": "true"},
    "q_two_words": {"q": "heart failure"},
    "q_stemmed": {"q": "screenings"},
    "q_accent_folded": {"q": "Lymé disease", "include_expired": "true"},
    "q_plain_same_as_folded": {"q": "lyme disease", "include_expired": "true"},
    "q_stopwords_only": {"q": "the of and"},
    "q_no_match": {"q": "zzyzx"},
    "q_faculty_or_provider_word": {"q": "university"},
    "ama": {"credit_type": "AMA_PRA_1"},
    "acpe_or_ancc": {"credit_type": "ACPE,ANCC"},
    "ipce_and_free": {"credit_type": "IPCE", "free": "true"},
    "not_free": {"free": "false"},
    "moc_abim": {"moc_board": "ABIM", "include_expired": "true"},
    "moc_any_of_three": {"moc_board": "ABA,ABS,ABP"},
    "format_enduring": {"format": "enduring"},
    "format_live_or_internet_live": {"format": "live,internet_live", "include_expired": "true"},
    "delivery_in_person": {"delivery": "in_person"},
    "profession_pharmacist": {"profession": "pharmacist"},
    "profession_nurse_free": {"profession": "nurse", "free": "true"},
    "specialty_cardiology": {"specialty": "cardiology", "include_expired": "true"},
    "specialty_two": {"specialty": "cardiology,oncology"},
    "available_past": {"available_on": "2025-06-01"},
    "available_future": {"available_on": "2026-12-01"},
    "available_with_filter": {"available_on": "2026-09-15", "credit_type": "AMA_PRA_1"},
    "q_and_filters": {"q": "diabetes", "credit_type": "AMA_PRA_1", "include_expired": "true"},
    "q_and_free_and_format": {"q": "pain", "free": "true", "format": "enduring"},
    "many_filters": {
        "credit_type": "AMA_PRA_1",
        "format": "enduring",
        "delivery": "online",
        "free": "false",
        "include_expired": "true",
    },
    "sorted_expiring": {"sort": "expiring"},
    "sorted_expiring_q": {"q": "care", "sort": "expiring", "include_expired": "true"},
}


def build_catalog() -> dict[int, int]:
    """Create the catalog; map each activity id to its position in the synthetic list."""
    made = list(synthetic_records(COUNT, SEED, today=TODAY))
    ids = bulk_create_activities(
        records=[record for record, _ in made],
        fields_each=[fields for _, fields in made],
        actor=None,
        kind=Activity.Kind.LISTED,
    )
    return {activity_id: position for position, activity_id in enumerate(ids)}


def answer(params: dict[str, str], position: dict[int, int]) -> dict[str, Any]:
    """Count, every result (as synthetic positions, in order) over all pages, and facets."""
    book = rulebook_get()
    asked = {k: [v] for k, v in params.items()}
    sort = params.get("sort", "newest")
    query = parse_finder_params({**asked, "sort": [sort]}, book=book)
    first = catalog_search(query, today=TODAY)
    results = [r["id"] for r in first.results]
    for page in range(2, first.pages + 1):
        results += [r["id"] for r in catalog_search(query.with_page(page), today=TODAY).results]
    relevance = {}
    if params.get("q") and "sort" not in params:
        # Relevance ranks differ by engine (bm25, ts_rank); the set and count must not.
        ranked = catalog_search(parse_finder_params(asked, book=book), today=TODAY)
        relevance = {"count": ranked.count, "facets": ranked.facets}
    return {
        "params": params,
        "count": first.count,
        "pages": first.pages,
        "results": [position[i] for i in results],
        "facets": first.facets,
        "relevance": relevance,
    }


def test_finder_same_answers_on_every_engine():
    position = build_catalog()
    answers = {name: answer(params, position) for name, params in QUERIES.items()}
    for name, got in answers.items():
        assert got["count"] == len(got["results"]), name
        assert len(set(got["results"])) == len(got["results"]), f"{name}: a result repeats"
        if got["relevance"]:
            assert got["relevance"]["count"] == got["count"], name

    if not GOLDEN.exists():
        if connection.vendor == "sqlite" and os.environ.get("OPENCME_WRITE_GOLDEN") == "1":
            golden = {"seed": SEED, "count": COUNT, "today": TODAY.isoformat(), "queries": answers}
            GOLDEN.write_text(json.dumps(golden, indent=1, sort_keys=True) + "\n")
        else:
            pytest.fail(f"{GOLDEN} is missing: run the SQLite pass with OPENCME_WRITE_GOLDEN=1")

    golden = json.loads(GOLDEN.read_text())
    assert (golden["seed"], golden["count"], golden["today"]) == (SEED, COUNT, TODAY.isoformat())
    assert set(golden["queries"]) == set(answers), "the golden file lists other queries"
    differences = [
        f"{name} ({connection.vendor}): {part} differs"
        for name, got in answers.items()
        for part in ("count", "results", "facets", "relevance")
        if got[part] != golden["queries"][name][part]
    ]
    assert not differences, "\n".join(differences)


def test_finder_golden_queries_are_not_trivial():
    """The golden answers exercise the finder: most queries match some, none match all."""
    if not GOLDEN.exists():
        pytest.skip("no golden file yet")
    queries = json.loads(GOLDEN.read_text())["queries"]
    everything = queries["everything"]["count"]
    assert everything == COUNT
    matching = [name for name, got in queries.items() if 0 < got["count"] < everything]
    assert len(matching) >= len(queries) - 4, sorted(set(queries) - set(matching))
    assert queries["q_stopwords_only"]["count"] == 0
    assert queries["q_no_match"]["count"] == 0
    assert queries["q_accent_folded"]["results"] == queries["q_plain_same_as_folded"]["results"]


# --- the number of statements a finder question costs ---------------------------------------------


def open_day_lookup(query) -> int:
    """A search with words first reads the day ``is_open`` is true for (and whether any facet
    value is counted outside the bit sets), one statement, so it can read the index of open
    rows only. Browsing reads nothing first."""
    return 1 if query.q else 0


def finder_query(**params: str):
    return parse_finder_params({k: [v] for k, v in params.items()}, book=rulebook_get())


@pytest.mark.parametrize(
    "params",
    [
        {"q": "opioid"},
        {"q": "heart failure", "credit_type": "AMA_PRA_1,ANCC", "free": "false"},
        {"q": "pain", "include_expired": "true", "sort": "expiring", "page": "2"},
        {"q": "care", "available_on": "2026-09-01", "specialty": "cardiology"},
    ],
)
def test_catalog_search_with_words_is_one_statement(django_assert_num_queries, params):
    build_catalog()
    query = finder_query(**params)
    rulebook_get()  # the rule book is read once per request by the caller, not by the search
    with django_assert_num_queries(1 + open_day_lookup(query)):
        catalog_search(query, today=TODAY)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"credit_type": "AMA_PRA_1"},
        {"moc_board": "ABIM", "free": "true", "include_expired": "true", "page": "2"},
        {"available_on": "2026-09-01", "format": "enduring,live", "sort": "expiring"},
    ],
)
def test_catalog_search_browse_is_two_statements_once_counted(django_assert_num_queries, params):
    build_catalog()
    query = finder_query(**params)
    # The first browse after a change counts the catalog and stores the counts (5 statements:
    # page, cache read, count, cache clean-up, cache write); later ones read them (2).
    with django_assert_num_queries(5):
        first = catalog_search(query, today=TODAY)
    with django_assert_num_queries(2):
        again = catalog_search(query, today=TODAY)
    assert again.facets == first.facets
    assert again.count == first.count


def test_catalog_search_stop_words_only_is_no_statement(django_assert_num_queries):
    query = finder_query(q="the of and")
    with django_assert_num_queries(0):
        page = catalog_search(query, today=TODAY)
    assert page.count == 0
