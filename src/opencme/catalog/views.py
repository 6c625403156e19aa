"""Finder pages. Thin: parse, call one selector, render."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from opencme.accreditation.selectors import rulebook_get
from opencme.catalog.query import parse_finder_params
from opencme.catalog.selectors import catalog_search
from opencme.core.errors import ValidationFailed


def finder(request: HttpRequest) -> HttpResponse:
    book = rulebook_get()
    try:
        query = parse_finder_params({k: request.GET.getlist(k) for k in request.GET}, book=book)
    except ValidationFailed as exc:
        return render(
            request, "catalog/finder.html", {"problems": exc.problems, "book": book}, status=422
        )
    page = catalog_search(query)
    return render(request, "catalog/finder.html", {"page": page, "query": query, "book": book})


def activity_detail(request: HttpRequest, activity_id: int) -> HttpResponse:
    from opencme.catalog.selectors import catalog_activity_get

    activity = catalog_activity_get(activity_id)
    if activity is None:
        raise Http404("No published activity has this id.")
    return render(request, "catalog/activity.html", {"activity": activity, "book": rulebook_get()})
