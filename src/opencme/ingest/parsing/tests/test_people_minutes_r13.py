"""Faculty and length classes of the thirteenth session (synthetic text, one class a test)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def test_a_bare_names_credentials_wrapped_onto_the_line_under_it() -> None:
    text = "Widgets Course\nPresenter:\nJo Roberts\nBSN, RN\nBegin Now\n"
    assert parse_rules(text).record["faculty"] == ["Jo Roberts, BSN, RN"]
    # a name that has its credentials keeps them; the next line is not glued on
    text = "Widgets Course\nPresenter:\nJo Roberts, MD\nRN\n"
    assert parse_rules(text).record["faculty"] == ["Jo Roberts, MD"]


def test_a_maximum_time_to_complete_is_the_activitys_length() -> None:
    text = "Widgets\nThis educational activity should take a maximum of 2.0 hours to complete.\n"
    assert parse_rules(text).record["estimated_minutes"] == 120
    # a requirement's bound is still no length
    text = "Widgets\nLicensees must complete a minimum 3-hour course each year.\n"
    assert parse_rules(text).record["estimated_minutes"] is None


def test_post_nominals_in_brackets_after_the_name() -> None:
    text = "Widgets Course\n\n  • Ann Lee ( OD)\n  • Bo Park (OD, FAAO)\n"
    assert parse_rules(text).record["faculty"] == ["Ann Lee ( OD)", "Bo Park (OD, FAAO)"]
    # a role in brackets is no credential
    text = "Widgets Course\n\nSpeakers:\nAnn Lee, MD (Moderator)\n"
    assert parse_rules(text).record["faculty"] == ["Ann Lee, MD"]
    # a term and its own abbreviation in brackets is no person
    text = "Widgets Course\n\n  • Nurse Practitioner (NP)\n  • Physician Assistant (PA)\n"
    assert parse_rules(text).record["faculty"] == []


def test_a_programme_line_of_a_talk_in_quotes_then_its_speaker() -> None:
    text = (
        "Grand Rounds\nThis month's talks:\n  • “Ears for the Internist”—Jo Roe MD\n"
        "  • “Breast Cancer Update”—Al Ray MD, Chief of Surgery\n"
    )
    assert parse_rules(text).record["faculty"] == ["Jo Roe MD", "Al Ray MD"]


def test_faculty_who_were_included_in_a_past_event() -> None:
    text = (
        "Widgets Course\nThe opening was attended by faculty members which included "
        "Prof. Ann Lee, Prof. Bo Park and Dr. Cy Diaz.\n"
    )
    assert parse_rules(text).record["faculty"] == ["Prof. Ann Lee", "Prof. Bo Park", "Dr. Cy Diaz"]


def test_a_role_phrase_between_two_people_of_a_list() -> None:
    text = (
        "Widgets Course\nThe course is led by course director Ann Lee, MD and course "
        "co-directors Bo Park, MD, FACS, and Cy Diaz, MD.\n"
    )
    want = ["Ann Lee, MD", "Bo Park, MD, FACS", "Cy Diaz, MD"]
    assert parse_rules(text).record["faculty"] == want
    # a bare name after the role words is no person
    text = "Widgets Course\nThe course is led by Ann Lee, MD and staff Bo Park.\n"
    assert parse_rules(text).record["faculty"] == ["Ann Lee, MD"]


def test_people_with_honorifics_each_after_a_comma_and_an_appositive() -> None:
    text = (
        "Widgets Meeting\nKeynote speakers include Dr Ann Lee, on the theme of “Telehealth,” "
        "Dr Bo Park, Regional Office, on “Staffing”, and Prof Cy Diaz, on research.\n"
    )
    assert parse_rules(text).record["faculty"] == ["Dr Ann Lee", "Dr Bo Park", "Prof Cy Diaz"]


def test_a_verb_of_lasting_or_meeting_with_its_duration() -> None:
    text = "Tumor Board\nToday it meets every week for 90 minutes with new cases presented.\n"
    assert parse_rules(text).record["estimated_minutes"] == 90
    assert parse_rules("Widgets\nThe workshop lasts 3 hours.\n").record["estimated_minutes"] == 180
    # a range is no single length
    text = "Widgets\nThe workshop lasts 2-3 hours.\n"
    assert parse_rules(text).record["estimated_minutes"] is None


def test_a_duration_key_of_each_part_is_no_length_of_the_activity() -> None:
    text = "Widgets Series\nEstimated Time to complete each lesson: 2 hours\n"
    assert parse_rules(text).record["estimated_minutes"] is None
    text = "Widgets Series\nEstimated Time to complete: 2 hours\n"
    assert parse_rules(text).record["estimated_minutes"] == 120


def test_experts_including_people_with_honorifics() -> None:
    text = (
        "Widgets Diploma\nThe course is presented by leading experts, including Professor "
        "Ann Lee (Austria), Professor Bo Park (USA) and Professor Cy Diaz.\n"
    )
    want = ["Professor Ann Lee", "Professor Bo Park", "Professor Cy Diaz"]
    assert parse_rules(text).record["faculty"] == want
