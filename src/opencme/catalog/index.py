"""Writing the finder's index. Called by activity services inside their transaction."""

from __future__ import annotations

from collections.abc import Iterable

from opencme.accreditation.rules import RuleBook, claimable_until
from opencme.accreditation.selectors import rulebook_get
from opencme.activities.models import Activity
from opencme.activities.records import activity_record
from opencme.activities.selectors import activity_queryset_for_record
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


def index_activities(activity_ids: Iterable[int]) -> None:
    """Bring the index rows of these activities in step: published ones in, the rest out."""
    ids = list(activity_ids)
    book = rulebook_get()
    activities = activity_queryset_for_record().filter(pk__in=ids, status=Activity.Status.PUBLISHED)
    fresh = [build_entry(a, book) for a in activities]
    CatalogEntry.objects.filter(activity_id__in=ids).delete()
    CatalogEntry.objects.bulk_create(fresh)
