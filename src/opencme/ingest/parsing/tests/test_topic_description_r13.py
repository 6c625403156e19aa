"""A description states a code as its subject in its first sentence or in two of its sentences
(docs/corpus.md "Topics"); two words of one code in one later sentence are one mention.

The listings are written for the test; the first fails when matches are counted instead of
sentences.
"""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules

DESIGNATION = (
    "Example Heart Society designates this enduring material for a maximum of 1 AMA PRA "
    "Category 1 Credit."
)


def topics(description: str) -> list[str]:
    text = f"Tumour Board Case Review\n\nDescription: {description}\n\n{DESIGNATION}\n"
    out: list[str] = parse_rules(text).record["topics"]
    return out


def test_two_words_of_one_code_in_one_later_sentence_are_one_mention() -> None:
    assert (
        topics(
            "Each week the team reviews new cases of lung cancer. "
            "Surgery, radiation, palliative care and hospice are all weighed for each case. "
            "The group then agrees on a plan for each patient."
        )
        == []
    )


def test_a_code_named_in_two_sentences_is_the_subject() -> None:
    assert topics(
        "Each week the team reviews new cases of lung cancer. "
        "Palliative care starts at diagnosis for many of them. "
        "The group then agrees when hospice is offered."
    ) == ["end_of_life"]


def test_a_credit_designated_in_a_topics_name_counts_where_the_page_states_it() -> None:
    text = (
        "Suicide Risk Assessment in Primary Care\n\n"
        "Description: A workshop on screening and safety planning for adults at risk.\n\n"
        f"{DESIGNATION}\n"
        "Registration: add 3 Ohio Ethics Continuing Education Credits for $15.\n"
        "Optional: 2 contact hours of pain management on the second day.\n"
    )
    out: list[str] = parse_rules(text).record["topics"]
    assert out == ["pain_management", "ethics"]


def test_the_treatment_of_pain_is_pain_management() -> None:
    text = f"Acupuncture in the Treatment of Pain\n\n{DESIGNATION}\n"
    out: list[str] = parse_rules(text).record["topics"]
    assert out == ["pain_management"]


def test_a_sentence_saying_what_the_course_covers_counts_past_the_description() -> None:
    text = (
        "Local Anesthesia for the Dental Hygienist\n\n"
        "Course Description\n\n"
        "This course has two parts.\n\n"
        "Component 1: Theory and foundations.\n\n"
        "The online didactic course reviews the procedures available for the management of "
        "pain and anxiety.\n\n"
        f"{DESIGNATION}\n"
    )
    out: list[str] = parse_rules(text).record["topics"]
    assert out == ["pain_management"]


def test_a_sentence_about_another_course_does_not_count() -> None:
    text = (
        "Local Anesthesia for the Dental Hygienist\n\n"
        "Description: This course has two parts.\n\n"
        f"{DESIGNATION}\n\n"
        "Our ethics webinar, offered next month, reviews boundaries in practice.\n"
    )
    out: list[str] = parse_rules(text).record["topics"]
    assert out == []
