"""R-MI-1 as settled in session 15: an undated session's clock times, and an activity in parts."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules

_UNDATED = (
    "Hoarding and Clutter: a workshop\n\n9:00 AM - 12:15 PM\n"
    "Location: Grand Hotel Ballroom, 100 Main Street, Springfield, IL\n"
)


def test_an_undated_live_sessions_clock_times_give_its_length() -> None:
    assert parse_rules(_UNDATED).record["estimated_minutes"] == 195


def test_an_activity_in_parts_takes_no_length_from_its_day() -> None:
    text = _UNDATED + "The training has two parts: online pre-reading and the workshop.\n"
    assert parse_rules(text).record["estimated_minutes"] is None


def test_a_window_to_take_the_activity_in_is_no_session_day() -> None:
    text = _UNDATED + "Credit expires: June 1, 2031\n"
    assert parse_rules(text).record["estimated_minutes"] is None
