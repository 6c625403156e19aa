"""Finder pages. Thin: parse, call the selectors, hand plain values to the templates."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse

from opencme.accreditation.rules import RuleBook
from opencme.accreditation.selectors import rulebook_get
from opencme.activities.selectors import activity_get_published
from opencme.catalog import extensions, finder_page, presenters
from opencme.catalog.activity_page import activity_page
from opencme.catalog.page_selectors import listed_activity_ids, provider_names, specialty_names
from opencme.catalog.query import EXTENSION_SORTS, FinderQuery, parse_finder_params
from opencme.catalog.selectors import FinderPage, catalog_search
from opencme.catalog.suggest import completions, did_you_mean
from opencme.core import clock
from opencme.core.errors import ValidationFailed

FEW_RESULTS = 3  # fewer results than this: the finder looks for a better spelling

# Labels for the parameters an error summary names.
PARAMETER_LABELS = {
    "q": "Search",
    "credit_family": "Credit family",
    "upcoming": "Upcoming",
    "credit_type": "Credit type",
    "moc_board": "MOC board",
    "specialty": "Specialty",
    "format": "Format",
    "delivery": "Delivery",
    "profession": "Profession",
    "provider": "Provider",
    "topic": "Topic",
    "free": "Cost",
    "available_on": "Available on",
    "include_expired": "Include expired",
    "sort": "Sort",
    "page": "Page",
}


def finder(request: HttpRequest) -> HttpResponse:
    """``/activities/``: search, filters with counts, results, pages; 422 naming bad parameters."""
    book = rulebook_get()
    base = reverse("catalog:finder")
    try:
        query = parse_finder_params(
            {k: request.GET.getlist(k) for k in request.GET},
            book=book,
            page_size=settings.CATALOG_PAGE_SIZE,
        )
    except ValidationFailed as exc:
        problems = [
            {
                "field": p.field,
                "label": PARAMETER_LABELS.get(p.field, p.field),
                "message": p.message,
            }
            for p in exc.problems
        ]
        shown = {"problems": problems, "q": request.GET.get("q", "")[:200], "base": base}
        return render(request, "catalog/finder_error.html", shown, status=422)

    markers = extensions.markers_for(request.user)
    sorter = next((m for m in markers if m.sort == query.sort), None)
    if query.sort in EXTENSION_SORTS and sorter is None:  # signed out, or nothing to mark
        query = replace(query, sort=finder_page.default_sort(query))
    page, marked = _search_marked(request, query, sorter)
    marked_by, notes = (sorter, marked) if marked is not None else (None, {})
    asked, suggestion = query.q, None
    if query.q and page.count < FEW_RESULTS:  # the vocabulary is read only then
        suggestion = did_you_mean(query.q)
        if suggestion and not page.count:  # nothing found: show what the suggestion finds
            corrected = catalog_search(replace(query, q=suggestion, page=1))
            if corrected.count:
                query, page, notes, marked_by = corrected.query, corrected, {}, None
    names = {
        "specialty": specialty_names(
            [*page.facets.get("specialty", {}), *query.filters.get("specialty", ())]
        ),
        "provider": provider_names(
            [*page.facets.get("provider", {}), *query.filters.get("provider", ())]
        ),
    }
    listed = listed_activity_ids(r["id"] for r in page.results)
    for marker in markers:
        if marker is not marked_by:
            for key, found in marker.notes(request.user, page.results).items():
                notes.setdefault(key, []).extend(found)
    today = clock.today()
    # Each result links to its page with this question, so "Back to results" returns here.
    back = urlencode({"from": urlencode(finder_page.canonical_params(query))})
    context: dict[str, Any] = {
        "book": book,
        "query": query,
        "page": page,
        "results": [
            {
                "record": r,
                "listed": r["id"] in listed,
                "window": presenters.record_window(book, r, today)[1],
                "url": f"{reverse('catalog:activity', args=[r['id']])}?{back}",
                "notes": notes.get(r["id"], []),
            }
            for r in page.results
        ],
        "when_options": finder_page.when_options(query, page.open_count, page.upcoming_count),
        "groups": finder_page.groups(book, query, page.facets, names),
        "free_options": finder_page.free_options(query, page.facets),
        "chips": finder_page.chips(book, query, names, base),
        "clear_url": base,
        "sorts": [
            (value, label, value == query.sort)
            for value, label in finder_page.SORT_NAMES.items()
            if value != "relevance" or query.q
        ]
        + [(m.sort, m.sort_label, m.sort == query.sort) for m in markers],
        "page_links": finder_page.page_links(query, page.pages, base),
        "previous_url": finder_page.neighbour(query, page.pages, base, -1),
        "next_url": finder_page.neighbour(query, page.pages, base, +1),
        "asked": asked,
        "suggestion": suggestion,
        "suggestion_url": finder_page.url(
            base, finder_page.canonical_params(replace(query, q=suggestion or "", page=1))
        ),
        "first_shown": (query.page - 1) * query.page_size + 1,
        "last_shown": (query.page - 1) * query.page_size + len(page.results),
    }
    return render(request, "catalog/finder.html", context)


def _search_marked(
    request: HttpRequest, query: FinderQuery, sorter: extensions.ResultMarker | None
) -> tuple[FinderPage, dict[int, list[str]] | None]:
    """The page of ``query``, and the notes ``sorter`` made while ordering it (its marked
    results first among the first ``RERANK_DEPTH`` matches; past them, the usual order, and
    None: nothing was marked yet)."""
    # Whole pages only, so the reordered pages and those past them share no result.
    depth = max(1, extensions.RERANK_DEPTH // query.page_size) * query.page_size
    if sorter is None or query.page * query.page_size > depth:
        return catalog_search(query), None
    deep = catalog_search(replace(query, page=1, page_size=depth))
    notes = {k: list(v) for k, v in sorter.notes(request.user, deep.results).items()}
    start = (query.page - 1) * query.page_size
    ordered = extensions.marked_first(deep.results, notes)[start : start + query.page_size]
    shown = {r["id"] for r in ordered}
    page = replace(deep, query=query, results=ordered)
    return page, {k: v for k, v in notes.items() if k in shown}


def suggestions(request: HttpRequest) -> JsonResponse:
    """``/activities/suggest/?q=``: completions of the search being typed, from the catalog's
    vocabulary (for the search box; the finder works without it)."""
    q = request.GET.get("q", "")
    if len(q) > 200:
        problem = {"field": "q", "message": "must be at most 200 characters"}
        return JsonResponse({"problems": [problem]}, status=422)
    response = JsonResponse({"q": q, "suggestions": completions(q)})
    response["Cache-Control"] = "public, max-age=300"
    return response


def results_url(asked: str, book: RuleBook) -> str:
    """The finder's URL for the question an activity page was opened from (``from``: its query
    string), read as the finder reads it; the finder itself when there is none or it is bad."""
    base = reverse("catalog:finder")
    if not asked or len(asked) > 2000:
        return base
    params: dict[str, list[str]] = {}
    for key, value in parse_qsl(asked):
        params.setdefault(key, []).append(value)
    try:
        query = parse_finder_params(params, book=book)
    except ValidationFailed:
        return base
    return finder_page.url(base, finder_page.canonical_params(query))


def activity_detail(request: HttpRequest, activity_id: int) -> HttpResponse:
    """``/activities/<id>/``: every field of one published activity."""
    activity = activity_get_published(activity_id)
    if activity is None:
        raise Http404("No published activity has this id.")
    book = rulebook_get()
    context = activity_page(book, activity, today=clock.today())
    context["results_url"] = results_url(request.GET.get("from", ""), book)
    back = context["results_url"] != reverse("catalog:finder")
    context["results_label"] = "Back to results" if back else "Find activities"
    return render(request, "catalog/activity.html", context)
