"""R-DT-20: a short line that is an event's day and its town gives the day and the place
(invented text; each positive case failed before)."""

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
