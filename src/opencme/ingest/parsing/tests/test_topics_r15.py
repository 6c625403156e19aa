"""Topics, round 15: classes of pages the proposer read wrong (docs/corpus.md "Topics").

Every listing is written for the test (invented names and wording, no corpus phrase); each test
fails without the change it names.
"""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.topics import ZONE_CONFIDENCE

DESIGNATION = (
    "Example Heart Society designates this live activity for a maximum of 6 AMA PRA "
    "Category 1 Credits."
)


def topics(text: str) -> list[str]:
    out: list[str] = parse_rules(text).record["topics"]
    return out


# --- sentences listing the activity's topics (topic_lists.py) ---------------------------------


def test_a_sentence_whose_subject_is_the_topics_lists_what_the_meeting_covers() -> None:
    text = (
        "Northfield Paediatric Meeting 2031\n\n"
        "The meeting gathers clinicians from many disciplines for two days. Main topic areas "
        "include airway care, fluid therapy, patient safety and sedation.\n\n"
        f"{DESIGNATION}\n"
    )
    draft = parse_rules(text)
    assert draft.record["topics"] == ["patient_safety"]
    assert draft.confidence["topics"] == ZONE_CONFIDENCE["topic_list"]


def test_topics_covered_in_the_activity_include_and_a_bulleted_topics_sentence() -> None:
    text = (
        "Ward Nursing Update 2031\n\n"
        "A yearly day for ward nurses at the county hospital.\n\n"
        "Topics covered in this update include falls, hand hygiene and discharge planning.\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == ["infection_control"]
    bulleted = text.replace("Topics covered in this update include", "• Key topics are")
    assert topics(bulleted) == ["infection_control"]


def test_the_highlights_or_theme_of_the_programme_anywhere_in_a_news_sentence() -> None:
    text = (
        "Society to hold annual update in Lakeside\n\n"
        "Over 500 doctors will gather in Lakeside for the society's yearly meeting.\n\n"
        "The organisers said the theme of the congress 'tropical care' encompasses several "
        "topics: fever, dengue and HIV.\n"
    )
    assert topics(text) == ["hiv_aids"]
    news = (
        "Hospital to hold update on infections\n\n"
        "The three-day event opens on Monday at the college.\n\n"
        "Other highlights of the CME programme are new vaccines and hand hygiene in wards.\n"
    )
    assert topics(news) == ["infection_control"]


def test_a_persons_topics_or_a_topic_named_in_passing_are_no_list_of_the_activity() -> None:
    text = (
        "Fluid Therapy in Children\n\n"
        "This course reviews fluid therapy in children.\n\n"
        "Dr. Ann Example is a paediatrician. Her research topics include HIV and ethics.\n\n"
        "The speaker has given lectures on topics including palliative care.\n\n"
        "Subjects are recruited from HIV clinics for her studies.\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == []


# --- a title naming the activity a self-assessment (topic_cues.json title_terms) -------------


def test_a_title_naming_the_activity_a_self_assessment_gives_self_assessment() -> None:
    for title in (
        "Valve Disease Update (with Self-Assessment)",
        "Board Review: Paediatric Nephrology Self-Assessment",
    ):
        text = f"{title}\n\nThis course reviews valve disease in adults.\n\n{DESIGNATION}\n"
        assert topics(text) == ["self_assessment"], title


def test_an_objective_on_the_learners_performance_on_the_self_assessment() -> None:
    text = (
        "Renal Board Review Questions\n\n"
        "Learning Objectives\n"
        "- Review current evidence on acute kidney injury.\n"
        "- Reflect on your score on the self-assessment and plan further study.\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == ["self_assessment"]


def test_self_assessment_of_something_or_in_prose_is_no_self_assessment_activity() -> None:
    text = (
        "Self-Assessment of Burnout in Resident Physicians\n\n"
        "This course reviews burnout. Learners practise self-assessment and reflection.\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == []


# --- opioid vocabulary: the REMS's drugs, misuse as the disorder, "opioids and pain" ----------


def test_er_la_opioids_name_the_rems_prescribing_subject() -> None:
    text = (
        "Long-Acting Analgesics in Practice\n\nDescription\n"
        "ER/LA opioids carry risks that prescribers must weigh for each patient in their "
        "practice. The cases follow three patients over a year of treatment in a busy clinic.\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == ["opioid_prescribing"]


def test_prescription_opioid_misuse_is_the_disorder_not_prescribing() -> None:
    text = (
        "Prescription Opioid Misuse in Rural Counties\n\n"
        "This course reviews the treatment of addiction in rural clinics.\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == ["substance_use_disorders"]


def test_opioids_and_pain_as_one_subject_name_both_topics() -> None:
    text = f"Scheduled Drugs: Opioids & Pain in Clinic\n\nA home-study course.\n\n{DESIGNATION}\n"
    assert topics(text) == ["opioid_prescribing", "pain_management"]


# --- a lead saying the activity will include or discuss what follows (topic_outline.py) ------


def test_a_lead_saying_the_activity_will_include_what_follows_opens_its_outline() -> None:
    text = (
        "Contraception Update for Pharmacists\n\n"
        "The evening session is run with the regional college. It will include:\n\n"
        "  • A case discussion of dosing questions\n"
        "  • A panel on consent; suspected child abuse and the duty to report\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == ["child_abuse"]


def test_a_lead_saying_we_will_debate_the_questions_that_follow_opens_its_outline() -> None:
    text = (
        "Rural Wound Care Forum\n\n"
        "Over one day, we will share new practice as we debate the questions facing our field:\n\n"
        "  • Who should dress chronic wounds at home?\n"
        "  • How can we meet complex ethical challenges in home care?\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == ["ethics"]


def test_cultural_awareness_coordinated_with_sensitivity_is_cultural_competency() -> None:
    text = (
        "Grief Work with Teenagers\n\n"
        "Learning Objectives\n"
        "- Describe three grief responses common in adolescence.\n"
        "- Apply cultural awareness and sensitivity when counselling grieving teenagers.\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == ["cultural_competency"]


def test_sentences_glued_without_a_space_are_still_sentences_of_the_description() -> None:
    text = (
        "Inhaler Technique in Clinic\n\nDescription\n"
        "This course is an update on asthma inhalers in clinic practice for the whole team."
        "The content will include device technique, dosing and follow-up of young adults."
        "In addition, it touches on hand hygiene when cleaning spacers at home.\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == []


def test_an_opioid_prescribing_course_speaks_of_use_disorders_as_the_risk() -> None:
    body = (
        "\n\nDescription\n"
        "Clinicians who start patients on long-term treatment need a plan for each visit. "
        "Some patients will develop an opioid use disorder during treatment. "
        "Screening for substance use disorders lowers that risk.\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics("Safer Opioid Prescribing in the Clinic" + body) == ["opioid_prescribing"]
    assert topics("Long-Term Treatment Plans in the Clinic" + body) == ["substance_use_disorders"]


def test_a_sentence_saying_the_activity_presents_or_teaches_after_a_leading_clause() -> None:
    text = (
        "Home Wound Dressing Skills\n\n"
        "Dressings are changed at home more often than in clinics, mostly by visiting nurses. "
        "With two evenings of hands-on practice, and a manual to keep, this workshop will teach "
        "nurses the basics of pain management during dressing changes.\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == ["pain_management"]


def test_pain_control_and_implicit_and_explicit_bias_name_their_topics() -> None:
    text = (
        "Chairside Comfort for Hygienists\n\n"
        "Learning Objectives\n"
        "- Describe pain control before scaling in anxious adults.\n"
        "- Recognise implicit and explicit bias in scheduling decisions.\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == ["pain_management", "implicit_bias"]
