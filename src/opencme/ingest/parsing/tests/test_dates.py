"""Date grammars and date layouts (issue 18, classes of missed dates; synthetic text only)."""

from __future__ import annotations

from opencme.ingest.parsing.dates import parse_date, parse_range
from opencme.ingest.parsing.parser import parse_rules


def dates(text: str) -> tuple[object, object, object]:
    r = parse_rules(text).record
    return r["start_date"], r["end_date"], r["expires"]


def test_a_range_written_as_two_whole_dates() -> None:
    assert parse_range("March 2, 2027 to March 4, 2027") == ("2027-03-02", "2027-03-04")
    assert parse_range("Apr 5 2027 - 8:30am - Apr 6 2027 - 4:00pm") == ("2027-04-05", "2027-04-06")
    assert parse_range("02/09/2027 - 6:00am to 11/30/2027 - 11:59pm") == (
        "2027-02-09",
        "2027-11-30",
    )
    assert parse_range("Monday, Jun 7, 2027 - Tuesday, Jun 8, 2027") == ("2027-06-07", "2027-06-08")
    # two dates that are not joined as a range stay apart
    assert parse_range("Released March 2, 2027. Expires March 4, 2028") is None


def test_a_weekday_inside_a_range_and_days_listed() -> None:
    assert parse_range("Live Friday April 9 - Saturday April 10, 2027") == (
        "2027-04-09",
        "2027-04-10",
    )
    assert parse_range("Clinical sessions: June 3, 4, 5 and 6, 2027") == (
        "2027-06-03",
        "2027-06-06",
    )
    assert parse_range("Friday and Saturday, May 7th and 8th, 2027.") == (
        "2027-05-07",
        "2027-05-08",
    )
    assert parse_range("Dates: May 2, 3, and 4, 2027 8:30 AM") == ("2027-05-02", "2027-05-04")


def test_numeric_dates_us_dashes_and_european_dots() -> None:
    assert parse_date("on 05-17-2027 at 9 a.m.") == "2027-05-17"
    assert parse_date("12. 10. 2027: 6 CME-Punkte") == "2027-10-12"
    assert parse_date("12.10.2027") == "2027-10-12"
    assert parse_date("a 1.5 hour session") is None


def test_a_two_digit_year_is_read_only_after_a_date_key() -> None:
    assert dates("Asthma Update\nRelease Date: Wed, 1/4/27\n")[0] == "2027-01-04"
    assert dates("Asthma Update\nReleased on 3/12/27\n")[0] == "2027-03-12"
    assert dates("Asthma Update\nRelease Date: March-10-27\n")[0] == "2027-03-10"
    assert dates("Asthma Update\nExpires 6/9/28\n")[2] == "2028-06-09"
    assert dates("Asthma Update\nSee table 3/12/27 for doses\n")[0] is None


def test_date_keys_of_the_class() -> None:
    assert dates("Asthma Update\nEffective Date: October 12, 2027\n")[0] == "2027-10-12"
    text = "DBT Skills\nEvent starts:\n10/06/2027 - 9:00am CDT\nEvent ends:\n10/09/2027 - 5:00pm\n"
    assert dates(text)[:2] == ("2027-10-06", "2027-10-09")


def test_a_range_in_one_part_of_a_glued_header_line() -> None:
    text = (
        "Play Therapy Intensive\nLive Webinar OR In-person | 12 CE hours for counselors in "
        "attendance | October 1-2, 2027 | 9AM- 4PM\n"
    )
    assert dates(text)[:2] == ("2027-10-01", "2027-10-02")


def test_programme_days_and_a_list_of_session_dates() -> None:
    text = "OT Exchange\nDay 1: 15 July 2027 (0730-1530)\nDay 2: 16 July 2027 (0730-1200)\n"
    assert dates(text)[:2] == ("2027-07-15", "2027-07-16")
    text = "Grief Course\nAll Scheduled Dates\nMarch 4, 2027\nMarch 11, 2027\nMarch 18, 2027\n"
    assert dates(text)[:2] == ("2027-03-04", "2027-03-18")
    # a year apart: a release and an expiry that lost their keys, no sessions
    assert dates("Migraine Update\nDecember 20, 2026\n\nDecember 20, 2027\n")[:2] == (None, None)


