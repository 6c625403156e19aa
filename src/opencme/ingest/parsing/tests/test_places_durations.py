"""Location and length of an activity: one test per class of wording (synthetic text)."""

from __future__ import annotations

from typing import Any

from opencme.ingest.parsing.parser import parse_rules


def rec(text: str) -> dict[str, Any]:
    out: dict[str, Any] = parse_rules(text).record
    return out


# --- estimated_minutes -----------------------------------------------------------------------


def test_a_duration_key_family_with_the_value_beside_or_under_it() -> None:
    assert rec("Intro to Widgets\nDuration: 2 Hours 35 Minutes\n")["estimated_minutes"] == 155
    assert rec("Intro to Widgets\nCompletion Time\n45 minutes\n")["estimated_minutes"] == 45
    assert (
        rec("Intro to Widgets\nCourse Length\n7.5 hours over 6 weeks\n")["estimated_minutes"] == 450
    )
    assert rec("Intro\nEstimated Time of Completion: 5 Hours\n")["estimated_minutes"] == 300
    assert rec("Intro\nInstructional Time\n5 hours, 30 minutes\n")["estimated_minutes"] == 330


def test_hours_in_words_and_hour_s() -> None:
    assert rec("Intro\nTime: One-half Hour\n")["estimated_minutes"] == 30
    assert rec("Intro\nEstimated course time: 1 hour(s).\n")["estimated_minutes"] == 60


def test_a_length_as_the_compound_modifier_of_the_activity() -> None:
    text = "Widgets Today\nThis 3-hour introductory ethics course covers boundaries.\n"
    assert rec(text)["estimated_minutes"] == 180
    assert rec("Learn anywhere with this 4 hour self-paced course.\n")["estimated_minutes"] == 240
    assert rec("This two-hour virtual session features experts.\n")["estimated_minutes"] == 120


def test_the_time_it_takes_to_complete() -> None:
    assert rec("Widgets\n• 1.25 hour to complete\n")["estimated_minutes"] == 75
    text = "Widgets\nThe content takes approximately 1 hour to complete.\n"
    assert rec(text)["estimated_minutes"] == 60


def test_credit_hours_ranges_and_parts_are_no_length() -> None:
    assert rec("Widgets\nThis activity awards 2 contact hours.\n")["estimated_minutes"] is None
    assert rec("Widgets\nThis course takes 5–10 hours to complete.\n")["estimated_minutes"] is None
    assert rec("Widgets\nThree 2 hour live webinars and exams.\n")["estimated_minutes"] is None
    text = "Widgets\nThe link is emailed 48 hours prior to the program.\n"
    assert rec(text)["estimated_minutes"] is None


# --- location --------------------------------------------------------------------------------


def test_a_location_key_family_and_its_value_cleaned() -> None:
    text = "Rounds\nLocation & Time: Smith Auditorium, Lakeside Hospital | 12:00-1:00PM\n"
    assert rec(text)["location"] == "Smith Auditorium, Lakeside Hospital"
    text = "Rounds\nLocation & Time:\n\n• Smith Auditorium, Lakeside Hospital (In-Person)\n"
    assert rec(text)["location"] == "Smith Auditorium, Lakeside Hospital"
    assert rec("Course\nVenue: Springfield, Ohio OR Online Webinar\n")["location"] == (
        "Springfield, Ohio"
    )


def test_a_meeting_tool_is_no_location() -> None:
    assert rec("Workshop\nLocation: ZOOM\n")["location"] is None
    assert rec("Workshop\nLocation: online via Zoom Meetings\n")["location"] is None


def test_a_venue_line_beside_the_date_or_time() -> None:
    text = "Widget Care Update\nMarch 3, 2027\n6:30 p.m.\nHawthorn Center, Columbia, MD\n"
    assert rec(text)["location"] == "Hawthorn Center, Columbia, MD"


def test_a_city_and_country_after_a_date_in_a_heading() -> None:
    text = "12th Congress of Widgetry, February 19-22, 2027, Lisbon, Portugal\n"
    assert rec(text)["location"] == "Lisbon, Portugal"


def test_a_venue_in_a_sentence_about_the_event() -> None:
    text = "The meeting will be held on 4 May 2027 at the Harbour View Hotel in Cape Town.\n"
    assert rec(text)["location"] == "Harbour View Hotel, Cape Town"
    text = "This month's rounds take place at 11:45 a.m. in the Jones Science Hall Amphitheater.\n"
    assert rec(text)["location"] == "Jones Science Hall Amphitheater"


def test_a_city_in_a_sentence_about_the_event() -> None:
    text = "The conference, to be held in Marlborough next month, opens to nurses.\n"
    assert rec(text)["location"] == "Marlborough"
    assert rec("Nurses will convene in Dunedin tomorrow.\n")["location"] == "Dunedin"
    assert rec("The meeting will be held in March.\n")["location"] is None


def test_a_length_modifying_another_noun_is_not_the_activitys() -> None:
    text = "Widgets\n8-Hour DEA Training Inquiries, email us.\n"
    assert rec(text)["estimated_minutes"] is None
    text = "Widgets\nIt meets the requirement of a minimum 3-hour approved course.\n"
    assert rec(text)["estimated_minutes"] is None


