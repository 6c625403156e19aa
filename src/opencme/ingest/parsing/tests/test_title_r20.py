"""Session 20 (mismatches of the calibration listings and blind batch 12): a telephone number's
line is never a title, an FAQ's label before the name, a date whose days a dash joins, a
status with "!" before the name and a credit note after a lopsided dash are cut; invented
wordings and near misses."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.layouts import build_doc
from opencme.ingest.parsing.title_affix import faq_of, lead_faq
from opencme.ingest.parsing.title_aside import aside_line
from opencme.ingest.parsing.title_clean import clean_title
from opencme.ingest.parsing.titles import extract_title

_BODY = (
    "\n\nWidget parking is free on the north lot for the whole day.\n\n"
    "Refunds are given up to ten working days before the day.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Questions? Ring or text (555) 010-0199",
        "PHONE US ON 555-010-0199",
        "Bookings: 555.010.0199 (weekdays)",
        "Tel +44 20 7946 0000",
        "Reception +61 3 9000 0000",
    ],
)
def test_a_telephone_numbers_line_is_never_a_title(line: str) -> None:
    assert aside_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tag Archives: Widget Nursing Society",
        "Category Archives: Continuing Education",
        "Author Archives: Orla Penhallow",
        "Published in Events",
        "Posted in Widget News",
        "Filed under Nursing",
    ],
)
def test_a_blogs_archive_and_category_lines_are_never_a_title(line: str) -> None:
    assert aside_line(line)


@pytest.mark.parametrize(
    "line", ["Published Insights on Widget Care", "Archives of Widget Medicine Review Course"]
)
def test_names_beginning_with_those_words_stay(line: str) -> None:
    assert not aside_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Eye Forum 2031",
        "ICD-10 Coding Update 2031-2032",
        "Course 555-010 Wound Care",  # six digits, no number to call
        "Heart Failure Update (12.5 CME credits)",
    ],
)
def test_names_with_digits_are_no_telephone_line(line: str) -> None:
    assert not aside_line(line)


def test_a_heading_over_a_telephone_line_is_the_title() -> None:
    page = "Questions? Ring or text (555) 010-0199\nTern Point Wound Day\n" + _BODY
    assert extract_title(build_doc(page), []) == "Tern Point Wound Day"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Frequently Asked Questions About Harbour Eye Forum", "Harbour Eye Forum"),
        (
            "Frequently Asked Questions about the Lakeside Midwifery Summit",
            "Lakeside Midwifery Summit",
        ),
        ("FAQs: Coastal Sleep Course", "Coastal Sleep Course"),
        ("FAQ – Rural Pharmacy Update", "Rural Pharmacy Update"),
        ("Frequently Asked Questions on Tern Point Wound Day", "Tern Point Wound Day"),
    ],
)
def test_an_faq_label_before_the_name_is_cut(heading: str, name: str) -> None:
    assert lead_faq(heading) == name
    assert clean_title(heading) == name
    assert faq_of(heading)
    assert extract_title(build_doc(heading + _BODY), []) == name


@pytest.mark.parametrize(
    "heading",
    [
        "Frequently Asked Questions",
        "Frequently Asked Questions about Registration",  # one word: no activity's name
        "FAQ Harbour Eye Forum",  # no separator, no "about"
        "Frequent Flyer Medicine Course",
    ],
)
def test_faq_lead_near_misses(heading: str) -> None:
    assert not faq_of(heading)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Harbour Eye Forum - September 13 - 14, 2031", "Harbour Eye Forum"),
        ("Lakeside Sleep Update – 3 – 5 May 2031", "Lakeside Sleep Update"),
        ("Tern Point Wound Day | Oct 2 - 4, 2031", "Tern Point Wound Day"),
        ("New! Managing Acute Knee Injuries", "Managing Acute Knee Injuries"),
        ("Sold Out! Coastal Sleep Course Weekend", "Coastal Sleep Course Weekend"),
        ("Harbour Paramedic Refresher -NREMT 24 Hours", "Harbour Paramedic Refresher"),
        ("Rural Pharmacy Update- 6 CE Credits", "Rural Pharmacy Update"),
        (
            "Lakeside Sleep Care – Beyond the Basics webinar",
            "Lakeside Sleep Care – Beyond the Basics",
        ),
        ("Tern Point Wound Rounds podcast", "Tern Point Wound Rounds"),
        ("Coastal Trauma Training Course Overview", "Coastal Trauma Training"),
        ("2031 Harbour Eye Forum Presentation Details", "2031 Harbour Eye Forum"),
        (
            "Main Content: Advanced Widget Certificate Program",
            "Advanced Widget Certificate Program",
        ),
        ("Skip to main content: Lakeside Midwifery Summit", "Lakeside Midwifery Summit"),
        ("K-12-04 Care of Patients with Widget Injuries", "Care of Patients with Widget Injuries"),
        ("NUR 014: Widget Safety Refresher, Part One", "Widget Safety Refresher, Part One"),
    ],
)
def test_notes_around_the_name_are_cut(line: str, name: str) -> None:
    assert clean_title(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Heart Day - Part 1 - Basics",
        "Diabetes Update 2031- Pharmacists",  # no credit note: an audience after the dash
        "COVID-19 Vaccines for Adults",
        "Stop! Think Sepsis",  # no status before the "!"
        "Wow! A Sleep Course",  # one word after a status: no name left... nor a status
        "Managing widget injuries on video",  # a name in sentence case keeps its last word
        "The Widget Nurse Video",  # capitalised: part of the name
        "HIV 101: The Basics",  # a number with no leading zero is the name's own
        "ICD-10-CM Coding Update",  # a classification's edition, no code
        "Content Matters: Writing for Widgets",  # a name, not the page's content label
    ],
)
def test_near_misses_stay(line: str) -> None:
    assert clean_title(line) == line
