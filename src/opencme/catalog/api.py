"""Finder endpoints: ``GET /api/activities`` and ``GET /api/activities/{id}``."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Path, Query, Router, Schema

from opencme.accreditation.selectors import rulebook_get
from opencme.activities.schemas import ActivityRecordOut
from opencme.catalog.query import parse_finder_params
from opencme.catalog.selectors import catalog_record_get, catalog_search
from opencme.core.errors import NotFound
from opencme.core.schemas import ProblemsOut

router = Router(tags=["activities"])
MAX_ID = 2**63 - 1  # the largest BigAutoField value on every engine


class SearchOut(Schema):
    count: int
    page: int
    pages: int
    results: list[ActivityRecordOut]
    facets: dict[str, dict[str, int]]


class FinderParams(Schema):
    q: str | None = None
    credit_type: list[str] | None = None
    moc_board: list[str] | None = None
    specialty: list[str] | None = None
    format: list[str] | None = None
    delivery: list[str] | None = None
    profession: list[str] | None = None
    provider: list[str] | None = None
    free: bool | None = None
    available_on: dt.date | None = None
    include_expired: bool = False
    sort: str | None = None
    page: int = 1


@router.get(
    "",
    response={200: SearchOut, 422: ProblemsOut},
    summary="Search published activities",
    description=(
        "Full-text search with filters and facet counts. Repeat a filter (or separate values "
        "with commas) to accept any of its values. By default only activities still open for "
        "credit are listed."
    ),
)
def activity_search(request: HttpRequest, params: Query[FinderParams]):
    query = parse_finder_params(
        {k: request.GET.getlist(k) for k in request.GET}, book=rulebook_get()
    )
    page = catalog_search(query)
    return {
        "count": page.count,
        "page": query.page,
        "pages": page.pages,
        "results": page.results,
        "facets": page.facets,
    }


@router.get(
    "/{activity_id}",
    response={200: ActivityRecordOut, 404: ProblemsOut, 422: ProblemsOut},
    summary="One published activity",
)
def activity_detail(
    request: HttpRequest,
    # Bounded so that a huge id is a 422 naming it, not an integer overflow in the database.
    activity_id: int = Path(..., ge=1, le=MAX_ID),
):
    record = catalog_record_get(activity_id)
    if record is None:
        raise NotFound("no published activity has this id", field="activity_id")
    return record