def test_an_eaccme_statement_with_dates_in_words() -> None:
    text = (
        "The 9th Widget Annual Meeting, Porto, Portugal, 19 – 21 October 2027 has been "
        "accredited by the European Accreditation Council for Continuing Medical Education.\n"
    )
    assert rec(text)["location"] == "Porto, Portugal"


def test_a_street_address_under_a_lead_in_or_beside_the_time() -> None:
    text = "Widgets\nJoin us in person at our location:\n\n12 Oak Parkway, Dayton, Ohio 45402\n"
    assert rec(text)["location"] == "12 Oak Parkway, Dayton, Ohio 45402"
    text = "Widgets\n9:00 a.m. - 1:00 p.m.\n\nShady Grove Commons\n96 Gudelsky Drive | Rockville\n"
    assert rec(text)["location"] == "Shady Grove Commons, 96 Gudelsky Drive, Rockville"


def test_a_place_with_a_state_code_beside_the_dates() -> None:
    text = "Widgets Summit\n\nRegency Grand Hill, Washington, DC\nApril 27-29, 2027\n"
    assert rec(text)["location"] == "Regency Grand Hill, Washington, DC"


def test_a_venue_named_with_initials() -> None:
    text = "The CME will be held on 26 May 2027 in the B.C. Roy Auditorium of the college.\n"
    assert rec(text)["location"] == "B.C. Roy Auditorium"


def test_a_duration_key_too_long_for_the_layout_or_without_a_colon() -> None:
    text = "Widgets\nEstimated time to complete the educational activity: 30 minutes\n"
    assert rec(text)["estimated_minutes"] == 30
    text = "Widgets\nEstimated Time to Complete the Educational Activity:\n1 hour\n"
    assert rec(text)["estimated_minutes"] == 60
    assert rec("Widgets\nDuration 1 hour(s).\n")["estimated_minutes"] == 60


def test_an_event_noun_and_its_city_but_not_a_field_or_a_recordings_place() -> None:
    text = "Attend the 28th Annual Conference and Expo in Chicago, June 19-23.\n"
    assert rec(text)["location"] == "Chicago"
    assert rec("Update Course in Internal Medicine.\n")["location"] is None
    text = "These were recorded during the Winter Meeting in Anaheim, California.\n"
    assert rec(text)["location"] is None


def test_a_venue_of_a_place_and_a_city_after_a_comma() -> None:
    text = "It will be held at the International Convention Center of Yucatan on 3 May 2027.\n"
    assert rec(text)["location"] == "International Convention Center of Yucatan"
    assert rec("The course took place in Grand Hyatt, Dubai.\n")["location"] == "Grand Hyatt, Dubai"


def test_a_venue_after_a_capitalised_verb_an_upper_case_time_or_before_its_day() -> None:
    text = "The CME ran on 26 April 2027. Held at the Lister Memorial Auditorium, it drew 150.\n"
    assert rec(text)["location"] == "Lister Memorial Auditorium"
    text = "Rounds are scheduled 12-1PM on May 3 and occur usually at Pinn Hall Auditorium.\n"
    assert rec(text)["location"] == "Pinn Hall Auditorium"
    text = "The workshop took shape at Harbour Island Hospital on Saturday, December 2.\n"
    assert rec(text)["location"] == "Harbour Island Hospital"


def test_an_address_with_an_ordinal_street_and_no_heading_as_a_place() -> None:
    text = (
        "Widgets\nMay 2, 2027\n7:30 a.m. to 5 p.m.\n\n"
        "King College, Lee Hall, Room 208\n600 S. 43rd St., Philadelphia\n"
    )
    assert (
        rec(text)["location"] == "King College, Lee Hall, Room 208, 600 S. 43rd St., Philadelphia"
    )
    text = (
        "Widgets\nSeptember 13, 2027 - September 21, 2027\nImportant Course Information\n"
        + "This is a hybrid course that you may attend in person or online. " * 3
        + "\n"
    )
    assert rec(text)["location"] is None


def test_the_content_measured_in_hours() -> None:
    text = "Widgets\nThis online course consists of 2 hours of lecture and video.\n"
    assert rec(text)["estimated_minutes"] == 120
    text = "Widgets\nThis course contains approximately 8 hours of video.\n"
    assert rec(text)["estimated_minutes"] == 480
    assert rec("Widgets\n• 30 virtual classroom hours\n")["estimated_minutes"] == 1800
    text = "Widgets\nIt includes 4 hours of content on risk. It contains 2 hours of CE credit.\n"
    assert rec(text)["estimated_minutes"] is None


def test_a_person_and_their_hospital_beside_a_date_is_no_venue() -> None:
    text = "Widget Rounds\nMarch 3, 2027\nJane Roe, MD, Lakeside Hospital\n"
    assert rec(text)["location"] is None


def test_an_in_noun_idiom_is_no_city() -> None:
    assert rec("Annual Widget Conference in Review, May 2027\n")["location"] is None
    assert rec("The Ethics Workshop in Practice.\n")["location"] is None
