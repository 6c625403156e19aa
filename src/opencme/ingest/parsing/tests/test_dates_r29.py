"""R-DT-20, R-DT-21: a short line that is an event's day and its town gives the day and the
place; an event's days without a year take the year of its line or page (invented text; each
positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def record(text: str) -> dict[str, object]:
    return parse_rules(text).record


@pytest.mark.parametrize(
    ("line", "day", "town"),
    [
        ("17 July 2031 - Lakeside, OH", "2031-07-17", "Lakeside, OH"),
        ("May 3, 2031 | Harbour Falls, Ontario", "2031-05-03", "Harbour Falls, Ontario"),
    ],
)
def test_a_day_and_its_town_on_one_line(line: str, day: str, town: str) -> None:
    got = record(f"Wound Dressing Skills Day\n\n{line}\n\n$450.00\n\nThis day covers dressings.\n")
    assert got["start_date"] == day
    assert got["location"] == town


def test_a_date_beside_a_byline_is_no_event_day() -> None:
    got = record("Wound News\n\nMay 3, 2031 | Posted by Admin\n\nThe course covers dressings.\n")
    assert got["start_date"] is None
    assert got["location"] is None


@pytest.mark.parametrize(
    "text",
    [
        "News\n\nThe 2031 harbour conference will run March 16-19 at the Lakeside Centre.\n",
        "News\n\nJoin us at the live virtual HW2031 Conference March 16-19 to learn steps.\n",
        "Harbour Virtual 2031 Annual Conference Mar. 16-19\n\nThe conference covers wounds.\n",
        "News 2031\n\nThe annual Harbour Conference was held this past March 16-19 in Lakeside.\n",
    ],
)
def test_an_events_days_without_a_year(text: str) -> None:
    got = record(text)
    assert (got["start_date"], got["end_date"]) == ("2031-03-16", "2031-03-19")


def test_days_without_any_year_on_the_page_are_none() -> None:
    got = record("News\n\nThe conference runs March 16-19 at the Lakeside Centre.\n")
    assert got["start_date"] is None
