"""Open for credit, upcoming, expired: the rule at its boundary days, and the finder keeping to it.

The rule (``catalog.rules.credit_window``) is tested with plain dates; the same days are then
asked of the finder on whichever engine the suite runs, with activities whose dates sit on
each boundary (stated to the day and to the month only).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from opencme.accreditation.selectors import rulebook_get
from opencme.activities.models import Activity
from opencme.activities.services import save_activity_from_record
from opencme.catalog.query import parse_finder_params
from opencme.catalog.rules import EXPIRED, OPEN, UPCOMING, credit_window
from opencme.catalog.selectors import catalog_search
from tests.browser.data import seed_record

TODAY = dt.date(2026, 6, 15)
DAY = dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("starts", "until", "expected"),
    [
        (TODAY, None, OPEN),  # released today
        (TODAY - 30 * DAY, TODAY, OPEN),  # expires today: still claimable today
        (TODAY - 30 * DAY, TODAY - DAY, EXPIRED),  # expired yesterday
        (TODAY + DAY, None, UPCOMING),  # released tomorrow
        (TODAY + DAY, TODAY + 90 * DAY, UPCOMING),
        (None, None, OPEN),  # no dates stated
        (None, TODAY - DAY, EXPIRED),
    ],
)
def test_credit_window_at_boundary_days(starts, until, expected):
    assert credit_window(starts=starts, until=until, today=TODAY) == expected


# title word -> (start_date, expires) as a source states them; "" for none.
DATED = {
    "releasedtoday": (TODAY.isoformat(), ""),
    "expirestoday": ("2026-01-10", TODAY.isoformat()),
    "expiredyesterday": ("2026-01-10", (TODAY - DAY).isoformat()),
    "releasedtomorrow": ((TODAY + DAY).isoformat(), ""),
    "undated": ("", ""),
    "monththisrelease": ("2026-06", ""),  # June 2026: released on June 1
    "monthnextrelease": ("2026-07", ""),  # July 2026: upcoming until July 1
    "monththisexpiry": ("2025-01-05", "2026-06"),  # expires June 2026: open to June 30
    "monthlastexpiry": ("2025-01-05", "2026-05"),  # expired after May 31
}


@pytest.fixture
def dated(db) -> dict[str, int]:
    ids = {}
    for word, (starts, expires) in DATED.items():
        record: dict[str, Any] = {
            **seed_record("003"),
            "title": f"Boundary {word} activity",
            "start_date": starts or None,
            "end_date": None,
            "expires": expires or None,
        }
        activity, _ = save_activity_from_record(
            record=record, actor=None, kind=Activity.Kind.LISTED, source_key=f"boundary-{word}"
        )
        ids[word] = activity.pk
    return ids


def _found(params: dict[str, str], today: dt.date) -> set[int]:
    query = parse_finder_params({k: [v] for k, v in params.items()}, book=rulebook_get())
    return {r["id"] for r in catalog_search(query, today=today).results}


@pytest.mark.django_db
@pytest.mark.parametrize("q", ["", "boundary"])  # a browse and a search with words
def test_finder_open_and_upcoming_at_boundary_days(dated: dict[str, int], q: str) -> None:
    def named(*words: str) -> set[int]:
        return {dated[w] for w in words}

    opened = named(
        "releasedtoday", "expirestoday", "undated", "monththisrelease", "monththisexpiry"
    )
    upcoming = named("releasedtomorrow", "monthnextrelease")
    params = {"q": q} if q else {}
    assert _found(params, TODAY) == opened
    assert _found({**params, "upcoming": "true"}, TODAY) == upcoming
    query = parse_finder_params({"q": [q]} if q else {}, book=rulebook_get())
    page = catalog_search(query, today=TODAY)
    assert (page.open_count, page.upcoming_count) == (len(opened), len(upcoming))
    # A day later the boundaries move: released tomorrow is open, expiring today has expired.
    tomorrow = _found(params, TODAY + DAY)
    assert dated["releasedtomorrow"] in tomorrow
    assert dated["expirestoday"] not in tomorrow
    # The month-only dates hold to their month's first and last days.
    july = _found(params, dt.date(2026, 7, 1))
    assert dated["monthnextrelease"] in july
    assert dated["monththisexpiry"] not in july
    assert dated["monththisexpiry"] in _found(params, dt.date(2026, 6, 30))
