"""R-DT-9 (invented text): a range in 24-hour clock times under a date is the session's time,
so the date is the event's day; a ratio or a lone time is none."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import parse_listing
from opencme.ingest.parsing.dates import parse_range


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


_RUNS = "Schema Skills Workshop\n\nUpcoming Workshops\n\nWorkshops run 9am – 5pm\n\n{runs}\n"


@pytest.mark.parametrize(
    "runs",
    [
        "Perth September 15-16 2026\nBoulevard Hall\n\nMelbourne July 21-22 2026\nElm Centre",
        "Auckland: 3–4 March 2026\nWellington: 10–11 June 2026",
        "London 12-13 May 2026\n\nLeeds 9-10 June 2026\n\nGlasgow 7-8 July 2026",
        "Calgary – October 1-2, 2026\nHalifax – November 5-6, 2026",
        "Brisbane 2–3 April 2026 (sold out)\nAdelaide 14–15 May 2026",
    ],
)
def test_runs_on_different_dates_name_no_single_date(runs: str) -> None:
    record = parse_listing(_RUNS.format(runs=runs)).record
    assert (record["start_date"], record["end_date"]) == (None, None)
    assert record["estimated_minutes"] is None


def test_parts_of_one_programme_that_overlap_span_them_all() -> None:
    text = (
        "Balance Rehabilitation Programme\n\nBasic Course\nMonday 25–Saturday 30 September 2026"
        "\n\nAdvanced Course\nSunday 24–Tuesday 26 September 2026\n"
    )
    record = parse_listing(text).record
    assert (record["start_date"], record["end_date"]) == ("2026-09-24", "2026-09-30")


def test_next_years_edition_leaves_the_first_range() -> None:
    text = "Harbour Congress\n\nLisbon 12-14 June 2026\n\nSave the date: Porto 10-12 June 2027\n"
    assert parse_listing(text).record["start_date"] == "2026-06-12"


def test_one_range_repeated_is_one_date() -> None:
    text = "Harbour Congress\n\nLisbon 12-14 June 2026\n\nProgramme\n\nLisbon 12-14 June 2026\n"
    assert parse_listing(text).record["end_date"] == "2026-06-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "Our March 2026 Clinical Grand Rounds will be on opioid care.",
        "The June 2026 webinar covers wound dressings.",
        "This October 2026 Journal Club reads two trials.",
        "Join the September 2026 Pain Update for nurses.",
        "Our Nov 2026 CME Lecture is open to all.",
    ],
)
def test_an_edition_named_by_its_month(sentence: str) -> None:
    record = parse_listing("Harbour Rounds\n\n" + sentence + "\n").record
    assert record["start_date"][:4] == "2026"
    assert len(record["start_date"]) == 7


@pytest.mark.parametrize(
    "sentence",
    [
        "Our March 2026 webinar series runs all year.",
        "Updated in March 2026 by the course team.",
    ],
)
def test_a_month_that_names_no_edition(sentence: str) -> None:
    assert parse_listing("Harbour Rounds\n\n" + sentence + "\n").record["start_date"] is None


def test_intakes_under_a_dates_key_name_no_date() -> None:
    text = (
        "Prescribing Course\n\nCourse dates\n\nMarch 2026\n\nResidential dates\n\n"
        "  • 4 to 8 June\n\nJune 2026\n\n  • 4 to 8 September\n"
    )
    assert parse_listing(text).record["start_date"] is None
    one = "Prescribing Course\n\nCourse dates\n\nMarch 2026\n\nResidential dates\n\n• 4 to 8 June\n"
    assert parse_listing(one).record["start_date"] == "2026-03"


def _expires(sentence: str) -> object:
    return parse_listing("Pelvic Health Course\n\n" + sentence + "\n").record["expires"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Online registration is available until: 10/16/2026",
        "Bookings open until 12 October 2026.",
        "Tickets are available through October 12, 2026.",
        "Enrolment is open until 1 March 2026 for this cohort.",
        "Registrations for the workshop are available until 15 May 2026.",
    ],
)
def test_a_deadline_to_sign_up_is_no_expiry(sentence: str) -> None:
    assert _expires(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("No CEUs are available for this course after April 30, 2026.", "2026-04-30"),
        ("No credit will be awarded after June 1, 2026.", "2026-06-01"),
        ("CE credit will not be issued after December 31, 2026.", "2026-12-31"),
        ("Certificates cannot be claimed after 30 November 2026.", "2026-11-30"),
        ("No CME points can be granted after March 3, 2026.", "2026-03-03"),
        ("The recording is available until May 1, 2026.", "2026-05-01"),
    ],
)
def test_credit_denied_after_a_day_expires_then(sentence: str, want: str) -> None:
    assert _expires(sentence) == want


def test_a_day_after_which_something_else_happens_is_no_expiry() -> None:
    assert _expires("No refunds are given after April 30, 2026.") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("October 18 19, 2026", ("2026-10-18", "2026-10-19")),
        ("March 3 4 2026", ("2026-03-03", "2026-03-04")),
        ("June 10 11 12, 2026", ("2026-06-10", "2026-06-12")),
        ("Sept 29 30, 2026", ("2026-09-29", "2026-09-30")),
        ("on November 1 2, 2026", ("2026-11-01", "2026-11-02")),
    ],
)
def test_days_whose_dash_a_pdf_lost(text: str, want: tuple[str, str]) -> None:
    assert parse_range(text) == want


@pytest.mark.parametrize("text", ["October 18 25, 2026", "Room 4 on March 3 2026"])
def test_days_apart_or_one_day_are_no_range(text: str) -> None:
    assert parse_range(text) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Required on-site attendance at the Lakeside College north campus is from September 1–11, "
        "2026, weekdays only.",
        "Clinical attendance is required September 1-11, 2026 at the Lakeside campus for all "
        "returning hygienists.",
        "The in-person part of this refresher for returning dental hygienists is September 1–11, "
        "2026 at the college.",
        "Onsite days for this refresher for returning dental hygienists are September 1–11, 2026 "
        "at the college.",
        "Residential block for all learners of the prescribing programme of the university: "
        "September 1-11, 2026.",
    ],
)
def test_the_days_a_learner_attends_in_a_long_sentence(sentence: str) -> None:
    text = "Restorative Refresher\n\nRequired online work begins August 1, 2026.\n\n" + sentence
    record = parse_listing(text + "\n").record
    assert (record["start_date"], record["end_date"]) == ("2026-09-01", "2026-09-11")


def test_a_long_sentence_with_days_and_no_attendance_is_none() -> None:
    text = (
        "Restorative Refresher\n\nApplications are reviewed by the admissions team of the "
        "college of dental hygiene from September 1–11, 2026 in the order received.\n"
    )
    assert parse_listing(text).record["end_date"] is None
