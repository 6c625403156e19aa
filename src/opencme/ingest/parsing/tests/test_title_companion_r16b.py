"""An event held with the event named, a series position the page drops itself
(title_companion.py): invented pages, near misses."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.title_companion import page_form


@pytest.mark.parametrize(
    ("title", "flat", "want"),
    [
        (
            "12th Harbour Nursing Conference",
            "Forty nurses will attend the 12th Harbour Nursing Conference and AGM in Dover.",
            "12th Harbour Nursing Conference and AGM",
        ),
        (
            "Lakeside Wound Congress",
            "Welcome to the Lakeside Wound Congress & Exhibition, held in May.",
            "Lakeside Wound Congress & Exhibition",
        ),
        (
            "Rural Pharmacy Summit",
            "The Rural Pharmacy Summit and Trade Show returns to Tern Point in June.",
            "Rural Pharmacy Summit and Trade Show",
        ),
        (
            "Coastal Paramedic Symposium",
            "Register for the Coastal Paramedic Symposium and Awards Dinner today.",
            "Coastal Paramedic Symposium and Awards Dinner",
        ),
        (
            "Midland Optometry Convention",
            "the Midland Optometry Convention and Annual General Meeting, 3 May",
            "Midland Optometry Convention and Annual General Meeting",
        ),
        (
            "Activity 2: Managing Gout in Primary Care",
            "Activity 2: Managing Gout in Primary Care\nIn this activity, Managing Gout in "
            "Primary Care, faculty review the evidence.",
            "Managing Gout in Primary Care",
        ),
        (
            "Module 3 – Insulin Pumps for Practice Nurses",
            "Module 3 – Insulin Pumps for Practice Nurses\nInsulin Pumps for Practice Nurses "
            "is the third module of the series.",
            "Insulin Pumps for Practice Nurses",
        ),
        (
            "Session 4. Safe Sedation in the Dental Chair",
            "Session 4. Safe Sedation in the Dental Chair\nWhy Safe Sedation in the Dental "
            "Chair matters.",
            "Safe Sedation in the Dental Chair",
        ),
    ],
)
def test_page_form(title: str, flat: str, want: str) -> None:
    assert page_form(title, flat) == want


@pytest.mark.parametrize(
    ("title", "flat"),
    [
        # the page never names the rest alone: the position stays
        ("Part 1: How Group Therapy Works", "Part 1: How Group Therapy Works\nThis part covers"),
        ("Course 1: Palliative Care Basics", "Course 1: Palliative Care Basics is the first."),
        # no companion event after the name; a course is no event
        ("Harbour Nursing Conference", "The Harbour Nursing Conference and its speakers."),
        ("Suturing Skills Course", "The Suturing Skills Course and Exhibition of work."),
        ("Lakeside Wound Congress", "Lakeside Wound Congress and Exhibitions Committee"),
    ],
)
def test_page_form_near_misses(title: str, flat: str) -> None:
    assert page_form(title, flat) == title


@pytest.mark.parametrize(
    ("title", "flat", "want"),
    [
        (
            "Annual Sepsis Summit",
            "The Annual Sepsis Summit keeps nurses up to date. Lakeside hosted the 12th annual "
            "Sepsis Summit on Friday.",
            "12th annual Sepsis Summit",
        ),
        (
            "Harbour Wound Forum",
            "Welcome to the 3rd Harbour Wound Forum in Dover.",
            "3rd Harbour Wound Forum",
        ),
        (
            "Annual Rural Nursing Conference",
            "Registration opens for the 21st Annual Rural Nursing Conference.",
            "21st Annual Rural Nursing Conference",
        ),
        (
            "International Pain Congress",
            "the 102nd International Pain Congress, held in Oslo",
            "102nd International Pain Congress",
        ),
        (
            "Coastal Pharmacy Meeting",
            "At the 7th Coastal Pharmacy Meeting, pharmacists met.",
            "7th Coastal Pharmacy Meeting",
        ),
    ],
)
def test_with_edition(title: str, flat: str, want: str) -> None:
    assert page_form(title, flat) == want


@pytest.mark.parametrize(
    ("title", "flat"),
    [
        # a course is no edition's event; the name found already has its edition; no ordinal
        ("Harbour Suturing Course", "the 3rd Harbour Suturing Course"),
        ("12th Harbour Wound Forum", "the 12th Harbour Wound Forum and the 11th before it"),
        ("Harbour Wound Forum", "the Harbour Wound Forum 2031 and the Harbour Wound Forums"),
        ("Harbour Wound Forum", "the 3rd Harbour Wound Forums series"),
        (
            "Annual Rural Nursing Conference",
            "After the 11th Annual Rural Nursing Conference, the 12th Annual Rural Nursing "
            "Conference comes to Dover.",
        ),
    ],
)
def test_with_edition_near_misses(title: str, flat: str) -> None:
    assert page_form(title, flat) == title
