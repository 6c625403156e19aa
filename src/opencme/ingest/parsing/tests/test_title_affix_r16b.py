"""Codes, page types, recording labels, years and places around an activity's name
(title_affix.py), and lines that are never a name (title_aside.py): invented wordings, near
misses that stay."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.title_aside import aside_line
from opencme.ingest.parsing.title_clean import clean_title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a catalogue code before the name
        ("K30 – Current Ideas in Periodontal Care", "Current Ideas in Periodontal Care"),
        ("NUR-204: Pressure Injury Prevention", "Pressure Injury Prevention"),
        ("PT310 | Shoulder Rehabilitation After Surgery", "Shoulder Rehabilitation After Surgery"),
        (
            "B150C Foot Care: Assessment for Diabetic Ulcers",
            "Foot Care: Assessment for Diabetic Ulcers",
        ),
        ("CE2031B Managing Chronic Pain in Older Adults", "Managing Chronic Pain in Older Adults"),
        ("W12 - Suturing for Practice Nurses", "Suturing for Practice Nurses"),
        # the page's type after an event's name
        ("Harbour Paramedic Expo 2031 Program", "Harbour Paramedic Expo 2031"),
        ("Lakeside Nursing Conference Programme", "Lakeside Nursing Conference"),
        ("Tern Point Wound Summit 2030 Agenda", "Tern Point Wound Summit 2030"),
        ("Rural Health Forum 2031 Registration", "Rural Health Forum 2031"),
        ("Coastal Pharmacy Symposium Schedule", "Coastal Pharmacy Symposium"),
        ("Midland Eye Care Day FAQs", "Midland Eye Care Day"),
        ("Better Prescribing Frequently Asked Questions", "Better Prescribing"),
        # a recording's label glued after the name
        (
            "Managing Delirium in the Emergency Department Recorded Presentation",
            "Managing Delirium in the Emergency Department",
        ),
        ("Sleep Apnoea in Children Webinar Recording", "Sleep Apnoea in Children"),
        ("Ethics of Telehealth Practice Recorded Webinar", "Ethics of Telehealth Practice"),
        ("Insulin Pumps for Nurses On-Demand Recording", "Insulin Pumps for Nurses"),
        # a year alone, a place and its dates after a separator
        ("Law and Ethics for Counsellors - 2031", "Law and Ethics for Counsellors"),
        ("Wound Care Essentials | 2030-2031", "Wound Care Essentials"),
        (
            "Pelvic Health for Physiotherapists - Hobart, TAS (Oct 3-5)",
            "Pelvic Health for Physiotherapists",
        ),
        ("Advanced Suturing Skills – Dayton, OH", "Advanced Suturing Skills"),
        ("Fundamentals of Dysphagia - Duluth, MN (June 4-6)", "Fundamentals of Dysphagia"),
    ],
)
def test_affixes_cut(text: str, name: str) -> None:
    assert clean_title(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # near misses: codes, years, programmes and recordings that are the name's
        "XYZ2031 Highlights in Kidney Cancer",
        "ICD-10 – Coding for Wound Care",
        "ICD-11 - What Changes for Coders",
        "B12 Deficiency in Older Adults",
        "HER2 Testing in Breast Cancer",
        "Balance Rehabilitation Program",
        "Clinic-Based Vaccination Delivery Certificate Program",
        "Part 1: How Group Therapy Works",
        "Course 1: Integrating a Rehabilitation Approach",
        "Harbour Forum 2031",
        "Diabetes Leadership Edge: Module 4 - Pharmacotherapy Part 1",
        "Recorded Lectures in Cardiology",
        "Sepsis – Recognising the Deteriorating Patient",
    ],
)
def test_names_kept(text: str) -> None:
    assert clean_title(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "7:15 - 7:30 Sign-In and Coffee",
        "9:00am Welcome and Introductions",
        "08.30–09.15 Keynote: The Future of Wound Care",
        "2 pm to 3 pm Break and Exhibition",
        "10:15 Morning Tea",
        "My Saved Items",
        "My Account",
        "My Courses",
        "My Basket",
        "Dr. Ann Lee",
        "Professor A. B. Cole",
        "Mrs Jane Okafor-Reed",
        "Dr Pat Morrow, RN",
        "Dr. Mara QuintDirector of the Lakeside Wound Clinic, 20 years experience",
        "Save this page",
        "Print this page",
        "Meeting Agenda",
        "Conference Programme",
    ],
)
def test_aside_lines(text: str) -> None:
    assert aside_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "2 Hour Infection Control",
        "3-Hour Wound Care Update",
        "My Journey Through Burnout: A Clinician's Story",
        "Dr. Jekyll and Mr. Hyde: Split Personalities in Fiction",
        "Professor Rounds in Internal Medicine",
        "Saving Lives: This Page Has Your First Aid",
        "Annual Meeting 2031",
        "24:7 Care in Rural Hospitals",
    ],
)
def test_names_not_aside(text: str) -> None:
    assert not aside_line(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "CE Update: Implant Care for the Hygienist Friday Sep 28, 2031, 8:00AM",
            "CE Update: Implant Care for the Hygienist",
        ),
        ("Harbour Wound Forum 3 May 2031", "Harbour Wound Forum"),
        ("Grand Rounds in Surgery March 5, 2031 at 7:30 am", "Grand Rounds in Surgery"),
        ("Rural Sepsis Update Tues. 14th October 2031", "Rural Sepsis Update"),
        ("Spring Suturing Workshop Sat, April 12, 2031 @ 9am", "Spring Suturing Workshop"),
    ],
)
def test_glued_date_cut(text: str, name: str) -> None:
    assert clean_title(text) == name


@pytest.mark.parametrize(
    "text", ["Sepsis Update May 2031", "Harbour Forum 2031", "Wound Care 3 May 2031"]
)
def test_glued_date_near_misses(text: str) -> None:
    # a month and year only, a year only, or a name of two words keep what follows
    assert clean_title(text) == text
