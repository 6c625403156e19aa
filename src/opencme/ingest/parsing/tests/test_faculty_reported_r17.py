"""Faculty in a report of talks given (R-PE-18) and a person after an employer's possessive
(R-PE-5): news items and captions of other sites in their words. Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.faculty_reported import reported_people
from opencme.ingest.parsing.tests.readers import record


def _faculty(line: str) -> list[str]:
    page = "Sleep Medicine Symposium Held\n\n" + line + "\n\nThe symposium drew 120 clinicians.\n"
    out: list[str] = record(page)["faculty"]
    return out


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (
            "Fellowship director Ana Roe speaks at the annual Sleep Medicine Symposium.",
            ["Ana Roe"],
        ),
        (
            "On the second day, Tomas Lindqvist presented on insomnia in older adults.",
            ["Tomas Lindqvist"],
        ),
        (
            "Harbor Hospital nurse educator Mele Tupou spoke about safe sleep for infants.",
            ["Mele Tupou"],
        ),
        (
            "Later that morning Priya Nandakumar lectured on airway devices for an hour.",
            ["Priya Nandakumar"],
        ),
        (
            "Dr Ilse Marr and Bo Kessler, RN, presented a workshop on CPAP titration.",
            ["Dr Ilse Marr", "Bo Kessler, RN"],
        ),
        (
            "Sleep physician Cy Ngata, MD, PhD, covered the new scoring rules.",
            ["Cy Ngata, MD, PhD"],
        ),
        (
            "Transplant surgeon Ana Pell, MBBS FRACS, offered opening remarks on the day.",
            ["Ana Pell, MBBS FRACS"],
        ),
        (
            "Ana Roe, MD and Bo Li, RN presented on shift work and sleep.",
            ["Ana Roe, MD", "Bo Li, RN"],
        ),
        (
            "Associate Professor Lena Varga reviewed the evidence on melatonin.",
            ["Associate Professor Lena Varga"],
        ),
        (
            "We were pleased to host two former residents, Jo Amadi and Rui Costa, as guest "
            "speakers this spring.",
            ["Jo Amadi", "Rui Costa"],
        ),
        (
            "The committee chose Kim Sato and Dana Webb as our keynote presenters.",
            ["Kim Sato", "Dana Webb"],
        ),
    ],
)
def test_a_report_of_talks_given_names_the_teachers(line: str, people: list[str]) -> None:
    assert reported_people(line) == people
    assert _faculty(line) == people


@pytest.mark.parametrize(
    "line",
    [
        # a commentator's quote, a ceremony, an award, a post no comma closes
        "Professor Ana Roe, director of research, explained the reasoning behind the course.",
        "Dr Bo Li, Administrator, Elm College spoke about the aims of the programme.",
        "Jo Amadi presented the award to the best poster at the dinner.",
        "Tomas Lindqvist reviewed the plans with the board.",  # no credentials, a verb of teaching
        "The course covered the new scoring rules in detail.",
        "Ana Roe spoke to reporters after the session.",
        "We welcomed Kim Sato as our new president.",
        "Dana Webb spoke on condition of anonymity about the merger.",
        "Rui Costa presented on behalf of the organising committee.",
    ],
)
def test_no_teacher_without_a_talk_given(line: str) -> None:
    assert reported_people(line) == []


@pytest.mark.parametrize(
    ("line", "person"),
    [
        (
            "The session was led by Elm Valley Hospital’s Ana Roe, FNP, on heart failure.",
            "Ana Roe, FNP",
        ),
        (
            "Talks were kicked off by Harbor – Northgate Medical Center’s Bo Li, MD, on sepsis.",
            "Bo Li, MD",
        ),
        ("This webinar is presented by Kestrel Health's Dr Cy Ngata.", "Dr Cy Ngata"),
        ("Moderated by the Northgate Trust’s Mele Tupou, RN, MSc.", "Mele Tupou, RN, MSc"),
        ("Featuring Westfield University's Jo Amadi, PhD.", "Jo Amadi, PhD"),
    ],
)
def test_an_employers_possessive_before_a_person_goes(line: str, person: str) -> None:
    page = "Heart Failure Update\n\n" + line + "\n"
    assert record(page)["faculty"] == [person]
