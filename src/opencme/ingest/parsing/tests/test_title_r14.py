"""Classes of title misses met in the fourteenth session (docs/corpus.md "Title"; R-TI-*).

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.title_clean import clean_title
from opencme.ingest.parsing.title_cohesion import cohesion, page_words, unrelated
from opencme.ingest.parsing.title_noise import never_title
from opencme.ingest.parsing.title_prose import (
    acronym_year,
    defined_name,
    longer_name,
    lower_noun_name,
    on_name,
    quoted_after_noun,
)


def test_rule_ti1_a_slogan_the_page_never_speaks_of_again_is_no_title() -> None:
    text = (
        "Bright Minds, Brave Hearts\n"
        "Sign Up\n"
        "Early Mobilisation of Ventilated Patients in Step-Down Units\n"
        "Mobilisation of ventilated patients shortens their stay; this module shows nurses in "
        "step-down units how to start early mobilisation safely.\n"
        "Estimated time: 1 hour\n"
    )
    title = parse_rules(text).record["title"]
    assert title == "Early Mobilisation of Ventilated Patients in Step-Down Units"


def test_cohesion_counts_the_heading_words_the_page_uses_again() -> None:
    texts = ["bright minds, brave hearts", "ventilated patients", "patients who are ventilated"]
    counts = page_words("\n".join(texts))
    assert cohesion("Bright Minds, Brave Hearts", texts[0], counts) == 0.0
    assert cohesion("Ventilated Patients", texts[1], counts) == 1.0


def test_rule_ti3_a_byline_after_the_name_is_cut_off() -> None:
    for line, name in (
        (
            "Knee Pain in Young Runners presented by Mara Quint, PT, DPT",
            "Knee Pain in Young Runners",
        ),
        ("‘Gum Health and the Heart’, featuring Dr. Ivo Brandt, DDS", "Gum Health and the Heart"),
        (
            "Sleep Habits of Shift Workers by Lena K. Ortiz, MS 2 CE Credits",
            "Sleep Habits of Shift Workers",
        ),
    ):
        assert clean_title(line) == name, line
        text = f"{line}\nThis course reviews the subject for clinicians.\n"
        assert parse_rules(text).record["title"] == name, line
    # a name that holds "with" or "by" before no person stays whole
    assert clean_title("Living with Chronic Pain") == "Living with Chronic Pain"
    assert clean_title("Infection Spread by Hand Contact") == "Infection Spread by Hand Contact"


def test_rule_ti5_a_name_before_a_lower_case_activity_noun() -> None:
    # no heading: the name is in prose, before the noun in lower case
    course = (
        "Release date: 1 March 2031\n"
        "Funding for the Foundations of Knee Taping course came from the Lakeside Trust.\n"
        "Physiotherapists learn to tape the knee for sport.\n"
    )
    assert parse_rules(course).record["title"] == "Foundations of Knee Taping"
    event = (
        "Nurses from across the region will meet in Avonford for the LNA conference on 3 May.\n"
        "Speakers will cover staffing and wellbeing.\n"
    )
    assert parse_rules(event).record["title"] == "LNA conference"


def test_rule_ti5_a_quoted_name_after_an_activity_noun_and_a_comma() -> None:
    text = (
        "The society is hosting a free online event, ‘Sleep and the Ageing Heart’, on 4 June.\n"
        "Cardiologists will discuss sleep apnoea and arrhythmia.\n"
    )
    assert parse_rules(text).record["title"] == "Sleep and the Ageing Heart"
    # a quoted sentence after a comma is speech, not a name
    assert quoted_after_noun("at the conference, “We must act now.” she said") is None


def test_rule_ti2_credit_labels_and_the_disclosure_heading_are_never_titles() -> None:
    for line in (
        "ABIM MOC Points",
        "ANCC Contact Hours",
        "Disclosure of Conflicts of Interest and Relevant Financial Relationships",
        "Disclosures of Financial Relationships",
    ):
        assert never_title(line), line
    for line in ("Conflicts of Interest", "Disclosure of Medical Errors", "ECG Basics for Nurses"):
        assert not never_title(line), line


def test_rule_ti5_a_generic_heading_in_prose_is_no_name() -> None:
    text = (
        "Print\n"
        "Continuing Medical Education Program\n"
        "After completing this activity, the participant should be better able to:\n"
        "- Discuss the results of new research\n"
    )
    assert parse_rules(text).record["title"] is None


def test_rule_ti6_a_sentence_case_headline_naming_no_event_is_no_title() -> None:
    for line in (
        "LNA holds conference in Avonford from May 3 to 5",
        "Lakeside Clinic launches wound care initiative",
        "LNA to start Certificate course in Wound Care for Practice Nurses",
    ):
        text = f"{line}\nNurses from across the region met to share practice.\n"
        assert parse_rules(text).record["title"] is None, line
    # a headline naming its event gives the event (R-TI-6)
    text = "Lakeside Hospital Hosts Annual Wound Care Symposium in Avonford\nNurses met.\n"
    assert parse_rules(text).record["title"] == "Annual Wound Care Symposium"


def test_rule_ti2_the_items_under_an_audience_heading_are_never_titles() -> None:
    text = (
        "Series Description:\n"
        "The Lakeside Cardiology Grand Rounds is a monthly series for the hospital's staff.\n"
        "Target Audience:\n"
        "Nurse Practitioner (NP)\n"
        "Trainees of Allied Health Professions\n"
        "Session Objectives:\n"
        "After attending, learners should be able to:\n"
    )
    assert parse_rules(text).record["title"] == "Lakeside Cardiology Grand Rounds"


def test_rule_ti7_a_faculty_line_is_never_a_title() -> None:
    for line in (
        "Ana Quill-Marsh, MDiv, BCC",
        "Jo Ruiz, DNP, APRN-CNP",
        "Medical Officer, Division of Infection Prevention, Lakeside Regional "
        "Health Authority of the North",
    ):
        assert never_title(line), line
    assert not never_title("Sepsis, Shock and Fluids")
    assert not never_title("Wound Care, Part 2")


def test_rule_ti5_a_two_word_name_ending_in_an_activity_noun_before_a_course_noun() -> None:
    text = (
        "Series date: 01/09/2031 - 12/31/2031\n"
        "The Lakeside Rounds program offers staff a monthly hour to talk about their work.\n"
    )
    assert parse_rules(text).record["title"] == "Lakeside Rounds"
    assert lower_noun_name("the Knee Taping course") is None  # two words of a subject


def test_rule_ti3_a_code_or_format_words_after_the_closing_parenthesis_are_cut() -> None:
    assert clean_title("Knee Taping for Runners (Recorded Webinar) KT12") == (
        "Knee Taping for Runners (Recorded Webinar)"
    )
    assert clean_title("Dialectical Therapy (DBT) New Online Course") == "Dialectical Therapy (DBT)"
    # a format label in parentheses stays with the name
    assert (
        clean_title("Gout in Primary Care (Live Webinar)") == "Gout in Primary Care (Live Webinar)"
    )
    assert clean_title("Wound Care (WOC) for Home Nurses") == "Wound Care (WOC) for Home Nurses"


def test_rule_ti1_a_heading_wrapped_after_an_ampersand_is_joined() -> None:
    text = (
        "2031 Speaker Series\n"
        "Shoulder Pain &\n"
        "Rotator Cuff Tears in Older Adults\n"
        "Friday, March 18\n"
        "This course reviews rotator cuff tears in older adults and their care.\n"
    )
    title = parse_rules(text).record["title"]
    assert title == "Shoulder Pain & Rotator Cuff Tears in Older Adults"


def test_rule_ti3_a_site_tagline_and_a_catalogue_number_are_no_part_of_the_name() -> None:
    assert clean_title("Course # 40217 • Gout in Primary Care") == "Gout in Primary Care"
    text = (
        "LakeLearn - Continuing Education Online\n"
        "Read course content\n"
        "Course # 40217 • Gout in Primary Care: Diagnosis and Treatment\n"
        "Overview\n"
        "This course covers the diagnosis and treatment of gout in primary care.\n"
    )
    assert parse_rules(text).record["title"] == "Gout in Primary Care: Diagnosis and Treatment"


def test_rule_ti2_more_page_chrome_is_never_a_title() -> None:
    for line in (
        "Uploaded by Jo Smith",
        "Also read: Clinic Opens New Wing in Avonford",
        "Knee Taping YOU ARE HERE Advanced Certificate",
        "Knee Taping LEARN MORE Advanced Certificate",
        "Vision Seminars ©Jo Smith 2031 revision",
    ):
        text = f"{line}\nThe page goes on about other things for readers.\n"
        assert parse_rules(text).record["title"] is None, line


def test_rule_ti2_the_items_after_a_lead_in_sentence_are_never_titles() -> None:
    text = (
        "KTC - Course Format\n"
        "The course is apportioned between:\n"
        "  1. Lectures on Knee Taping Basics\n"
        "  2. Demonstrations on Live Models\n"
        "Printed lecture material is provided.\n"
    )
    assert parse_rules(text).record["title"] is None


def test_rule_ti5_a_name_in_prose_runs_on_through_of_and_capitalised_words() -> None:
    text = (
        "Doctors from the region gathered in Avonford for the 12th National Congress of "
        "Internal Medicine, which closed on Friday.\n"
        "Speakers discussed staffing.\n"
    )
    assert parse_rules(text).record["title"] == "12th National Congress of Internal Medicine"


def test_unrelated_is_cohesion_zero() -> None:
    texts = ["bright minds, brave hearts", "ventilated patients", "patients who are ventilated"]
    counts = page_words("\n".join(texts))
    for cand, own in (("Bright Minds, Brave Hearts", 0), ("Ventilated Patients", 1), ("Of", 1)):
        assert unrelated(cand, texts[own], counts) == (cohesion(cand, texts[own], counts) == 0.0)


def test_rule_ti1_a_short_heading_takes_the_full_name_the_page_gives_before_it() -> None:
    text = (
        "Wound Conference\n"
        "Every Tuesday the hospital's nurses and surgeons meet to review wound cases.\n"
        "The Interprofessional Wound Conference, held since 1998, meets every week.\n"
    )
    assert parse_rules(text).record["title"] == "Interprofessional Wound Conference"
    flat = "Upcoming Wound Conference\nJoin the Online Wound Conference today"
    assert longer_name("Wound Conference", flat) == "Wound Conference"
    assert longer_name("Annual Meeting", "the 2031 LNA Annual Meeting") == "2031 LNA Annual Meeting"


def test_rule_ti8_a_sentence_case_line_past_the_first_lines_is_no_title() -> None:
    text = (
        "Date: 24/02/2031 Location: Other\n"
        "This program equips nurses to manage leg ulcers in the community over six weeks.\n"
        "8 Educational activity hours\n"
        "10 Performance review hours\n"
        "32 Outcome measurement hours\n"
        "Managing ulcers at home\n"
        "Culturally safe practice\n"
    )
    assert parse_rules(text).record["title"] is None
    # the same line first on its page is the page's heading
    assert parse_rules("Leg ulcers in the community\n" + text).record["title"] == (
        "Leg ulcers in the community"
    )


def test_rule_ti8_a_title_case_heading_thirteen_lines_down_is_no_title() -> None:
    prose = "".join(
        f"Attendance rule number {n} applies to every session of the week.\n" for n in range(13)
    )
    text = prose + "Proof of Attendance Letters\nAttendance letters are sent by email.\n"
    assert parse_rules(text).record["title"] is None
    # the same heading near the top is the page's heading
    assert parse_rules("Proof of Attendance Letters\n" + prose).record["title"] == (
        "Proof of Attendance Letters"
    )


def test_rule_ti5_the_subject_a_paragraph_defines_is_the_name() -> None:
    text = (
        "The Lakeside Conference is a monthly meeting where surgeons discuss their cases.\n"
        "These Lakeside Rounds offer one hour of credit.\n"
    )
    assert parse_rules(text).record["title"] == "Lakeside Conference"
    assert defined_name("These Grand Rounds are a tradition") is None
    assert defined_name("Grand Rounds are an old tradition in medicine.") == "Grand Rounds"


def test_rule_ti5_a_name_set_off_by_commas_or_after_on() -> None:
    text = (
        "The society will present a live broadcast for clinicians on 3 May.\n"
        "The broadcast, Knee Pain in Runners: Current Controversies, will air at noon.\n"
    )
    assert parse_rules(text).record["title"] == "Knee Pain in Runners: Current Controversies"
    text = "Welcome to the training on Adolescent Sleep Problems provided by the Lakeside Trust.\n"
    assert parse_rules(text).record["title"] == "Adolescent Sleep Problems"
    assert on_name("a webinar on Tuesday March 3") is None


def test_rule_ti3_a_credit_note_after_a_comma_is_cut() -> None:
    assert (
        clean_title("Knee Taping: Theory and Practice, 8 hour")
        == "Knee Taping: Theory and Practice"
    )
    assert clean_title("Gout Update, 2 CE Credits") == "Gout Update"
    assert clean_title("Sepsis, Shock and Fluids") == "Sepsis, Shock and Fluids"
    text = "Knee Taping: Theory and Practice, 8 hour\nThis course teaches knee taping.\n"
    assert parse_rules(text).record["title"] == "Knee Taping: Theory and Practice"


def test_rule_ti1_a_heading_glued_to_the_first_sentence_is_cut_from_it() -> None:
    text = (
        "Care of the Diabetic Foot This course has been awarded 2.0 contact hours. Copyright "
        "2031 by Lakeside Learning. All rights reserved.\n"
    )
    assert parse_rules(text).record["title"] == "Care of the Diabetic Foot"


def test_rule_ti5_a_meeting_named_by_acronym_and_year_again_and_again() -> None:
    text = (
        "CME Information & Acquisition Procedure\n"
        "Please read the CME summary for sessions during LSM 2031 carefully.\n"
        "• 1.1 LSM 2031 has been accredited with a maximum of 20 CME credits.\n"
        "• 2. How to collect CME credits at LSM 2031\n"
    )
    assert parse_rules(text).record["title"] == "LSM 2031"
    assert acronym_year("at LSM 2031 and LSM 2031") is None  # twice is not enough


def test_rule_ti2_a_line_of_format_words_with_via_is_never_a_title() -> None:
    assert never_title("Live Training via Zoom")
    assert not never_title("Telehealth via Video for Rural Nurses")


def test_rule_ti5_a_name_in_prose_that_is_another_field_is_no_name() -> None:
    text = (
        "Earning CPD Units\n"
        "Guidelines on Earning CPD Units\n"
        "The certificates with the corresponding CPD units can be downloaded after the event.\n"
        "Breakdown of CPD unit credits are as follows:\n"
        "Plenary Lecture of Dr Ann Lee: 2 CPD Units\n"
    )
    assert parse_rules(text).record["title"] is None


def test_rule_ti2_an_institution_of_two_schools_is_never_a_title() -> None:
    assert never_title("The University of Lakeside School of Medicine and School of Nursing")
    assert never_title("University of Lakeside School of Medicine and School")
    assert not never_title("Wound Care of the Foot and Leg for Nurses")


def test_rule_ti3_an_images_alt_text_after_the_name_is_cut() -> None:
    assert (
        clean_title("Gout Care for Pharmacists gout website banner") == "Gout Care for Pharmacists"
    )
    assert clean_title("Knee Taping Course logo") == "Knee Taping Course"
    assert clean_title("Banner Health Wound Symposium") == "Banner Health Wound Symposium"


def test_rule_ti4_the_eaccme_event_without_its_glued_city_and_country() -> None:
    text = (
        "Accreditation and CME\n"
        "“The LSM Spring Meeting 2031AvonfordEngland, 15/02/2031-18/02/2031 has been accredited by "
        "the European Accreditation Council for Continuing Medical Education (EACCME®) with 12 "
        "European CME credits (ECMEC®s).”\n"
    )
    assert parse_rules(text).record["title"] == "LSM Spring Meeting 2031"


def test_rule_ti1_an_about_heading_naming_the_activity_wins() -> None:
    text = (
        "Medical CPD Courses\n"
        "Knee Taping for Health Professionals Course Information\n"
        "Contact us\n"
        "About the Knee Taping Portfolio Course\n"
        "One day of teaching and a portfolio of competence.\n"
    )
    assert parse_rules(text).record["title"] == "Knee Taping Portfolio Course"


def test_rule_ti5_a_name_quoted_after_a_naming_verb_further_down() -> None:
    prose = "".join(
        f"Paragraph {n} of the news story tells of the region's clinics.\n" for n in range(8)
    )
    text = prose + "The centre launched a course called “Gout Update 2031” for family doctors.\n"
    assert parse_rules(text).record["title"] == "Gout Update 2031"
