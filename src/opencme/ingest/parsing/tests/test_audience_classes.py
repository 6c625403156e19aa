"""Audience, specialties and topics classes (docs/corpus.md "Audience", "Specialties",
"Topics"; rules.md R-AU-1..3, R-SP-1) on short synthetic texts."""

from __future__ import annotations

from typing import Any

from opencme.ingest.parsing.audience_heads import names_people
from opencme.ingest.parsing.parser import parse_rules


def rec(text: str) -> dict[str, Any]:
    return parse_rules(text, "t").record


def test_an_item_whose_head_names_no_people_is_the_sentence_going_on() -> None:
    text = (
        "Heart Course\nThis course is designed for cardiologists, internists and pharmacists "
        "involved in the management of patients with, or at risk for, heart failure.\n"
    )
    assert rec(text)["audience"] == ["cardiologists", "internists", "pharmacists"]
    text = "Skin Course\nThis course is relevant to daily clinical practice.\n"
    assert rec(text)["audience"] == []


def test_a_lead_phrase_about_no_people_does_not_stop_the_search() -> None:
    text = (
        "Knee Course\nThis course is designed for successful outcomes after injury.\n"
        "Knee Surgery for Physical Therapists\n"
    )
    assert rec(text)["audience"] == ["physical therapists"]


def test_people_heads_agent_nouns_person_nouns_and_abbreviations() -> None:
    for item in (
        "clinical nurse specialists",
        "members of the academy",
        "others supporting the mental health of children",
        "dental assisting students",
        "aspiring supervisors",
        "lpn/lvn",
        "aprns",
        "health professionals",
        "neurosurgeons",
    ):
        assert names_people(item), item
    for item in ("practice setting", "management of patients with", "chronic wounds", "and"):
        assert not names_people(item), item


def test_a_field_of_practice_in_the_audience_list_is_a_specialty_not_an_audience() -> None:
    text = "Eye Course\nThis activity is intended for ophthalmology, nurses and pharmacists.\n"
    got = rec(text)
    assert got["audience"] == ["nurses", "pharmacists"]
    assert got["specialties"] == ["Ophthalmology"]


def test_a_two_letter_stem_before_ologists_is_a_specialty() -> None:
    text = "Stone Course\nTarget Audience\n\n  • Urologists\n  • Urologists in training\n"
    assert rec(text)["specialties"] == ["Urology"]


def test_topic_words_in_the_audience_sentence_of_a_description_are_no_topic() -> None:
    text = (
        "Wound Basics\n\n"
        "This microcredential is suited for carers of elderly people, disability carers and "
        "registered nurses. It covers wound assessment, dressings and the healing process "
        "in community settings across the region.\n"
    )
    got = rec(text)
    assert "carers of elderly people" in got["audience"]
    assert "elderly" in (got["description"] or "")
    assert "geriatrics" not in got["topics"]


def test_others_keep_the_clause_that_says_who_they_are() -> None:
    text = (
        "Tendon Course\nThis activity is designed for physicians, sonographers, and others who "
        "perform and/or interpret musculoskeletal ultrasound.\n"
    )
    assert rec(text)["audience"] == [
        "physicians",
        "sonographers",
        "others who perform and/or interpret musculoskeletal ultrasound",
    ]
    text = (
        "Supervision Course\nThis workshop is intended for new supervisors and individuals who "
        "are considering becoming a supervisor.\n"
    )
    assert rec(text)["audience"] == [
        "new supervisors",
        "individuals who are considering becoming a supervisor",
    ]
    # a named profession's clause is cut (R-AU-3)
    text = "Skin Course\nThis activity is designed for pharmacists who practice in dermatology.\n"
    assert rec(text)["audience"] == ["pharmacists"]


def test_the_professions_an_activity_equips_joined_by_and() -> None:
    text = (
        "ECG Course\nThis course is designed to equip nurse practitioners and primary care "
        "physicians with foundational knowledge in ECG interpretation.\n"
    )
    got = rec(text)
    assert got["audience"] == ["nurse practitioners", "primary care physicians"]
    assert got["specialties"] == ["Primary Care"]
    text = (
        "Obesity Course\nIt is the purpose of this course to familiarize pharmacists with drugs.\n"
    )
    assert rec(text)["audience"] == ["pharmacists"]
    text = "Lactation Course\nThis course helps the learner identify latch problems.\n"
    assert rec(text)["audience"] == []


