"""The finder's search against a recount in Python, on whichever engine the suite runs.

A small synthetic catalog is made through ``bulk_create_activities`` (the path large catalogs
take); every expectation is recomputed from the catalog entries themselves, so the same tests
hold SQLite and PostgreSQL to the same result sets and facet counts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from django.db import connection

from opencme.accreditation.selectors import rulebook_get
from opencme.activities.models import Activity
from opencme.activities.records import activity_record
from opencme.activities.selectors import activity_get_for_record
from opencme.activities.services import bulk_create_activities, withdraw_activity
from opencme.activities.synthetic import synthetic_records
from opencme.catalog import facets
from opencme.catalog.backends.base import RawResult
from opencme.catalog.index import facet_tokens, refresh_open
from opencme.catalog.models import CatalogEntry
from opencme.catalog.query import FinderQuery, parse_finder_params
from opencme.catalog.rules import EXPIRED, OPEN, UPCOMING, credit_window
from opencme.catalog.selectors import catalog_search, search_backend
from opencme.catalog.text import query_terms

TODAY = dt.date(2026, 6, 1)
pytestmark = pytest.mark.django_db


@pytest.fixture
def catalog() -> list[int]:
    made = list(synthetic_records(240, 7, today=TODAY))
    return bulk_create_activities(
        records=[r for r, _ in made],
        fields_each=[f for _, f in made],
        actor=None,
        kind=Activity.Kind.LISTED,
    )


def _search(params: dict[str, list[str]], today: dt.date = TODAY) -> RawResult:
    query = parse_finder_params(params, book=rulebook_get())
    return search_backend().search(query, today=today)


def _recount(query: FinderQuery, today: dt.date) -> tuple[list[CatalogEntry], Counter[str]]:
    terms = query_terms(query.q)
    groups = query.tokens_all()
    day = query.available_on or today
    split = not query.include_expired and query.available_on is None
    sides: Counter[str] = Counter()
    matched = []
    for e in CatalogEntry.objects.all():
        words = set(e.title_terms.split()) | set(e.body_terms.split())
        tokens = set(e.facets)
        if not all(t in words for t in terms):
            continue
        if not all(tokens & set(group) for group in groups):
            continue
        if split:  # the open and upcoming views, by the rule the pages state
            window = credit_window(starts=e.start_date, until=e.open_until, today=today)
            if window == EXPIRED:
                continue
            sides[window] += 1
            if (window == UPCOMING) != query.upcoming:
                continue
        if query.available_on and e.open_until is not None and e.open_until < day:
            continue
        if query.available_on and e.start_date is not None and e.start_date > day:
            continue
        matched.append(e)
    counts = Counter(t for e in matched for t in e.facets)
    counts["all"] = len(matched)  # counted (as 0) when nothing matches too
    book = rulebook_get()
    for family in book.credit_families:
        members = {f"credit_type:{c}" for c in book.family_members(family)}
        counts[f"credit_family:{family}"] = sum(1 for e in matched if members & set(e.facets))
    if split:
        counts["when:open"], counts["when:upcoming"] = sides[OPEN], sides[UPCOMING]
    return matched, counts


QUESTIONS = [
    {},
    {"include_expired": ["true"]},
    {"q": ["pain"]},
    {"q": ["cancer screening"], "include_expired": ["true"]},
    {"credit_type": ["ANCC"]},
    {"credit_family": ["nursing"]},
    {"credit_family": ["nursing", "pharmacy"], "q": ["care"]},
    {"credit_family": ["physician"], "credit_type": ["ANCC"], "include_expired": ["true"]},
    {"upcoming": ["true"]},
    {"upcoming": ["true"], "q": ["care"], "credit_family": ["nursing"]},
    {"credit_type": ["ANCC", "ACPE"], "free": ["true"]},
    {"q": ["disease"], "format": ["enduring", "live"], "credit_type": ["AMA_PRA_1"]},
    {"q": ["care"], "available_on": ["2025-01-15"]},
    {"moc_board": ["ABIM"], "include_expired": ["true"]},
]


def _assert_equals_recount(params: dict[str, list[str]], today: dt.date = TODAY) -> None:
    query = parse_finder_params(params, book=rulebook_get())
    expected, counts = _recount(query, today)
    got = _search(params, today)
    assert got.count == len(expected)
    assert got.tokens == dict(counts)
    assert {i for i, _ in got.rows} <= {e.activity_id for e in expected}
    assert len(got.rows) == min(20, len(expected))


@pytest.mark.parametrize("params", QUESTIONS)
def test_search_counts_equal_python_recount(catalog: list[int], params: dict[str, list[str]]):
    _assert_equals_recount(params)


def test_search_counts_hold_when_a_family_runs_out_of_bits(monkeypatch):
    # Specialties past the family's bits are counted from the overflow rows instead.
    monkeypatch.setattr(facets, "BITS_PER_FAMILY", 3)
    made = list(synthetic_records(120, 11, today=TODAY))
    bulk_create_activities(
        records=[r for r, _ in made],
        fields_each=[f for _, f in made],
        actor=None,
        kind=Activity.Kind.LISTED,
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM catalog_facetvalue WHERE family = 'specialty' AND bit IS NULL"
        )
        assert cursor.fetchone()[0] > 0
    specialty = CatalogEntry.objects.first().facets  # type: ignore[union-attr]
    chosen = next(t for t in specialty if t.startswith("specialty:")).partition(":")[2]
    for params in [*QUESTIONS, {"specialty": [chosen]}, {"q": ["care"], "specialty": [chosen]}]:
        _assert_equals_recount(params)


def test_refresh_open_changes_speed_never_answers(catalog: list[int]):
    # PostgreSQL leaves out, in the index, activities closed on the reference day; a search
    # for an earlier day must not use that, whichever way the day moved.
    refresh_open(TODAY)
    for params in QUESTIONS:
        _assert_equals_recount(params)
    later = TODAY + dt.timedelta(days=400)
    changed = refresh_open(later)
    assert refresh_open(later) == 0  # same day again: nothing to do
    for params in QUESTIONS:
        _assert_equals_recount(params)
        _assert_equals_recount(params, later + dt.timedelta(days=1))
    assert changed > 0
    assert refresh_open(TODAY) == changed  # back again: the same rows are open again
    _assert_open_index_sound()


def _assert_open_index_sound() -> None:
    if connection.vendor == "sqlite":  # FTS5 checks its index against the rows it was told of
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO catalog_fts_open(catalog_fts_open) VALUES ('integrity-check')"
            )
            cursor.execute("INSERT INTO catalog_fts(catalog_fts) VALUES ('integrity-check')")


def test_search_filters_or_within_facet_and_across_facets(catalog: list[int]):
    ancc = _search({"credit_type": ["ANCC"], "include_expired": ["true"]}).count
    acpe = _search({"credit_type": ["ACPE"], "include_expired": ["true"]}).count
    both = _search({"credit_type": ["ACPE,ANCC"], "include_expired": ["true"]})
    overlap = both.tokens.get("credit_type:ACPE", 0) + both.tokens.get("credit_type:ANCC", 0)
    assert max(ancc, acpe) <= both.count <= ancc + acpe
    assert both.count < overlap  # some activities carry both, counted once in the total
    free_ancc = _search({"credit_type": ["ANCC"], "free": ["true"], "include_expired": ["true"]})
    assert (
        free_ancc.count
        == _search({"credit_type": ["ANCC"], "include_expired": ["true"]}).tokens["free:true"]
    )


def test_search_hides_expired_unless_asked(catalog: list[int]):
    open_now = _search({})
    everything = _search({"include_expired": ["true"]})
    expired = CatalogEntry.objects.filter(open_until__lt=TODAY).count()
    upcoming = (
        CatalogEntry.objects.filter(start_date__gt=TODAY).exclude(open_until__lt=TODAY).count()
    )
    assert expired > 0
    assert upcoming > 0  # released later: counted apart, not as open for credit
    assert open_now.count == everything.count - expired - upcoming
    assert open_now.tokens["when:upcoming"] == upcoming == _search({"upcoming": ["true"]}).count
    later = _search({}, today=TODAY + dt.timedelta(days=3000))
    assert later.count == CatalogEntry.objects.filter(open_until__isnull=True).count()


def test_search_sort_orders(catalog: list[int]):
    entries = {e.activity_id: e for e in CatalogEntry.objects.all()}
    newest = _search({"include_expired": ["true"], "sort": ["newest"]})
    keys = [(entries[i].start_date, i) for i, _ in newest.rows]
    assert keys == sorted(keys, reverse=True)
    expiring = _search({"sort": ["expiring"]})
    ends = [(entries[i].open_until or dt.date.max, i) for i, _ in expiring.rows]
    assert ends == sorted(ends)
    assert ends[0][0] >= TODAY
    # One word through the full index, two through the index of open rows.
    for params in (
        {"q": ["pain"], "include_expired": ["true"]},
        {"q": ["cancer screening"], "upcoming": ["true"]},
    ):
        words = query_terms(params["q"][0])
        relevance = _search(params)
        in_title = [
            all(w in entries[i].title_terms.split() for w in words) for i, _ in relevance.rows
        ]
        assert in_title == sorted(in_title, reverse=True)  # every word in the title ranks first
        assert True in in_title
        hits = zip(relevance.rows, in_title, strict=True)
        first = [(entries[i].start_date, i) for (i, _), hit in hits if hit]
        assert first == sorted(first, reverse=True)  # then newest first


def test_search_pages_do_not_overlap(catalog: list[int]):
    first = _search({"include_expired": ["true"]})
    second = _search({"include_expired": ["true"], "page": ["2"]})
    assert not {i for i, _ in first.rows} & {i for i, _ in second.rows}
    assert len(second.rows) == 20


def test_browse_counts_follow_index_writes(catalog: list[int]):
    before = catalog_search(parse_finder_params({}, book=rulebook_get()), today=TODAY)
    cached = catalog_search(parse_finder_params({}, book=rulebook_get()), today=TODAY)
    assert cached.count == before.count
    open_ids = [i for i, _ in _search({}).rows]
    withdraw_activity(activity=Activity.objects.get(pk=open_ids[0]), actor=None)
    after = catalog_search(parse_finder_params({}, book=rulebook_get()), today=TODAY)
    assert after.count == before.count - 1
    assert open_ids[0] not in {r["id"] for r in after.results}


def test_index_side_rows_go_with_the_entry(catalog: list[int]):
    victim = catalog[0]
    Activity.objects.filter(pk=victim).delete()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM catalog_doc WHERE activity_id = %s", [victim])
        assert cursor.fetchone()[0] == 0
    assert _search({"include_expired": ["true"]}).count == len(catalog) - 1
    refresh_open(TODAY)  # the open index holds rows now: deleting one must take it out of there
    open_one = CatalogEntry.objects.filter(open_until__gte=TODAY).first()
    assert open_one is not None
    Activity.objects.filter(pk=open_one.pk).delete()
    _assert_open_index_sound()
    not_expired = CatalogEntry.objects.exclude(open_until__lt=TODAY)
    found = _search({})
    assert found.count + found.tokens["when:upcoming"] == not_expired.count()


def test_bulk_index_matches_what_is_read_back(catalog: list[int]):
    book = rulebook_get()
    for activity_id in catalog[:40]:
        activity = activity_get_for_record(activity_id)
        entry = CatalogEntry.objects.get(pk=activity_id)
        assert entry.record == activity_record(activity)
        assert entry.facets == facet_tokens(activity, entry.record, book)


def test_facet_combinations_hold_each_row_columns_once(catalog: list[int]):
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT d.activity_id, {', '.join(f'd.{c}' for c in facets.COMBO_COLUMNS)}, "  # noqa: S608
            f"c.key, {', '.join(f'c.{c}' for c in facets.COMBO_COLUMNS)} "
            "FROM catalog_doc d LEFT JOIN catalog_facetcombo c ON c.id = d.combo_id"
        )
        rows = cursor.fetchall()
        cursor.execute("SELECT count(*), count(DISTINCT key) FROM catalog_facetcombo")
        combos, keys = cursor.fetchone()
    width = len(facets.COMBO_COLUMNS)
    assert len(rows) == len(catalog)
    for row in rows:
        own = [n or 0 for n in row[1 : 1 + width]]
        assert row[1 + width] is not None, f"activity {row[0]} has no combination"
        assert list(row[2 + width :]) == own
        assert row[1 + width] == facets.combo_key(dict(zip(facets.COMBO_COLUMNS, own, strict=True)))
    # One row per distinct combination: far fewer than activities, none repeated.
    assert combos == keys == len({r[1 + width] for r in rows}) < len(rows)
