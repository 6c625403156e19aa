"""R-DT-9 (invented text): a range in 24-hour clock times under a date is the session's time,
so the date is the event's day; a ratio or a lone time is none."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import parse_listing


def _record(times: str) -> dict[str, object]:
    text = "Hand Therapy Masterclass\nLive Virtual Workshop\nSaturday, 14 March 2026\n" + times
    return parse_listing(text + "\nJoin us live on Zoom.\n").record


@pytest.mark.parametrize(
    "times",
    ["08:30-10:00", "14:00 - 16:30", "09:15–12:45", "13:00—17:00", "8:30 - 17:00"],
)
def test_a_24_hour_range_under_a_date_makes_it_the_events_day(times: str) -> None:
    assert _record(times)["start_date"] == "2026-03-14"


@pytest.mark.parametrize("times", ["Dilute 1:4-1:8 before use", "Room 12:40"])
def test_a_ratio_or_a_number_is_no_clock(times: str) -> None:
    assert _record(times)["start_date"] is None
