"""R-MI-6: a page whose format was not read is one session's when it dates one day and no
other, or no year at all: its clock times give its length (invented text; each positive case
failed before)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def minutes(text: str) -> int | None:
    return parse_rules(text).record["estimated_minutes"]


def test_one_dated_day_and_its_times() -> None:
    text = (
        "Compassion Fatigue in Counselling\n\nDate: Friday, May 2, 2031\n"
        "Time:  9:30am- 11:00am\nPresenter: Ann Lee, LCSW\nCEs: 1.5\n"
    )
    assert minutes(text) == 90


def test_a_day_without_its_year_and_its_times() -> None:
    text = (
        "Grief in the Clinic\n\nThe counselling school hosts a talk for clinicians on "
        "Tuesday, January 27, 4 – 6 p.m. at its Lakeside campus. It gives two continuing "
        "education hours.\n"
    )
    assert minutes(text) == 120


def test_a_window_of_days_before_the_session_is_a_part() -> None:
    text = (
        "Sensory Skills for Therapists\n\nDate: May 22, 2031\n"
        "Online part: May 14 to 20, 2031 (on your own)\n"
        "Friday, May 22, 2031 from 10:00 a.m. to 1:00 p.m.\n"
    )
    assert minutes(text) is None


def test_another_day_on_the_page_is_no_one_session() -> None:
    text = (
        "Sensory Skills for Therapists\n\nDate: May 22, 2031\nTime: 10:00 a.m. to 1:00 p.m.\n"
        "Repeated on May 29, 2031.\n"
    )
    assert minutes(text) is None
