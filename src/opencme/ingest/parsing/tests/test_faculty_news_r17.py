"""Faculty named after a speaker clause in a news report's past tense or inverted order (R-PE-5):
"Also giving plenary talks were A and B", "The speakers were A, B and C". Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.faculty_news import news_people


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (
            "Also giving plenary talks were Ana Roe and Bo Lindqvist from Elm Hospital.",
            ["Ana Roe", "Bo Lindqvist"],
        ),
        ("Delivering the plenary lecture was Dr Cy Ngata.", ["Dr Cy Ngata"]),
        ("Also speaking were Mele Tupou and Jo Amadi.", ["Mele Tupou", "Jo Amadi"]),
        (
            "The speakers were Kim Sato, Dana Webb and Rui Costa.",
            ["Kim Sato", "Dana Webb", "Rui Costa"],
        ),
        (
            "Giving talks on the second day were Priya Nandakumar and Tomas Lindqvist, both "
            "from Harbor University.",
            ["Priya Nandakumar", "Tomas Lindqvist"],
        ),
        ("Among the presenters was Lena Varga of the Northgate Trust.", ["Lena Varga"]),
        (
            "Also speaking were Ana Roe and Bo Lindqvist from Elm Trust, as the Medical "
            "Lead and Practice Manager respectively.",
            ["Ana Roe", "Bo Lindqvist"],
        ),
    ],
)
def test_a_speaker_clause_in_the_past_names_the_speakers(line: str, people: list[str]) -> None:
    assert news_people(line) == people


@pytest.mark.parametrize(
    "line",
    [
        "Speakers were asked to contact Ana Roe by Friday.",
        "Giving feedback were the participants of the Elm Valley course.",
        "The presentations were well received by the Northgate Nurses Council.",
    ],
)
def test_no_speakers_without_names_as_the_object(line: str) -> None:
    assert news_people(line) == []


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Dr. Ana Roe (Elm University) will present the latest evidence.", ["Dr. Ana Roe"]),
        ("Ana Roe (Elm Hospital) will speak on pressure injuries.", ["Ana Roe"]),
        ("Bo Li, RN (Harbor Trust) will facilitate the workshop.", ["Bo Li, RN"]),
        (
            "Professor Cy Ngata (University of Erewhon) and Dr Jo Amadi (Elm Clinic) will lead "
            "the discussion on sepsis.",
            ["Professor Cy Ngata", "Dr Jo Amadi"],
        ),
        ("Mele Tupou (Clinical Nurse Lead) will teach the practical session.", ["Mele Tupou"]),
    ],
)
def test_a_bracketed_affiliation_after_the_subject(line: str, people: list[str]) -> None:
    assert news_people(line) == people


@pytest.mark.parametrize(
    "line",
    [
        "Mele Tupou (Northgate Nurses Council) will present awards to the graduates.",
        "The Elm Society (ES) will present its annual report.",
    ],
)
def test_no_teacher_in_brackets_without_a_talk(line: str) -> None:
    assert news_people(line) == []
