"""The outline of what an activity covers is a zone for topics (docs/corpus.md "Topics": "or
the outline of what it covers: 'Module 3: HIV prevention'").

Every listing is written for the test; each fails without the outline zone (the first four) or
with an outline read too widely (the last two).
"""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.topics import ZONE_CONFIDENCE, vocabulary

DESIGNATION = (
    "Example Heart Society designates this enduring material for a maximum of 1 AMA PRA "
    "Category 1 Credit."
)
INTRO = (
    "Caring for Patients with Heart Failure\n\n"
    "This course reviews the assessment and treatment of heart failure in primary care.\n\n"
)


def topics(text: str) -> list[str]:
    out: list[str] = parse_rules(text).record["topics"]
    return out


def test_a_list_the_lead_in_says_is_covered_gives_its_items_topics() -> None:
    text = (
        f"{INTRO}The following topics are covered in this course:\n\n"
        "  • Diuretics and their doses\n"
        "  • Professional ethics in device deactivation\n"
        "  • Follow-up after discharge\n\n"
        f"{DESIGNATION}\n"
    )
    draft = parse_rules(text)
    assert draft.record["topics"] == ["ethics"]
    assert draft.confidence["topics"] == ZONE_CONFIDENCE["outline"]
    notes = [d.note for d in draft.diagnostics if d.field == "topics"]
    assert notes == [f"proposed: {vocabulary()['ethics']} (from the outline of what it covers)"]


def test_a_content_heading_over_plain_lines_set_apart_by_blank_lines() -> None:
    text = (
        f"{INTRO}Course content\n\n"
        "Pathophysiology of the failing heart\n\n"
        "Drug therapy\n\n"
        "Hand hygiene and device infections\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == ["infection_control"]


def test_a_table_of_contents_opening_with_introduction() -> None:
    text = (
        f"{INTRO}- INTRODUCTION\n- EPIDEMIOLOGY\n- DRUG THERAPY\n"
        "- CULTURAL ASPECTS OF HEART FAILURE CARE\n- CONCLUSION\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == ["cultural_competency"]


def test_a_numbered_part_of_the_course_is_an_outline_item_anywhere() -> None:
    text = f"{INTRO}Module 3: HIV and the heart\n\n{DESIGNATION}\n"
    assert topics(text) == ["hiv_aids"]


def test_a_list_without_a_content_lead_is_not_read() -> None:
    text = (
        f"{INTRO}Other courses you may like\n\n"
        "  • Human Trafficking Awareness\n"
        "  • Hand Hygiene Basics\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == []


def test_a_heading_after_a_bulleted_outline_ends_it() -> None:
    text = (
        f"{INTRO}Curriculum\n"
        "- Drug therapy\n"
        "- Exercise training\n"
        "Related courses\n"
        "Ethics for Clinicians\n"
        "Implicit Bias in Care\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == []


def test_a_long_objective_in_a_plain_list_does_not_end_it() -> None:
    long_item = (
        "Compare the loop diuretics, thiazides and mineralocorticoid receptor antagonists used "
        "in chronic heart failure, their starting doses, how each is titrated against weight "
        "and kidney function, and which laboratory values to follow at each visit after a dose "
        "change"
    )
    assert 200 < len(long_item) < 320
    text = (
        f"{INTRO}Objectives:\n"
        "Describe the stages of heart failure.\n"
        f"{long_item}\n"
        "Discuss ethical considerations in device deactivation.\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == ["ethics"]


def test_a_programme_entry_after_a_clock_time_is_an_outline_item() -> None:
    text = (
        f"{INTRO}Saturday\n"
        "8:30 – 10:00 AM Imaging the Failing Heart\n"
        "10:15 Implicit Bias in Referral for Transplant\n"
        "12 pm Lunch\n\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == ["implicit_bias"]


def test_a_clock_time_inside_a_sentence_is_no_programme_entry() -> None:
    text = f"{INTRO}Doors open at 8:30 and the ethics of the day are explained.\n\n{DESIGNATION}\n"
    assert topics(text) == []