def test_a_date_alone_with_its_time_on_the_next_line() -> None:
    text = "Oral Health Evening\nJanuary 14, 2027\n6:30 p.m.\nCommunity Hall\n2 CE hours\n"
    assert dates(text)[0] == "2027-01-14"


def test_dates_under_keys_of_no_known_field() -> None:
    assert dates("Hygiene Course\nClinical Session: March 14, 15, 16, 2027 (Sat-Mon)\n")[:2] == (
        "2027-03-14",
        "2027-03-16",
    )
    text = "Upcoming Rounds: Monday, September 27, 2027\n1 CME credit\n"
    assert dates(text)[0] == "2027-09-27"
    # a deadline or a recording's day under such a key is not the activity's day
    assert dates("Glaucoma Module\nApply by: 29 Dec 2027\n1 CPD credit\n")[0] is None
    assert dates("Sepsis Module\nRecorded On: 05/01/2027\n1 CE hour\n")[0] is None


def test_an_availability_range_is_release_and_expiry() -> None:
    assert dates("Anticoagulation\nDates Available\n9/01/2027 to 9/01/2029\n") == (
        "2027-09-01",
        None,
        "2029-09-01",
    )


def test_claim_deadlines_of_a_survey_and_of_a_journal_test() -> None:
    text = (
        "Symposium\nYou must complete the online CME Request for Credit Survey by May 18, 2027.\n"
    )
    assert dates(text)[2] == "2027-05-18"
    text = (
        "Heart Failure Review\nTo take the test online, go to our Web site.\n"
        "Registration deadline is August 31, 2027.\n"
    )
    assert dates(text)[2] == "2027-08-31"
    # a conference's registration deadline is no expiry
    assert dates("Annual Meeting\nRegistration deadline is August 31, 2027.\n")[2] is None


def test_a_course_edition_dated_by_its_month_of_publication() -> None:
    assert dates("HIV Testing Services\nPublished: November 2027\n")[0] == "2027-11"
    # a page's own publication day is no activity date
    assert dates("Clinic News\nPublished: November 3, 2027\n")[0] is None


def test_session_lines_with_their_times_and_programme_days_apart() -> None:
    text = (
        "DBT Intensive\nA live interactive webinar.\n"
        "6/8/2027 11:00AM - 5:00PM EST\n6/9/2027 11:00AM - 5:00PM EST\n"
    )
    assert dates(text)[:2] == ("2027-06-08", "2027-06-09")
    assert dates("Ethics Webinar\n3 February 2027, 1.30-2.30 pm.\n")[0] == "2027-02-03"
    text = (
        "World Congress\nSaturday, 13 November 2027\n08:00 Opening lecture\n09:00 Renal diets\n"
        "Sunday, 14 November 2027\n08:00 Feline medicine\n"
    )
    assert dates(text)[:2] == ("2027-11-13", "2027-11-14")


def test_a_date_without_its_year_takes_the_year_stated_for_the_event() -> None:
    text = (
        "The 2027 Nursing Symposium will be hosted at the North Campus on April 22, with talks.\n"
    )
    assert dates(text)[:2] == ("2027-04-22", None)
    text = "The 2027 National Conference will take place June 21-26 at the Convention Center.\n"
    assert dates(text)[:2] == ("2027-06-21", "2027-06-26")
    text = "Wound Summit 2027\nThe one-day summit is being held on Friday September 24th in Cork.\n"
    assert dates(text)[0] == "2027-09-24"
    # two years stated: which one is the event's is not known
    text = "After 2026, the 2027 summit is being held on Friday September 24th in Cork.\n"
    assert dates(text)[0] is None


def test_weekdays_inside_a_day_first_range() -> None:
    assert parse_range("held from Monday 7th to Friday 11th August 2027.") == (
        "2027-08-07",
        "2027-08-11",
    )


def test_the_last_day_of_a_window_for_claiming_credit_is_the_expiry() -> None:
    text = "Congress 2027\nYou may claim CME credits from 20 September until 30 December, 2027.\n"
    assert dates(text)[2] == "2027-12-30"
    text = (
        "Preceptors Conference\nSessions are offered for home study CE credit until May 15, 2027.\n"
    )
    assert dates(text)[2] == "2027-05-15"
    assert parse_date("30 December, 2027") == "2027-12-30"
