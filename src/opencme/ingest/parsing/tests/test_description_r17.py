"""Round 17 (development listings of batch 5): a paragraph that defines the activity in its
first sentence is a description, whatever approval it names in passing; a credit statement
shaped like a definition ("<Event> is an accredited … activity") stays a statement."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.description_excerpt import ends_sentence
from opencme.ingest.parsing.description_records import participation_record
from opencme.ingest.parsing.description_tagline import tagline
from opencme.ingest.parsing.descriptions import never_description
from opencme.ingest.parsing.parser import parse_rules


@pytest.mark.parametrize(
    "paragraph",
    [
        "Caring After Loss is a three-day course built with hospice nurses in mind and has "
        "been approved by the Harbour Nursing Board for 12 CPD points. Other staff may also "
        "join, though points cannot be promised.",
        "Knee Taping in Sport is an online course for physiotherapists, approved for 3 CEUs by "
        "the Lakeside Physio Council. It covers taping for common knee injuries in runners.",
        "Safer Sleep Practice is a one-day seminar that was accredited by the Tern Point "
        "College for 6 hours of CPD. Midwives and health visitors review the evidence on "
        "infant sleep.",
        "Feeding the Preterm Infant is an interactive webinar series, certified for 4 credits, "
        "that walks neonatal nurses through feeding plans for infants born early.",
        "Wound Care Essentials are a set of short modules registered with the board for 2 "
        "credits each, covering the assessment and dressing of chronic wounds in the community.",
    ],
)
def test_definition_with_credit_in_passing(paragraph: str) -> None:
    assert not never_description(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The 2031 Harbour Spring Forum is an accredited group learning activity under "
        "Section 1 of the MOC Program and was approved by the Harbour Society. "
        "Attendees can claim a maximum of 20 credit hours.",
        "The Lakeside Skills Update is an accredited self-assessment program (Section 3) as "
        "defined by the Maintenance of Certification Program of the College, and approved by "
        "the Lakeside Society. You may claim 3 credits per hour.",
    ],
)
def test_credit_statement_shaped_as_definition(paragraph: str) -> None:
    assert never_description(paragraph)


def test_definition_under_a_short_heading() -> None:
    text = (
        "Grief Workshop\n\nWorkshop evaluation form\n\n"
        "Watch this space for new course dates by joining our mailing list.\n\n"
        "Supporting Families Through Grief is a three-day course built with social workers in "
        "mind and has been approved by the Harbour Council for 10 CPD. Counsellors may also "
        "join, though CPD points cannot be promised.\n"
    )
    rec = parse_rules(text).record
    assert rec["title"] == "Supporting Families Through Grief"
    assert rec["description"].startswith("Supporting Families Through Grief is a three-day course")


@pytest.mark.parametrize(
    "paragraph",
    [
        'The guild hosted the 9th Harbour Wound Symposium. The theme was "Healing Together."',
        "The course closes with a session titled “What Works in Practice?”",
        "This year's summit theme is ‘Caring at Home.’",
        'Speakers asked one question throughout the day: "What would you change first?"',
        "The clinic's study day ended with a workshop on “Safe Sleep for Infants.”",
    ],
)
def test_sentence_ends_inside_a_quotation(paragraph: str) -> None:
    assert ends_sentence(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We are delighted to offer this program to dispensers,” Ms Vane said.”",  # all quoted
        "“All dispensers, members or not, can take part in the congress.”",  # someone's words
        "The board does not “accredit” or “approve” any vendor, nor does listing imply quality.”",
        "The theme is “Caring at Home",  # no sentence end
    ],
)
def test_quotation_ends_that_are_no_sentence_end(paragraph: str) -> None:
    assert not ends_sentence(paragraph)


def test_a_caption_set_twice_is_not_the_description() -> None:
    caption = "Lee Roe, a fellowship director, talks at the 9th annual Harbour Sports Symposium."
    text = (
        "Nursing School Welcomes 9th Annual Harbour Sports Symposium\n\n"
        f"{caption}\n{caption}\n\n"
        "The nursing school this month welcomed the 9th Annual Harbour Sports Symposium. Its "
        'theme in 2031 was "Keeping Young Swimmers\' Shoulders Healthy."\n'
    )
    assert parse_rules(text).record["description"].startswith("The nursing school this month")


def test_a_paragraph_repeated_far_apart_is_no_caption() -> None:
    para = (
        "This workshop teaches practice nurses to assess and dress chronic wounds in the "
        "community, with hands-on practice on models."
    )
    text = f"Wound Care Workshop\n\n{para}\n\nDates\n\n3 May 2031\n\nAbout\n\n{para}\n"
    assert parse_rules(text).record["description"] == para


@pytest.mark.parametrize(
    "line",
    [
        "A practical guide to the causes of gout, the tests to order and when to treat it",
        "A three-day meeting designed to challenge, inform and widen your thinking",
        "An introduction to wound care for practice nurses new to the community setting",
        "A hands-on workshop for physiotherapists covering taping of the knee and ankle",
        "An online module exploring safe sleep advice for parents of newborn infants",
        "A short refresher on hand hygiene in small clinics for the whole front-desk team",
    ],
)
def test_tagline(line: str) -> None:
    assert tagline(line)


@pytest.mark.parametrize(
    "line",
    [
        "A Day of Caring for Carers: Practical Skills for Home Nursing Teams",  # title case
        "A beautiful view of the harbour awaits delegates at the venue this year",  # no kind
        "A practical guide to gout.",  # a sentence: read as any paragraph
        "A workshop for nurses",  # too short
        "Join online, or on site at Tern Point or the Lakeside campus on two days",
    ],
)
def test_tagline_near_misses(line: str) -> None:
    assert not tagline(line)


def test_tagline_under_the_name_is_the_description() -> None:
    line = "A practical guide to the causes of gout, the tests to order and when to treat it"
    text = (
        "• Video\n  • Course\n\n10 minutes\n\n\nGout in practice- Archived [?]\n\n"
        f"{line}\n\nLearning outcomes\n\nBy the end of this unit you will know about:"
        "\n\n  • The causes of gout\n"
    )
    assert parse_rules(text).record["description"] == line


@pytest.mark.parametrize(
    "second",
    [
        "Designed for doctors, this part-time postgraduate diploma covers the core of "
        "dermatology as seen in general practice, with worked cases from clinics.",
        "This two-day masterclass takes experienced nurses through complex wound cases and "
        "the dressings that suit them, with time for questions.",
        "The study day brings midwives together to review the latest evidence on safe sleep "
        "and to practise giving advice to new parents.",
        "This residential retreat gives clinicians three days away to reflect on burnout and "
        "learn practical ways of restoring their resilience at work.",
        "Our three-week bootcamp prepares new graduates for their first ward rotations with "
        "daily simulations and feedback from senior nurses.",
    ],
)
def test_a_later_paragraph_about_the_qualification_wins(second: str) -> None:
    first = (
        "Most doctors receive little teaching in this field as students and can struggle when "
        "they meet patients with these problems in their own practices every week."
    )
    text = f"Harbour Postgraduate Programme\n\n{first}\n\n{second}\n"
    assert parse_rules(text).record["description"] == second


@pytest.mark.parametrize(
    "second",
    [
        "Many doctors go on to take a diploma in dermatology after some years in practice, "
        "and a few of them later teach the subject to students.",
        "Retreats and study days run by other colleges are listed on their own websites, "
        "with the dates and prices each college sets for them.",
    ],
)
def test_a_later_paragraph_naming_other_qualifications_does_not_win(second: str) -> None:
    first = (
        "Most doctors receive little teaching in this field as students and can struggle when "
        "they meet patients with these problems in their own practices every week."
    )
    text = f"Harbour Postgraduate Programme\n\n{first}\n\n{second}\n"
    assert parse_rules(text).record["description"] == first


@pytest.mark.parametrize(
    "paragraph",
    [
        "Your attendance is recorded by scanning the code on your name tag at each hall door, "
        "and a summary is sent after the congress.",
        "Members may download their CME transcripts from the portal whenever they wish.",
        "Please keep a copy of the agenda and the invoice, which list the days you came.",
        "Acceptable supporting documentation includes the programme and a note of the hours.",
        "Delegates retain access to the sessions until 7 January 2032, after which the "
        "recordings close.",
        "Tick the workshops you have participated in on the agenda so you can log them.",
    ],
)
def test_participation_records(paragraph: str) -> None:
    assert participation_record(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "This reading-only module is a written version of the lecture on ethics in practice.",
        "This course teaches nurses to keep accurate wound records and photographs over time.",
        "The workshop explores why clinic attendance falls in winter and how to raise it.",
        "Participants will practise documenting pain assessments in the patient's chart.",
    ],
)
def test_participation_records_near_misses(paragraph: str) -> None:
    assert not participation_record(paragraph)


def test_a_credit_page_with_only_record_keeping_has_no_description() -> None:
    text = (
        "CME Credit Information\n\n"
        "Your attendance is recorded by scanning the code on your name tag, which logs who "
        "enters each hall. Please note each delegate receives a summary by email after the "
        "meeting, with the sessions listed in the order attended.\n"
    )
    assert parse_rules(text).record["description"] is None
