"""R-DT-8: the event's day under its name written with its weekday ("Friday 28 August 2031"),
and the day after the name on a later line when a longer line names the event first."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_BODY = (
    "\nThe Harbour Society of Counsellors welcomes members to its annual conference.\n\n"
    "Target Audience\nCounsellors and psychotherapists.\n"
)


@pytest.mark.parametrize(
    ("day", "want"),
    [
        ("Friday 28 August 2031", "2031-08-28"),
        ("Friday, 28 August 2031", "2031-08-28"),
        ("Saturday 3rd May 2031", "2031-05-03"),
        ("Tuesday, March 4, 2031", "2031-03-04"),
        ("Wednesday 12 November 2031", "2031-11-12"),
    ],
)
def test_a_date_line_with_its_weekday_under_the_name_is_the_events_day(day: str, want: str) -> None:
    r = record("Harbour Counselling Workshop on Grief\n\n" + day + "\n" + _BODY)
    assert r["start_date"] == want


@pytest.mark.parametrize("sep", [" – ", " - ", " | ", ": "])
def test_the_name_with_its_day_after_a_longer_heading(sep: str) -> None:
    text = (
        "Grief in Counselling Practice – A Workshop in Harbourtown\n\n"
        f"Grief in Counselling Practice{sep}21st June 2031\n\n"
        "Grief in counselling practice is a demanding subject; our annual conference explores it.\n"
    )
    assert record(text)["start_date"] == "2031-06-21"


def test_a_news_items_weekday_date_is_not_read_when_the_story_names_another_day() -> None:
    text = (
        "Harbour Counselling Workshop on Grief\n\nFriday 28 August 2031\n\n"
        "The next session meets at 7:30 a.m. Thursday, September 10 in the Harbour Hall.\n"
    )
    assert record(text)["start_date"] is None


def test_a_headlines_date_line_stays_no_event_day() -> None:
    text = (
        "Harbour Counselling Workshop on Grief Draws Its Largest Crowd Yet\n"
        "Friday 28 August 2031\n\n"
        "Counsellors from nine towns attended the workshop of the Harbour Society.\n"
    )
    assert record(text)["start_date"] is None


@pytest.mark.parametrize(
    "tag",
    [" – SSPA workshop", " - NZAC workshop", " | SSPA seminar", " - A Workshop", " – CPD event"],
)
def test_the_names_line_with_a_tag_keeps_its_day_under_it(tag: str) -> None:
    text = (
        f"Grief in Counselling Practice{tag}\n\nFriday 28 August 2031\n\n"
        "Grief in Counselling Practice is our annual conference on loss and bereavement.\n"
    )
    assert record(text)["start_date"] == "2031-08-28"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Grief in Counselling Practice – 27 February 2031 @ Harbour Boardroom, Level 1",
            "2031-02-27",
        ),
        (
            "Grief in Counselling Practice - March 3, 2031 at Lakeside Hall, Harbourtown",
            "2031-03-03",
        ),
        ("Grief in Counselling Practice | 4th June 2031, Riverbend Community Centre", "2031-06-04"),
        (
            "Grief in Counselling Practice – 12 Sept 2031 in the Harbour Room of the Town Hall",
            "2031-09-12",
        ),
        (
            "Grief in Counselling Practice: Oct. 9, 2031 @ the Old Mill Conference Rooms",
            "2031-10-09",
        ),
    ],
)
def test_the_day_after_the_name_then_its_place(line: str, want: str) -> None:
    text = (
        "Grief in Counselling Practice\n\n" + line + "\n\n"
        "Grief in Counselling Practice is our annual conference on loss and bereavement.\n"
    )
    assert record(text)["start_date"] == want


def test_a_deadline_after_the_name_is_no_day() -> None:
    text = (
        "Grief in Counselling Practice\n\n"
        "Grief in Counselling Practice – apply by 27 February 2031 @ our website, Level 1\n\n"
        "Grief in Counselling Practice is a self-paced online course with a post-test.\n"
    )
    assert record(text)["start_date"] is None


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("August 14, 2031 | Harbour Hotel - 270 Quay St. West, Eastfield", "2031-08-14"),
        ("Friday 3 May 2031 – Lakeside Hall, Eastfield", "2031-05-03"),
        ("3 May 2031 @ the Harbour Boardroom", "2031-05-03"),
    ],
)
def test_the_day_under_the_name_before_its_place(line: str, want: str) -> None:
    r = record("2031 Harbour Annual Meeting and Conference\n" + line + "\n" + _BODY)
    assert r["start_date"] == want


def test_a_news_dateline_under_a_headline_is_no_day() -> None:
    r = record(
        "Harbour Society Opens Registration for Its Annual Conference This Spring\n"
        "May 22, 2031 | News\n" + _BODY
    )
    assert r["start_date"] is None
