"""Date classes of round 14 (issue 18; invented text only)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.weekday_dates import named_years, weekday_day


def dates(text: str) -> tuple[object, object, object]:
    r = parse_rules(text).record
    return r["start_date"], r["end_date"], r["expires"]


def test_years_that_stand_in_a_name_not_in_a_date() -> None:
    flat = "Lakeview 2031 Lecture Series\nPosted May 22, 2029 /Newswire/ -- founded in 1999, it"
    assert named_years(flat) == {2031}
    assert named_years("The 2030 Regional Forum on Sleep") == {2030}


def test_a_weekday_date_takes_the_one_named_year_it_fits() -> None:
    # 18 March is a Friday in 2022 and in 2016; only 2022 is named
    assert weekday_day("Friday, March 18", {2022, 2023}) == "2022-03-18"
    assert weekday_day("Wed. July 19 |", {2023}) == "2023-07-19"
    assert weekday_day("Thursday 9 November", {2023}) == "2023-11-09"
    # the weekday does not fit the named year: no date
    assert weekday_day("Saturday, March 18", {2022}) is None
    # two named years fit (2016 and 2022 both have Friday 18 March): no date
    assert weekday_day("Friday, March 18", {2016, 2022}) is None


def test_session_days_by_weekday_under_a_named_year() -> None:
    text = (
        "2031 Harbor Town Dental Lecture Series\n\n"
        "Restoring the worn dentition\n\n"
        "Tuesday, March 18\n"
        "9:00 a.m. - 1:00 p.m.\n\n"
        "Speaker: Dr. Ada Quill\n"
    )
    assert dates(text) == ("2031-03-18", None, None)
    two_days = (
        "Pinecrest 2030 Virtual Meeting of Fellows\n"
        "Wednesday, October 16\n"
        "8:00 – 11:00 AM Ethics in daily practice\n"
        "Thursday, October 17\n"
        "10:00 AM – 2:00 PM Convocation\n"
    )
    assert dates(two_days) == ("2030-10-16", "2030-10-17", None)


def test_a_weekday_date_without_a_named_year_is_no_date() -> None:
    text = (
        "Sleep medicine rounds\n"
        "Posted July 11, 2029\n"
        "Thursday, July 19\n"
        "7:30 a.m. in the main auditorium\n"
    )
    assert dates(text) == (None, None, None)


def test_a_window_to_view_claim_or_approve_is_no_event_range() -> None:
    text = (
        "Riverbend Pediatric Convention\n"
        "Recorded plenaries will be available until October 30, 2031. The keynote of Dr. Ivo\n"
        "Pell can only be viewed from July 28, 2031 to August 1, 2031 for legal reasons.\n"
    )
    assert dates(text)[:2] == (None, None)
    assert dates("Garnet CE, LLC. ACE provider approval period: 8/2/2031 – 8/2/2034.")[:2] == (
        None,
        None,
    )
    assert dates("Evaluations are only possible from March 1 – March 6, 2031 (23:59 CET)")[:2] == (
        None,
        None,
    )


def test_sessions_taking_place_between_two_days_are_the_event() -> None:
    text = (
        "Credit is awarded for your attendance of live sessions taking place between "
        "9–12 September, 2031. Replays count by the hour."
    )
    assert dates(text)[:2] == ("2031-09-09", "2031-09-12")


def test_a_press_release_date_is_no_release_date() -> None:
    text = "Northfield Nurses Union media release, 27 March 2031\nNurses will convene tomorrow."
    assert dates(text)[0] is None


def test_an_availability_range_under_a_date_key() -> None:
    text = "Date & Time: Available online from August 1, 2031 until July 31, 2032\n"
    assert dates(text) == ("2031-08-01", None, "2032-07-31")


def test_the_event_start_beats_the_course_opening_and_one_day_has_no_end() -> None:
    text = (
        "Course opens: \n09/17/2031\nCourse expires: \n11/23/2031\n"
        "Event starts: \n10/06/2031 - 9:00am CDT\nEvent ends: \n10/09/2031 - 5:00pm CDT\n"
    )
    assert dates(text) == ("2031-10-06", "2031-10-09", "2031-11-23")
    one_day = (
        "Course expires: \n11/03/2031\n"
        "Event starts: \n09/18/2031 - 8:00am CDT\nEvent ends: \n09/18/2031 - 12:30pm CDT\n"
    )
    assert dates(one_day) == ("2031-09-18", None, "2031-11-03")


def test_the_window_to_evaluate_or_claim_ends_on_the_expiry() -> None:
    assert dates("Evaluations are only possible from March 1 – March 6, 2031 (23:59 CET)") == (
        None,
        None,
        "2031-03-06",
    )
    assert dates("Delegates may claim their credits from 4 to 30 November 2031.")[2] == (
        "2031-11-30"
    )


def test_a_day_month_year_date_joined_by_hyphens() -> None:
    from opencme.ingest.parsing.dates import parse_date, parse_keyed_date

    assert parse_date("Posted on 07-Mar-2031") == "2031-03-07"
    assert parse_keyed_date("01-Feb-31") == "2031-02-01"
    assert dates("Launch Date: 01-Feb-31\nExpiration Date: 01-Feb-32\n") == (
        "2031-02-01",
        None,
        "2032-02-01",
    )


def test_the_day_a_course_goes_online_is_its_release() -> None:
    text = "Date Course Online:\nJan 16, 2031\nCourse Expiration Date:\nOct 31, 2033\n"
    assert dates(text) == ("2031-01-16", None, "2033-10-31")


def test_a_range_in_a_sentence_about_a_programme() -> None:
    text = (
        "The Society of Tropical Medicine in association with the Lakeside Training Centre is "
        "going to conduct a continuing medical education (CME) programme on fevers for "
        "post-graduates from December 12 to 14, 2031."
    )
    assert dates(text)[:2] == ("2031-12-12", "2031-12-14")


def test_a_line_that_is_only_a_month_and_year_dates_the_edition() -> None:
    text = "advertisement\nAPRIL 2031\nCaring for Fragile Skin in Older Adults\n1 contact hour\n"
    assert dates(text) == ("2031-04", None, None)
    assert dates("Wound Care Module\nStart dates\nSeptember 2031\nCity campus\n")[0] == "2031-09"


def test_a_range_broken_over_short_heading_lines() -> None:
    text = "TUESDAY 9 to THURSDAY 11\nOCTOBER 2031\nABOUT THE CONFERENCE\nA meeting of nurses.\n"
    assert dates(text)[:2] == ("2031-10-09", "2031-10-11")


def test_programme_days_listed_with_their_credit() -> None:
    text = (
        "Daily points for the congress days\n"
        "27. 9. 2031: 6 CME points/category B\n"
        "28. 9. 2031: 6 CME points/category B\n"
        "29. 9. 2031: 3 CME points/category B\n"
        "Courses are not certified separately.\n"
    )
    assert dates(text)[:2] == ("2031-09-27", "2031-09-29")


def test_a_date_opening_the_value_of_an_unknown_key() -> None:
    text = (
        "Ethics Rounds\n"
        "Upcoming Ethics Rounds: Friday, March 28, 2031. Please RSVP by March 20th for lunch.\n"
    )
    assert dates(text)[0] == "2031-03-28"


def test_a_day_first_date_with_an_ordinal() -> None:
    from opencme.ingest.parsing.dates import parse_date

    assert parse_date("26th April 2031") == "2031-04-26"
    assert parse_date("on 23rd September, 2031") == "2031-09-23"
    assert parse_date("by the 31st of October 2031") == "2031-10-31"
    assert parse_date("21st Jan, 2031") == "2031-01-21"


def test_an_event_organised_on_a_day_after_a_long_name() -> None:
    text = (
        "Published on: May 24, 2031\n"
        "The Department of Ophthalmology organized a Continuing Medical Education (CME) program "
        "under the Regional Eye Education Initiative (REEI) on 26th April 2031. Held at the "
        "Lister Auditorium, the event drew 150 doctors.\n"
    )
    assert dates(text)[0] == "2031-04-26"


def test_yearless_session_days_under_the_one_named_year() -> None:
    text = (
        "CME for Lakeside Convention 2031\n"
        "CME Points Awarded\n"
        "16 May\n(08:45 - 12:00)\n"
        "16 May\n(13:15 - 17:45)\n"
        "17 May\n(09:00 - 12:00)\n"
    )
    assert dates(text)[:2] == ("2031-05-16", "2031-05-17")
    # two years named: the year of the days is not known
    two_years = "Lakeside Convention 2031 and Harbor Forum 2032\n16 May\n(08:45 - 12:00)\n"
    assert dates(two_years)[:2] == (None, None)


def test_a_yearless_held_on_day_takes_the_one_named_year() -> None:
    text = (
        " date 2030-11-24 Under the patronage of the Health Authority\n"
        "Launch of the 5th Harbor Skin Conference “HSC 2031”.\n"
        "The event will be held at the Lakeview Hotel, on the 10th and 11th of December, in the "
        "presence of guests.\n"
    )
    assert dates(text)[:2] == ("2031-12-10", "2031-12-11")


def test_a_page_timestamp_off_the_five_minutes_is_no_session() -> None:
    text = (
        "Doctors' association holds conference in Lakeport from April 8 to 17\n"
        "10 March 2031 | 12:22 am\n"
        "Over 1000 members will gather in Lakeport.\n"
    )
    assert dates(text)[0] is None
    session = "Spring Ethics Forum\n10 March 2031 | 12:30 pm\nA forum for staff.\n"
    assert dates(session)[0] == "2031-03-10"


def test_the_event_will_begin_on_a_day_but_registration_is_no_event() -> None:
    text = "The Sixth Harbor Skin Conference (HSC) will begin on 23rd September, 2031, in Lakeport."
    assert dates(text)[0] == "2031-09-23"
    assert dates("Registration will begin on June 1, 2031 for the Harbor Forum.")[0] is None
    assert dates("Registration opens on June 1, 2031 for the Harbor Forum.")[0] is None


def test_a_claim_deadline_with_an_ordinal_day() -> None:
    text = "Reflections will be allowed until Friday, November 10th, 2031 at 11:59 pm EST."
    assert dates(text)[2] == "2031-11-10"


def test_an_availability_range_in_prose_is_release_and_expiry() -> None:
    text = "Self-study module.\nThis activity is valid from January 1, 2031 to December 31, 2031.\n"
    assert dates(text) == ("2031-01-01", None, "2031-12-31")
    text = "The recorded course is available online from 3/1/2031 - 2/28/2032 for credit.\n"
    assert dates(text) == ("2031-03-01", None, "2032-02-28")


def test_a_yearless_day_under_a_date_key_takes_the_named_year() -> None:
    text = "Harbor 2031 Spring Symposium\nDate: Friday, March 21\nTime: 8:00 AM - 4:00 PM\n"
    assert dates(text)[0] == "2031-03-21"
    # the weekday does not fit 2031: no date
    assert dates("Harbor 2031 Spring Symposium\nDate: Monday, March 21\n")[0] is None


def test_a_list_of_month_lines_is_an_archive_not_an_edition() -> None:
    text = "Blog archive\nMarch 2031\nFebruary 2031\nJanuary 2031\nWound care tips\n"
    assert dates(text)[0] is None


def test_a_copyright_year_names_nothing() -> None:
    assert named_years("Copyright 2029 Lakeside Press. All rights reserved.") == set()
    assert named_years("© 2029 Harbor Health | Privacy") == set()
    assert named_years("(c) 2029 Harbor Health") == set()


def test_a_window_word_far_from_the_range_leaves_the_event_range() -> None:
    text = "The conference, available to all members, takes place May 3-5, 2031 in Riverton."
    assert dates(text)[:2] == ("2031-05-03", "2031-05-05")


def test_claiming_credit_for_an_event_held_on_days_is_no_claim_window() -> None:
    text = "Delegates can claim credit for the congress held 3-5 May 2031 in Riverton."
    assert dates(text) == ("2031-05-03", "2031-05-05", None)


def test_dated_notes_of_a_page_history_and_numbered_parts_are_no_event() -> None:
    text = (
        "Version history\n1 March 2031: first release of the module\n"
        "2 March 2031: typo fixed in part two\nOnline course, self-paced.\n"
    )
    assert dates(text)[:2] != ("2031-03-01", "2031-03-02")
    assert dates("Modules 1 - 3\nMarch 2031\nSelf-paced online course\n")[:2] != (
        "2031-03-01",
        "2031-03-03",
    )


def test_a_day_after_a_venue_in_prose() -> None:
    text = (
        "The observance of World Kidney Day continued at Lakeside Hospital on Saturday, "
        "March 8, 2031. The doctors' workshop drew 80 guests.\n"
    )
    assert dates(text)[0] == "2031-03-08"


def test_a_claim_deadline_after_a_web_address() -> None:
    text = (
        "Complete an online evaluation and CPE recording form located at "
        "www.lakesidepharmacy.org/education by April 1, 2032. Release Date: June 28, 2031"
    )
    assert dates(text)[2] == "2032-04-01"
