"""Topics stated in other words (docs/corpus.md "Topics"; invented text): credit in a topic's
category, law named as the subject, a series' timed parts with their abstracts, what the
learner will study, the activity's parts on a list of subjects; near misses give none."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import parse_listing


def _topics(text: str) -> list[str]:
    return parse_listing(text).record["topics"]


@pytest.mark.parametrize(
    "sentence",
    [
        "This program qualifies for 4 CEs in the category of Ethics.",
        "The workshop offers 3 CEUs in the area of Professional Ethics.",
        "Earn 2 hours in the category of ethics for your renewal.",
        "Participants receive 6 CEs of Ethics.",
        "It carries 3 CMEs in ethics.",
    ],
)
def test_credit_in_a_topics_category(sentence: str) -> None:
    assert "ethics" in _topics("Therapist Disclosure Workshop\n\n" + sentence + "\n")


def test_credit_in_another_category_is_no_topic() -> None:
    text = "Therapist Disclosure Workshop\n\nIt qualifies for 4 CEs in the category of Skills.\n"
    assert _topics(text) == []


@pytest.mark.parametrize(
    "title",
    [
        "Law and Ethics Webinar",
        "Healthcare Ethics and Law Conference 2026",
        "Nursing Law Update for Charge Nurses",
        "Ethics & the Law in Dental Practice",
        "Annual Pharmacy Law Review",
        "Mental Health Law Seminar",
    ],
)
def test_law_named_as_the_subject(title: str) -> None:
    text = title + "\n\nA session for practising clinicians.\n"
    assert "laws_and_rules" in _topics(text)


@pytest.mark.parametrize(
    "title",
    ["Wound Care: as Required by Law", "Law Enforcement and Trauma Care"],
)
def test_law_in_passing_is_no_topic(title: str) -> None:
    assert "laws_and_rules" not in _topics(title + "\n\nA session for clinicians.\n")


_SERIES = (
    "Current Concepts in Dental Hygiene\n\n3 Hour Lecture\n\n"
    "These presentations update clinicians on the evidence.\n"
    "{head}\n{abstract}\n\nRadiography Update – 1-hour\nThis lecture will review exposure.\n"
)


@pytest.mark.parametrize(
    ("head", "abstract"),
    [
        ("New Thinking on Infection Control – 1-hour", "This lecture will explore surfaces."),
        ("Hand Hygiene in the Surgery (45 minutes)", "This session covers glove use."),
        ("Infection Prevention at the Chair - 90 minutes", "This talk examines aerosols."),
        ("Standard Precautions Revisited — 2 hours", "Learning Objectives:"),
        ("Sterilization and Disinfection Today – 1.5 hours", "This presentation will show kits."),
    ],
)
def test_a_series_timed_parts_are_its_outline(head: str, abstract: str) -> None:
    text = _SERIES.format(head=head, abstract=abstract)
    assert "infection_control" in _topics(text)


def test_a_menu_of_other_courses_with_lengths_is_no_outline() -> None:
    text = (
        "Radiography Update\n\nThis course reviews exposure settings.\n\nOther courses\n\n"
        "Hygiene for Surgeons – 2 hours\nInfection Control Basics – 2 hours\n"
        "Hand Hygiene Refresher – 1 hour\n"
    )
    assert _topics(text) == []


@pytest.mark.parametrize(
    "lead",
    [
        "You'll look at areas such as:",
        "You will study topics including:",
        "Participants will explore:",
        "Students will learn about:",
        "Delegates will examine the following:",
    ],
)
def test_what_the_learner_will_study_is_the_outline(lead: str) -> None:
    text = (
        "Prescribing Conversion Course\n\nWhat you'll study\n\n" + lead + "\n\n"
        "  • clinical assessment of patients\n  • legal & ethical aspects of prescribing\n"
    )
    assert _topics(text) == ["ethics"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Participants take part in learning activities related to professionalism, ethics, "
        "records and care planning.",
        "The day has sessions covering triage, ethics, airway care and sepsis.",
        "Modules addressing consent, ethics, audit and teamwork follow.",
        "It offers case studies focused on pain, ethics, sleep and mood.",
        "You complete readings in the areas of ethics, audit, safety and records.",
    ],
)
def test_parts_on_a_list_of_subjects(sentence: str) -> None:
    text = "Hygiene Refresher Course\n\nA course for returning clinicians. " + sentence + "\n"
    assert "ethics" in _topics(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "All sessions covering the module are on Zoom.",
        "The content related to ethics is optional reading.",
    ],
)
def test_no_list_after_the_parts_is_no_topic(sentence: str) -> None:
    text = "Hygiene Refresher Course\n\nA course for returning clinicians. " + sentence + "\n"
    assert _topics(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Successful completion enables the learner to earn credit toward the CME and "
        "Self-Assessment requirements of the American Board of Surgery.",
        "Learners earn credit towards the Self-Assessment requirements of the Board.",
        "Participants can claim credit toward the CME and Self-Assessment requirements of ABS.",
        "Surgeons receive credit toward the Self-Assessment requirements of their board.",
        "This activity lets surgeons earn credit toward CME and self-assessment requirements.",
    ],
)
def test_credit_toward_self_assessment_requirements(sentence: str) -> None:
    text = "Hernia Repair Update\n\nA review of mesh choices.\n" + sentence + "\n"
    assert "self_assessment" in _topics(text)


def test_credit_toward_the_cme_requirement_alone_is_no_self_assessment() -> None:
    text = (
        "Hernia Repair Update\n\nA review of mesh choices.\nLearners earn credit toward the "
        "CME requirements of the American Board of Surgery.\n"
    )
    assert "self_assessment" not in _topics(text)


@pytest.mark.parametrize(
    ("objective", "prescribing"),
    [
        ("Describe the development of pain and opioid use disorder.", False),
        ("Explain the links between pain and opioid misuse in teenagers.", False),
        ("Discuss pain and opioid withdrawal after surgery.", False),
        ("Review safe practice in pain and opioids for older adults.", True),
        ("Discuss pain & opioid therapy choices for back pain.", True),
    ],
)
def test_pain_and_opioid_disorder_names_the_disorder(objective: str, prescribing: bool) -> None:
    text = "Clinical Update\n\nLearning Objectives\n\n• " + objective + "\n• List two risks.\n"
    assert ("opioid_prescribing" in _topics(text)) is prescribing