def test_a_later_sentence_that_also_names_the_audience_adds_to_it() -> None:
    text = (
        "Obesity Meeting\nTarget Audience\n\nThis program is intended for endocrinologists. "
        "It is also intended for primary care physicians and other members of the care team.\n"
    )
    assert rec(text)["audience"] == [
        "endocrinologists",
        "primary care physicians",
        "other members of the care team",
    ]


def test_topic_words_among_examples_in_an_objective_are_a_passing_mention() -> None:
    text = (
        "Sepsis Basics\nLearning Objectives\n"
        "- Evaluate strategies for sepsis prevention, including early recognition, infection "
        "control measures, and public health interventions.\n"
        "- Describe the ethical duties of the care team.\n"
    )
    got = rec(text)
    assert any("infection control" in o for o in got["objectives"])
    assert got["topics"] == ["ethics"]


def test_a_description_sentence_saying_what_the_activity_includes_states_its_subject() -> None:
    text = (
        "Rhinology Study Course\n\n"
        "Sinus disease is common in adults and children and has many causes worth reviewing "
        "in depth. The activity includes a review of the literature and a self-assessment "
        "examination.\n"
    )
    got = rec(text)
    assert "self-assessment examination" in (got["description"] or "")
    assert got["topics"] == ["self_assessment"]


def test_the_educational_needs_of_a_profession_name_the_audience() -> None:
    text = (
        "Ear Course\nThe course is designed to address the practice gaps and educational needs "
        "of general otolaryngologists and is led by the department.\n"
    )
    got = rec(text)
    assert got["audience"] == ["general otolaryngologists"]
    assert got["specialties"] == ["Otolaryngology"]


def test_a_modifier_naming_no_people_shares_the_next_head_and_a_cut_participle_goes() -> None:
    text = "Wound Course\nThis course is designed for nurses, sales and marketing specialists.\n"
    assert rec(text)["audience"] == ["nurses", "sales and marketing specialists"]
    text = (
        "Pressure Course\nThis activity is intended for physicians and other allied healthcare "
        "professionals specializing or certified in the areas of obstetrics.\n"
    )
    assert rec(text)["audience"] == ["physicians", "other allied healthcare professionals"]
    assert not names_people("learning objectives")


def test_a_key_announcing_the_following_professionals_is_an_audience_key() -> None:
    text = (
        "Acne Update\nAcne is common and treatable in most adults seen in practice today.\n"
        "The following HCPs: dermatologists, primary care physicians, and pediatricians; "
        "nurse practitioners and pharmacists.\n"
    )
    got = rec(text)
    assert got["audience"] == [
        "dermatologists",
        "primary care physicians",
        "pediatricians",
        "nurse practitioners",
        "pharmacists",
    ]
    assert got["specialties"] == ["Dermatology", "Primary Care", "Pediatrics"]


def test_an_activity_that_gives_professions_something_names_them() -> None:
    text = (
        "Hospice Overview\nThis course gives nurses, therapists, and social workers an overview "
        "of hospice care.\n"
    )
    assert rec(text)["audience"] == ["nurses", "therapists", "social workers"]


def test_the_abms_moc_parts_sentence_is_boilerplate_not_a_topic() -> None:
    text = (
        "Eye Meeting 2027\nCredit: 10 AMA PRA Category 1 Credits.\n"
        "Successful completion of this CME activity enables the learner to satisfy the Lifelong "
        "Learning, Self-Assessment, Improvement in Medical Practice and/or Patient Safety "
        "requirements for the American Board of Ophthalmology's Maintenance of Certification "
        "program.\n"
    )
    assert "patient_safety" not in rec(text)["topics"]


def test_an_inline_bulleted_list_of_professions_is_split_at_its_bullets() -> None:
    text = (
        "Interviewing Workshop\nWho should participate\n\n"
        "Behavioral Health Professionals • Chaplains • Clinical Therapist • Nurses\n"
    )
    assert rec(text)["audience"] == [
        "behavioral health professionals",
        "chaplains",
        "clinical therapist",
        "nurses",
    ]


def test_a_field_named_after_in_the_areas_of_is_a_specialty() -> None:
    text = (
        "Pressure Course\nThis activity is intended for physicians and other allied healthcare "
        "professionals specializing or certified in the areas of gynecology, obstetrics.\n"
    )
    assert rec(text)["specialties"] == ["Gynecology", "Obstetrics"]
