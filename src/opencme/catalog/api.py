"""Finder endpoints: ``GET /api/activities`` and ``GET /api/activities/{id}``."""

from __future__ import annotations

from typing import Annotated

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from opencme.accreditation.selectors import rulebook_get
from opencme.accreditation.topics import TOPICS
from opencme.activities.schemas import ActivityRecordOut
from opencme.catalog.query import MAX_PAGE, SORTS, parse_finder_params
from opencme.catalog.selectors import catalog_record_get, catalog_search
from opencme.core.errors import NotFound
from opencme.core.schemas import Day, IdPath, Line, ProblemsOut

router = Router(tags=["activities"])


class SearchOut(Schema):
    count: int
    page: int
    pages: int
    results: list[ActivityRecordOut]
    facets: dict[str, dict[str, int]]
    # what a person reads for a facet value that is a code of a vocabulary (topic codes)
    facet_labels: dict[str, dict[str, str]]


# A filter value: a code or identifier (parse_finder_params checks it against its choices).
FilterValue = Annotated[Line, Field(max_length=200)]


class FinderParams(Schema):
    q: Line | None = Field(None, max_length=200)
    credit_type: list[FilterValue] | None = None
    credit_family: list[FilterValue] | None = None
    moc_board: list[FilterValue] | None = None
    specialty: list[FilterValue] | None = None
    format: list[FilterValue] | None = None
    delivery: list[FilterValue] | None = None
    profession: list[FilterValue] | None = None
    provider: list[FilterValue] | None = None
    topic: list[FilterValue] | None = None
    free: bool | None = None
    upcoming: bool = False
    available_on: Day | None = None
    include_expired: bool = False
    # the choices stated here, checked with the other filters (one answer names every problem)
    sort: Line | None = Field(None, max_length=20, json_schema_extra={"enum": list(SORTS)})
    page: int = Field(1, ge=1, le=MAX_PAGE)


@router.get(
    "",
    response={200: SearchOut, 422: ProblemsOut},
    summary="Search published activities",
    description=(
        "Full-text search with filters and facet counts. Repeat a filter (or separate values "
        "with commas) to accept any of its values. By default only activities still open for "
        "credit are listed. ``topic`` takes codes of the topic vocabulary; ``facet_labels`` "
        "gives each counted topic's label."
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
        "facet_labels": {
            "topic": {t: TOPICS[t] for t in page.facets.get("topic", {}) if t in TOPICS}
        },
    }


@router.get(
    "/{activity_id}",
    response={200: ActivityRecordOut, 404: ProblemsOut, 422: ProblemsOut},
    summary="One published activity",
)
def activity_detail(request: HttpRequest, activity_id: IdPath):
    record = catalog_record_get(activity_id)
    if record is None:
        raise NotFound("no published activity has this id", field="activity_id")
    return record
