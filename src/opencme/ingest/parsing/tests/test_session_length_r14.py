"""R-MI-1: a one-day session's clock times give its length (invented text)."""

from __future__ import annotations

import re

import pytest

from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.session_length import _RANGE, range_minutes

_PAGE = (
    "Widget Care Update: a workshop\n\nSaturday, May 2, 2026\n{times}\n"
    "Location: Grand Hotel Ballroom, 100 Main Street, Springfield, IL\n"
)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("9:00 AM - 11:00 AM", 120),
        ("10 a.m. – 1 p.m.", 180),
        ("11 - 1 pm", 120),
        ("1.30-2.30 pm", 60),
        ("8:30 to 12 noon", 210),
        ("18:00-19:30", 90),
        ("8-10", None),  # no am/pm, no colon: a range of anything
        ("1.50-2.00", None),
    ],
)
def test_range_minutes(text: str, minutes: int | None) -> None:
    m = _RANGE.search(text)
    assert (range_minutes(m) if m else None) == minutes


def test_r_mi_1_a_one_day_session_takes_its_clock_times() -> None:
    record = parse_rules(_PAGE.format(times="9:00 a.m. - 1:00 p.m.")).record
    assert record["format"] == "live"
    assert record["estimated_minutes"] == 240


@pytest.mark.parametrize(
    "times",
    [
        "9:00 a.m. - 1:00 p.m.\nLunch 1:00 p.m. - 1:30 p.m.",  # a programme: lengths differ
        "every Saturday between 3-5 PM",  # a recurring meeting
        "9:30 am - 12:00 pm (for all dates)",
        "9:00 a.m. - 10:00 a.m.\nEarn 3 contact hours",  # credit it cannot hold
    ],
)
def test_r_mi_1_no_length_from_a_programme_a_series_or_too_much_credit(times: str) -> None:
    assert parse_rules(_PAGE.format(times=times)).record["estimated_minutes"] is None


def test_r_mi_1_a_stated_length_wins_and_an_enduring_course_has_no_session() -> None:
    text = _PAGE.format(times="9:00 AM - 12:00 PM\nDuration: 2 hours")
    assert parse_rules(text).record["estimated_minutes"] == 120
    text = "Widget Care\nOn-demand course, self-paced.\nHelp desk: 9:00 AM - 5:00 PM\n"
    assert parse_rules(text).record["estimated_minutes"] is None
    assert re.search(r"\d", text)
