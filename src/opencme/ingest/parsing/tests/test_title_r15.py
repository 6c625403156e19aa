"""Classes of title misses met in the fifteenth session (docs/corpus.md "Title"; R-TI-*).

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.title_clean import is_note
from opencme.ingest.parsing.title_forms import short_forms
from opencme.ingest.parsing.title_noise import never_title
from opencme.ingest.parsing.title_prose import drop_owner


def test_rule_ti10_one_word_name_over_the_activity_fields_is_the_title() -> None:
    text = (
        "Gout\n"
        "Contact Hours: 2\n"
        "Cost: $15.00\n"
        "Gout is the commonest inflammatory arthritis in adults; flares of gout are often "
        "treated late.\n"
        "Objectives\n"
        "- Describe the causes of gout.\n"
    )
    assert parse_rules(text).record["title"] == "Gout"


def test_rule_ti10_an_amount_of_time_before_the_subject_stays_in_the_name() -> None:
    text = (
        "3 Hour Wound Assessment\n"
        "- Estimated Time: 180 minutes\n"
        "- Credits: 3.0 CEU\n"
        "This course reviews wound assessment in community care and how to document a "
        "wound's assessment.\n"
    )
    assert parse_rules(text).record["title"] == "3 Hour Wound Assessment"


def test_rule_ti10_a_one_word_part_after_the_colon_over_the_fields() -> None:
    text = (
        "Rural Nursing: Dehydration\n"
        "Module Description:\n"
        "Older patients in remote clinics are at risk of dehydration, and dehydration is "
        "often missed at triage.\n"
        "Target Audience\n"
        "Nurses working in rural clinics.\n"
    )
    assert parse_rules(text).record["title"] == "Rural Nursing: Dehydration"


def test_rule_ti10_a_brand_or_site_word_over_the_fields_is_no_title() -> None:
    # "Lumio" is never used again in lower case: a site's or brand's name, not the subject
    text = (
        "Lumio\n"
        "Contact Hours: 2\n"
        "Lumio courses are written by nurses. This course reviews the causes of gout and how "
        "gout is treated in primary care.\n"
    )
    assert parse_rules(text).record["title"] != "Lumio"
    # a section word over the fields is never a title either
    text = "Course\nInstructional Level: Beginner\nThe course reviews gout and its course.\n"
    assert parse_rules(text).record["title"] != "Course"


def test_rule_ti3_a_name_with_an_amount_and_a_credit_word_is_no_note() -> None:
    # a number and a credit word make a note only when no subject is named with them
    assert not is_note("Type 2 Diabetes Foot Care CME Module")
    assert not is_note("3 Hour Wound Assessment")
    for note in (
        "2 CE Credits",
        "(1 CE Hour)",
        "8 hour",
        "Earn 2 CME Credits",
        "1.5 Contact Hours",
    ):
        assert is_note(note), note


def test_rule_ti5_a_number_inside_a_name_in_prose_stays_in_it() -> None:
    text = (
        "Practice improvement credit can be earned through a structured self-assessment of "
        "the care you give.\n"
        "Your goal is to improve the care of your patients with chronic diseases.\n"
        "Lakeview Type 2 Diabetes Foot Care CME Module is approved by the board and is "
        "eligible for credit.\n"
    )
    assert parse_rules(text).record["title"] == "Lakeview Type 2 Diabetes Foot Care CME Module"


def test_rule_ti2_a_label_before_its_value_and_a_list_of_licences_are_never_titles() -> None:
    # the tagger's choice is checked with never_title (reading/extract.py)
    assert never_title("Enrol by")
    assert never_title("Presented by")
    assert never_title("Enrol by: 29 Dec 2031")  # the label and its value on one line
    assert never_title("RN, LPN, CNA")  # letters the vocabulary may not know, beside known ones
    assert not never_title("Sepsis by the Numbers")
    assert not never_title("HIV/AIDS Update")


def test_rule_ti1_a_name_the_page_names_again_by_its_acronym_wins() -> None:
    text = (
        "Lakeside Recertification Pathway\n"
        "Adult Wound Care Knowledge Check (KC)\n"
        "The 2031 Adult Wound Care KC is a self-paced activity for independent study.\n"
        "Lakeside nurses who choose the Adult Wound Care KC for their recertification will "
        "receive a printed workbook; the pathway takes seven years.\n"
    )
    assert parse_rules(text).record["title"] == "Adult Wound Care Knowledge Check (KC)"


def test_short_forms_of_a_name_ending_in_its_acronym() -> None:
    assert short_forms("Adult Wound Care Self-Check Exercise (SCE)") == [
        "Adult Wound Care Self-Check Exercise",
        "Adult Wound Care SCE",
    ]
    assert short_forms("Wound Care Update") == []


def test_rule_ti5_a_name_read_from_a_sentence_drops_its_owner_possessive() -> None:
    text = (
        "The LSA is widening its teaching on knee imaging with a first course this spring.\n"
        "Knee imaging is demanding and operator dependent. The LSA’s Knee Imaging Skills "
        "Course is an intense two-day course for sports physicians.\n"
    )
    assert parse_rules(text).record["title"] == "Knee Imaging Skills Course"
    assert drop_owner("Avonford’s Meeting") == "Avonford’s Meeting"  # two words: the name


def test_rule_ti7_the_reader_s_own_question_is_never_a_title() -> None:
    assert never_title("How do I claim my wound care hours?")
    assert never_title("Can I take the module twice?")
    assert not never_title("Knee Pain in Runners: Am I Missing Something?")


def test_rule_ti9_a_name_listed_among_others_in_parentheses_is_another_s() -> None:
    text = (
        "Our experts will guide participants through common decisions in remote care and "
        "how to weigh them. Credit hours earned from the Society’s webinar series (Remote "
        "Care Roundtables, Rural Practice Chats, Night Shift Stories) can be combined for a "
        "discount.\n"
    )
    assert parse_rules(text).record["title"] is None


def test_rule_ti1_a_question_after_the_name_and_a_comma_is_part_of_the_title() -> None:
    text = (
        "Gout Flares in Primary Care, Who Needs Urate Lowering?\n"
        "Date & Time\n"
        "Saturday, August 13, 2031, 9:00 AM - 11:00 AM\n"
        "This workshop reviews gout flares and when urate lowering starts.\n"
    )
    title = parse_rules(text).record["title"]
    assert title == "Gout Flares in Primary Care, Who Needs Urate Lowering?"


def test_rule_ti1_a_line_labelled_with_its_credit_category_names_the_activity() -> None:
    text = (
        "Forgot Password?\n"
        "Return to Course Listing\n"
        "CME: Current and emerging approaches to gout in older adults with kidney disease: "
        "where to start and what to add\n"
        "Activity Description:\n"
        "In this online activity:\n"
        "Gout is common in older adults and treating it is harder when the kidneys fail.\n"
    )
    assert parse_rules(text).record["title"] == (
        "Current and emerging approaches to gout in older adults with kidney disease: "
        "where to start and what to add"
    )


def test_rule_ti11_the_subject_an_opening_paragraph_names_beats_a_section_heading() -> None:
    text = (
        "Course Overview\n"
        "The Advanced Certificate of Lakeside Wound Medicine will extend your knowledge and "
        "skill to manage most chronic wounds in general practice.\n"
        "This course is the second part of the Advanced Certificate of Lakeside Wound "
        "Medicine pathway.\n"
        "Entry requirements\n"
        "This course is for general practitioners only and follows the first certificate.\n"
        "Recognition of Earlier Study\n"
        "Earlier study may be recognised for entry; send us your transcripts.\n"
    )
    title = parse_rules(text).record["title"]
    assert title == "Advanced Certificate of Lakeside Wound Medicine"


def test_rule_ti6_a_headline_s_length_of_the_event_is_no_part_of_its_name() -> None:
    text = (
        "Press Release\n"
        "Lakeside Health Hosts Two-Day Kidney Conference in Avonford\n"
        "11 Nov 2031\n"
        "Lakeside Renal Centre marked the launch of the Lakeside Health Kidney Conference on "
        "Saturday, with speakers on dialysis and transplant care.\n"
    )
    assert parse_rules(text).record["title"] == "Lakeside Health Kidney Conference"


def test_rule_ti5_a_joint_event_s_second_ordinal_stays_in_the_name() -> None:
    text = (
        "The Lakeside Society of Physicians and the Avonford College of Physicians will "
        "jointly host the 4th LSP and 12th ACP Annual Scientific Conferences from August 2 to "
        "5, 2031, at the Riverside Hotel.\n"
        "The conferences bring together physicians from the region.\n"
    )
    title = parse_rules(text).record["title"]
    assert title == "4th LSP and 12th ACP Annual Scientific Conferences"


def test_rule_ti8_a_paragraph_s_wrapped_line_is_no_heading() -> None:
    text = (
        "Physicians who take part in the Lakeside wound care meeting this spring will all be "
        "given twenty points of their\n"
        "Continuing Professional Record Points for the Annual Period, issued by the Lakeside "
        "Board of Medicine\n"
        "The meeting runs from 15 to 18 August in Avonford.\n"
    )
    title = parse_rules(text).record["title"]
    assert title is None or not title.startswith("Continuing Professional Record")


def test_rule_ti5_an_event_named_in_spanish_or_portuguese_prose() -> None:
    text = (
        "Médicos especialistas em feridas e em cuidados da pele que participarem do 12º "
        "Congresso Brasileiro de Feridas\n"
        "Crônicas vão receber 10 pontos no certificado de atualização profissional, emitido "
        "pela Comissão\n"
        "O congresso será de 15 a 18 de agosto.\n"
    )
    assert parse_rules(text).record["title"] == "12º Congresso Brasileiro de Feridas Crônicas"
    text = "Para acceder es necesario estar inscrito a las 3as Jornadas Nacionales de Heridas.\n"
    assert parse_rules(text).record["title"] == "3as Jornadas Nacionales de Heridas"
