"""Titles and descriptions (docs/corpus.md "Title", "Description"; R-TI-1..3, R-DE-1..3).

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.parsing.descriptions import paragraph_cut
from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.titles import clean_title


def test_rule_ti3_clean_title_drops_notes_a_page_appends_to_the_name() -> None:
    assert clean_title("Wound Basics for Carers (3 CE Hours)") == "Wound Basics for Carers"
    assert clean_title("Wound Basics for Carers - 2 Contact Hours") == "Wound Basics for Carers"
    assert clean_title("Wound Basics for Carers (Sold Out!)") == "Wound Basics for Carers"
    assert clean_title("Wound Basics for Carers $35.00") == "Wound Basics for Carers"
    assert clean_title("Wound Basics for Carers - March 3, 2027") == "Wound Basics for Carers"
    assert clean_title("CE: Wound Basics for Carers") == "Wound Basics for Carers"
    assert clean_title("About the Wound Basics Course") == "Wound Basics Course"


def test_rule_ti3_clean_title_keeps_what_belongs_to_the_name() -> None:
    # a colon, a dash between parts of the name, a run's date in parentheses stay
    assert clean_title("Knee Pain: A Practical Review") == "Knee Pain: A Practical Review"
    assert clean_title("Lipids - Part 2 - Statins in Older Adults") == (
        "Lipids - Part 2 - Statins in Older Adults"
    )
    assert clean_title("Sleep Medicine Update (June 2027)") == "Sleep Medicine Update (June 2027)"


def test_rule_ti1_a_colon_title_is_a_title_not_a_key() -> None:
    text = "Knee Pain: A Practical Review for Primary Care\nRelease Date: 01/05/2027\n"
    assert parse_rules(text).record["title"] == "Knee Pain: A Practical Review for Primary Care"
    # a one-word label before a colon is a field, not a title
    text = "Organization: Lakeside Learning Group\nKnee Pain in Runners\n"
    assert parse_rules(text).record["title"] == "Knee Pain in Runners"


def test_rule_ti1_a_question_after_a_colon_is_a_titles_second_part() -> None:
    text = "Frequently Asked Questions?\nHand Hygiene: Are We Doing Enough?\nRelease Date: 2027\n"
    assert parse_rules(text).record["title"] == "Hand Hygiene: Are We Doing Enough?"


def test_rule_ti2_site_chrome_and_short_menu_lines_lose_to_the_named_activity() -> None:
    text = (
        "Text Size\n"
        "Members\n"
        "Home > Education > Courses\n"
        "Nurse Practitioner (NP)\n"
        "Live Interactive Webinar\n"
        "About Course #Q4410\n"
        "Managing Gout in the Clinic\n"
        "In Managing Gout in the Clinic, two rheumatologists review flares, urate targets and "
        "the medicines that lower them.\n"
    )
    assert parse_rules(text).record["title"] == "Managing Gout in the Clinic"


def test_rule_ti1_a_heading_the_page_names_again_beats_an_earlier_heading() -> None:
    text = (
        "Harbor Valley Health News\n"
        "Spring Updates From Our Teams\n"
        "Safe Opioid Tapering Workshop\n"
        "The Safe Opioid Tapering Workshop meets on two evenings for prescribers in the region.\n"
    )
    assert parse_rules(text).record["title"] == "Safe Opioid Tapering Workshop"


def test_rule_de3_paragraph_cut_stops_at_a_glued_key_and_drops_an_objectives_lead_in() -> None:
    para = "This course reviews gout care. After the course, participants will be able to:"
    assert paragraph_cut(para) == "This course reviews gout care."
    glued = "This course reviews gout care. Learning Objectives: Describe urate targets."
    assert paragraph_cut(glued) == "This course reviews gout care."
    # a colon that does not open the objectives stays (R-LY-2b)
    goals = "This course reviews gout care in depth. The program goals are as follows:"
    assert paragraph_cut(goals) == goals


def test_rule_de2_one_paragraph_and_never_the_audience_paragraph() -> None:
    text = (
        "Gout Today\n"
        "Target Audience\n"
        "This activity is designed to meet the educational needs of family physicians and "
        "nurse practitioners who treat adults with gout in primary care clinics.\n"
        "Gout flares send many adults to urgent care; this module shows how to prevent them "
        "with urate-lowering therapy and how to treat a flare at home.\n"
        "A second paragraph goes on with the subject and names the three cases the module uses "
        "to teach dose titration step by step.\n"
    )
    desc = parse_rules(text).record["description"]
    assert desc.startswith("Gout flares send many adults")
    assert "second paragraph" not in desc


def test_rule_de2_a_paragraph_about_the_activity_beats_one_on_its_subject() -> None:
    text = (
        "Gout Today\n"
        "Gout affects one adult in twenty and most of them are treated in primary care, where "
        "flares are common and urate targets are rarely reached.\n"
        "In this webinar, two rheumatologists walk through urate-lowering therapy and the "
        "treatment of a flare at home, with time for questions.\n"
    )
    assert parse_rules(text).record["description"].startswith("In this webinar")
    # with no paragraph about the activity, the first paragraph on the subject
    subject_only = text.split("In this webinar")[0]
    assert parse_rules(subject_only).record["description"].startswith("Gout affects")


def test_rule_ti4_an_eaccme_statement_names_the_event() -> None:
    text = (
        "CME Credits\n"
        "The Nordic Wound Forum 2027, Oslo, Norway, 03/05/2027 - 05/05/2027 has been accredited by "
        "the European Accreditation Council for Continuing Medical Education (EACCME®) with 12 "
        "European CME credits (ECMEC®s).\n"
    )
    assert parse_rules(text).record["title"] == "Nordic Wound Forum 2027"


def test_rule_ti5_a_page_without_a_heading_names_its_activity_in_prose() -> None:
    text = (
        "Lakeside College will host the 2027 Rural Wound Care Symposium (RWCS) on its north "
        "campus in May, for nurses and paramedics of the region.\n"
        "Speakers from three hospitals will present cases.\n"
    )
    assert parse_rules(text).record["title"] == "2027 Rural Wound Care Symposium (RWCS)"
    # a heading-like line wins over a name in prose
    assert parse_rules("Wound Care Day\n" + text).record["title"] == "Wound Care Day"


def test_rule_de3_a_paragraph_that_opens_the_objectives_is_the_description_without_it() -> None:
    text = (
        "Gout Today\n"
        "The purpose of this course is to help clinicians prevent gout flares with urate-lowering "
        "therapy and treat a flare at home. After the course, you will be able to:\n"
        "- Set a urate target\n"
        "- Treat a flare\n"
        "Gout affects one adult in twenty and most of them are treated in primary care, where "
        "flares are common and targets are rarely reached.\n"
    )
    desc = parse_rules(text).record["description"]
    assert desc.startswith("The purpose of this course")
    assert desc.endswith("treat a flare at home.")


def test_rule_ti2_an_identifiers_label_and_value_is_a_field_not_a_title() -> None:
    text = (
        "Available Until 6/17/2027\n\n"
        "Advanced Wound Care Specialty Review Course for Recertification, Workbook Chapters and "
        "Practice Exam Package for Nurses (Item 12)\n\n"
        "Course Numbers: Several – see the table below\n"
        "Release Date: June 17, 2026\n"
    )
    title = parse_rules(text).record["title"]
    assert title is not None
    assert title.startswith("Advanced Wound Care Specialty Review Course")


_BODY = "Leg Ulcer Dressings in Primary Care\n\nRead the article, then pass the test.\n"


def test_rule_ti2_a_required_elements_heading_is_a_field_not_a_title() -> None:
    # ACCME's list of what an enduring material must communicate (data/title_noise.json)
    for heading in (
        "Method of Learner Participation in the Learning Process",
        "Estimated Time to Complete the Educational Activity",
        "Learning Method and Medium",
        "Medium or Combination of Media Used",
    ):
        assert parse_rules(f"{heading}\n\n{_BODY}").record["title"] == (
            "Leg Ulcer Dressings in Primary Care"
        ), heading


def test_rule_ti2_a_heading_on_how_to_claim_credit_is_not_a_title() -> None:
    for heading in ("Claiming Your Credits", "Earning CPD Points", "Request for Credit Survey"):
        assert parse_rules(f"{heading}\n\n{_BODY}").record["title"] == (
            "Leg Ulcer Dressings in Primary Care"
        ), heading


def test_rule_ti2_professions_with_their_degrees_are_an_audience_not_a_title() -> None:
    for heading in ("Nurses (RN or LPN)", "Physician Assistants (in TX)", "Pharmacists (RPh)"):
        assert parse_rules(f"{heading}\n\n{_BODY}").record["title"] == (
            "Leg Ulcer Dressings in Primary Care"
        ), heading


def test_rule_ti2_an_identifiers_label_before_a_dash_and_code_is_not_a_title() -> None:
    text = f"Universal Activity Number (UAN) - 0000-1111-27-042-H01-P\n\n{_BODY}"
    assert parse_rules(text).record["title"] == "Leg Ulcer Dressings in Primary Care"


def test_rule_ti2_a_line_of_professions_is_an_audience_not_a_title() -> None:
    for heading in ("Pharmacist, Pharmacy Technician, Nurse", "Other Healthcare Professionals"):
        assert parse_rules(f"{heading}\n\n{_BODY}").record["title"] == (
            "Leg Ulcer Dressings in Primary Care"
        ), heading
    # a title that names its audience after a preposition stays a title
    assert parse_rules("Wound Care for Practice Nurses\n\nRead on.\n").record["title"] == (
        "Wound Care for Practice Nurses"
    )


def test_rule_ti2_a_generic_section_heading_is_not_a_title() -> None:
    for heading in (
        "Frequently Asked Questions",
        "Educational Materials",
        "Course Content/Format",
        "Technical Requirements",
        "Software/Hardware Requirements",
        "Continuing Nursing Education",
    ):
        assert parse_rules(f"{heading}\n\n{_BODY}").record["title"] == (
            "Leg Ulcer Dressings in Primary Care"
        ), heading


def test_rule_ti2_a_day_and_date_line_without_a_year_is_not_a_title() -> None:
    for heading in ("Thursday, March 6", "Live Friday February 21", "Day One (Tuesday 8 June)"):
        assert parse_rules(f"{heading}\n\n{_BODY}").record["title"] == (
            "Leg Ulcer Dressings in Primary Care"
        ), heading
    assert parse_rules(f"March Madness in the Clinic\n\n{_BODY}").record["title"] == (
        "March Madness in the Clinic"
    )
    assert parse_rules(f"8:30am EST – 4:00pm EST\n\n{_BODY}").record["title"] == (
        "Leg Ulcer Dressings in Primary Care"
    )


def test_rule_ti6_a_news_headline_gives_the_name_of_the_activity_it_reports() -> None:
    for headline in (
        "Lakeside Hospital Hosts Annual Rural Wound Care Symposium in Dayton",
        "Lakeside College holds its Third Regional Wound Care Conference",
        "Nurses Guild to Launch Wound Care Certificate Course Next Month",
    ):
        title = parse_rules(f"{headline}\n\nThe event drew 300 nurses.\n").record["title"]
        assert title in (
            "Annual Rural Wound Care Symposium",
            "Third Regional Wound Care Conference",
            "Wound Care Certificate Course",
        ), headline


def test_rule_ti2_a_link_line_is_page_chrome_not_a_title() -> None:
    text = f"For details and to register, click here\n\n{_BODY}"
    assert parse_rules(text).record["title"] == "Leg Ulcer Dressings in Primary Care"


def test_rule_ti2_an_organisations_name_alone_is_a_provider_not_a_title() -> None:
    for heading in (
        "Northern Wound Nurses Association",
        "Lakeside School of Nursing",
        "Royal College of Wound Nurses",
    ):
        assert parse_rules(f"{heading}\n\n{_BODY}").record["title"] == (
            "Leg Ulcer Dressings in Primary Care"
        ), heading
    # an organisation's name before an activity noun is the activity's name
    name = "Northern Wound Nurses Association Annual Conference"
    assert parse_rules(f"{name}\n\nJoin us in May.\n").record["title"] == name
