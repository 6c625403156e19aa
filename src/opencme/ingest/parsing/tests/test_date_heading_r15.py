"""R-DT-8: an event's day on a bare line under its name, or after the name on its line."""

from __future__ import annotations

from opencme.ingest.parsing.tests.readers import record

_BODY = (
    "\nThe Lakeside Society of Anesthesia welcomes members to its annual conference.\n\n"
    "Target Audience\nAnesthesiologists and nurse anesthetists.\n"
)


def test_a_date_line_under_the_events_name_is_its_day() -> None:
    r = record("Lakeside Anesthesia Yearly Meeting\nOctober 9, 2031\n" + _BODY)
    assert r["start_date"] == "2031-10-09"


def test_the_day_after_the_name_on_its_line() -> None:
    r = record("Lakeside Anesthesia Rounds: Caring for the Carers - November 12, 2031\n" + _BODY)
    assert r["start_date"] == "2031-11-12"


def test_a_news_items_date_under_a_longer_headline_is_not_the_events() -> None:
    text = (
        "Lakeside Anesthesia Yearly Meeting Draws Its Largest Crowd Yet\nApril 20, 2031\n\n"
        "Members from nine countries attended the April meeting of the Lakeside Society.\n"
    )
    assert record(text)["start_date"] is None


def test_a_news_items_date_when_the_story_names_the_session_day() -> None:
    text = (
        "Lakeside Rounds to Focus on the First Year of Practice\nJuly 2, 2031\n\n"
        "The rounds resume at 7:30 a.m. Thursday, July 10 in the Lakeside Auditorium.\n"
    )
    assert record(text)["start_date"] is None


def test_a_self_study_page_keeps_its_day_as_no_event() -> None:
    text = (
        "Lakeside Anesthesia Self-Study Module\nOctober 9, 2031\n\n"
        "This self-paced online course has a post-test. Begin the course at any time.\n"
    )
    assert record(text)["start_date"] is None
