"""Writing the finder's index. Called by activity services inside their transaction."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection

from opencme.accreditation.rules import RuleBook, claimable_until
from opencme.accreditation.selectors import rulebook_get
from opencme.activities.bulk import insert_objects
from opencme.activities.models import Activity
from opencme.activities.records import activity_record
from opencme.activities.selectors import activity_queryset_for_record
from opencme.catalog.backends.base import OPEN_ENDED
from opencme.catalog.models import CatalogEntry
from opencme.catalog.text import document, facet_term

ALL = "all"


def facet_tokens(activity: Activity, record: dict, book: RuleBook) -> list[str]:
    """The facet values an activity is counted under, as ``name:value`` tokens."""
    tokens = [ALL, f"kind:{activity.kind}", f"provider:{activity.provider.slug}"]
    if activity.format:
        tokens.append(f"format:{activity.format}")
    if activity.delivery:
        tokens.append(f"delivery:{activity.delivery}")
    tokens.append("free:true" if activity.cost_free else "free:false")
    professions: set[str] = set()
    for credit in record["credits"]:
        tokens.append(f"credit_type:{credit['type']}")
        rule = book.credit_type(credit["type"])
        if rule is not None and "*" not in rule.professions:
            professions |= rule.professions
    tokens += [f"profession:{p}" for p in sorted(professions)]
    tokens += [f"moc_board:{m['board']}" for m in record["moc"]]
    tokens += [f"specialty:{s.slug}" for s in activity.specialties.all()]
    return list(dict.fromkeys(tokens))


def build_entry(activity: Activity, book: RuleBook) -> CatalogEntry:
    record = activity_record(activity)
    tokens = facet_tokens(activity, record, book)
    rules = [book.credit_type(c["type"]) for c in record["credits"]]
    body = [
        record["description"] or "",
        activity.provider.name,
        " ".join(record["joint_providers"]),
        " ".join(record["faculty"]),
        " ".join(record["objectives"]),
        " ".join(record["topics"]),
        " ".join(record["specialties"]),
        " ".join(record["audience"]),
        " ".join(r.name for r in rules if r is not None),
        " ".join(m["board"] for m in record["moc"]),
        activity.location,
    ]
    return CatalogEntry(
        activity=activity,
        provider_id=activity.provider_id,
        kind=activity.kind,
        title=activity.title,
        title_terms=document(activity.title),
        body_terms=document(*body),
        facet_terms=" ".join(facet_term(t) for t in tokens),
        facets=tokens,
        start_date=activity.start_date,
        open_until=claimable_until(
            book, format=activity.format, end_date=activity.end_date, expires=activity.expires
        ),
        record=record,
    )


def facet_ids(tokens: Iterable[str]) -> dict[str, int]:
    """The numbers of facet tokens, numbering the new ones (inside the caller's transaction)."""
    wanted = sorted(set(tokens))
    if not wanted:
        return {}
    known: dict[str, int] = {}
    with connection.cursor() as cursor:
        cursor.execute("SELECT token, id FROM catalog_facetvalue")
        known = {str(t): int(i) for t, i in cursor.fetchall()}
        missing = [t for t in wanted if t not in known]
        if missing:
            conflict = "ON CONFLICT (token) DO NOTHING"
            cursor.executemany(
                f"INSERT INTO catalog_facetvalue (token) VALUES (%s) {conflict}",  # noqa: S608
                [(t,) for t in missing],
            )
            cursor.execute("SELECT token, id FROM catalog_facetvalue")
            known = {str(t): int(i) for t, i in cursor.fetchall()}
    return {t: known[t] for t in wanted}


def _write_side_rows(entries: list[CatalogEntry]) -> None:
    numbers = facet_ids(t for e in entries for t in e.facets)
    ops = connection.ops
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.executemany(
                "INSERT INTO catalog_doc (activity_id, search, facet_ids, start_date, open_until) "
                "VALUES (%s, setweight(to_tsvector('simple', %s), 'A') || "
                "setweight(to_tsvector('simple', %s), 'B'), %s::integer[], %s, %s)",
                [
                    (
                        e.activity_id,
                        e.title_terms,
                        e.body_terms,
                        [numbers[t] for t in e.facets],
                        e.start_date,
                        e.open_until or OPEN_ENDED,
                    )
                    for e in entries
                ],
            )
            return
        docs, facets = [], []
        for e in entries:
            start = ops.adapt_datefield_value(e.start_date)
            until = ops.adapt_datefield_value(e.open_until) or OPEN_ENDED
            docs.append((e.activity_id, start, until))
            facets += [(e.activity_id, numbers[t], start, until) for t in e.facets]
        cursor.executemany(
            "INSERT INTO catalog_doc (activity_id, start_date, open_until) VALUES (%s, %s, %s)",
            docs,
        )
        cursor.executemany(
            "INSERT INTO catalog_facet (activity_id, facet_id, start_date, open_until) "
            "VALUES (%s, %s, %s, %s)",
            facets,
        )


def bump_generation() -> None:
    """Mark every cached facet count stale; part of every index write."""
    with connection.cursor() as cursor:
        cursor.execute("UPDATE catalog_state SET value = value + 1 WHERE name = 'generation'")


def index_activities(activities: Iterable[int | Activity]) -> None:
    """Bring the index rows of these activities in step: published ones in, the rest out.

    Activities given as instances (from a bulk service, relations prefetched) are indexed as
    they are; ids are read with everything the record needs.
    """
    given = list(activities)
    ids = [a.pk if isinstance(a, Activity) else int(a) for a in given]
    book = rulebook_get()
    built = [a for a in given if isinstance(a, Activity)]
    if len(built) == len(given):
        published = [a for a in built if a.status == Activity.Status.PUBLISHED]
    else:
        published = list(
            activity_queryset_for_record().filter(pk__in=ids, status=Activity.Status.PUBLISHED)
        )
    fresh = [build_entry(a, book) for a in published]
    # Bulk services index activities they have just created: nothing to delete then.
    if len(built) != len(given) or CatalogEntry.objects.filter(activity_id__in=ids).exists():
        CatalogEntry.objects.filter(activity_id__in=ids).delete()
    insert_objects(fresh, with_pk=True)
    _write_side_rows(fresh)
    bump_generation()
