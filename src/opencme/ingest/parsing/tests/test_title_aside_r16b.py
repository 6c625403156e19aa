"""Headings of instructions and statements, credit lines and labels, calls to earn credit, a
day's category of courses, item codes (title_aside.py, title_affix.py): invented wordings and
near misses."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.title_aside import aside_line
from opencme.ingest.parsing.title_clean import clean_title


@pytest.mark.parametrize(
    "text",
    [
        # instructions and statements' headings
        "Before You Begin",
        "Before you start",
        "Getting Started",
        "How to Participate",
        "Instructions for Participation",
        "Speaker and Planner Disclosures",
        "Faculty Disclosures",
        "Planner Disclaimer",
        "Conflict of Interest Disclosure",
        "Relevant Financial Relationships Disclosure",
        # a credit amount approved, a generic credit label
        "3 CEUs approved for counsellors and social workers",
        "6.5 contact hours awarded by the State Nursing Board",
        "2 CPD points are available for this session",
        "1.5 credits pending approval",
        "CPD Credits for Rural Physicians",
        "Continuing Nursing Education (CNE) Activity",
        "CME Information",
        "CE Opportunities for Pharmacists",
        # a call to earn credit, in sentence case
        "Complete a short quiz for continuing education credit",
        "Earn CPD points by reviewing a paper",
        "Take the survey to earn your CE hours",
        "Claim credit for reading this issue's articles",
        # a day's category of courses
        "Sunday Half-Day Workshops",
        "Friday Morning Workshops",
        "Sunday Sessions",
        "Thursday Pre-Conference Workshops",
    ],
)
def test_never_a_name(text: str) -> None:
    assert aside_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Medical Error Disclosure: Talking With Patients",
        "Disclosure of Adverse Events in Surgery",
        "Diagnostic Error Disclosure",
        "3 Hour Wound Assessment",
        "2 Hour Infection Control Update",
        "Continuing Pharmacy Education (CPE) programme",
        "Complete Guide to Suturing",
        "Earn While You Learn: Paid Residencies in Rural Nursing",
        "Take Charge of Your Practice",
        "Saturday Night Fever: Managing Alcohol in the ED",
        "Getting Started With Insulin Pumps",
    ],
)
def test_names_stay(text: str) -> None:
    assert not aside_line(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("D7. Cognitive Approaches to Group Work", "Cognitive Approaches to Group Work"),
        ("W12. Foot Care for Older Adults", "Foot Care for Older Adults"),
        ("B3. Advanced Wound Dressings", "Advanced Wound Dressings"),
        ("PT7. Pelvic Floor Assessment", "Pelvic Floor Assessment"),
        ("A1. Sleep and the Ageing Brain", "Sleep and the Ageing Brain"),
    ],
)
def test_item_code_cut(text: str, name: str) -> None:
    assert clean_title(text) == name


@pytest.mark.parametrize(
    "text",
    ["B12 Deficiency in Older Adults", "Vitamin B12. Why It Matters", "G6PD Deficiency Update"],
)
def test_item_code_near_misses(text: str) -> None:
    assert clean_title(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Categories: CE, Nursing",
        "Tags: sepsis, rural health",
        "Filed under: Webinars",
        "Browse All Courses",
        "View More Events",
        "See upcoming webinars",
        "Add to Google Calendar",
        "Add to iCalendar",
        "Leave a Reply",
        "Post a Comment",
        "Other Events You May Like",
        "Similar Courses",
        "Related Webinars",
        "More Nursing Events",
        "You Might Also Be Interested In",
    ],
)
def test_site_furniture(text: str) -> None:
    assert aside_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "More Than Medicine: Caring for the Whole Patient",
        "Related Disorders of the Shoulder",
        "Viewing the Retina: A Practical Course",
        "Other People's Pain: Empathy in Practice",
        "Similarities and Differences in Paediatric Sepsis",
    ],
)
def test_site_furniture_near_misses(text: str) -> None:
    assert not aside_line(text)
