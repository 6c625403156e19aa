"""People a page names who teach nothing (R-PE-4): a testimonial's writer after a quotation,
a contact reached "by calling / emailing" them. Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record


def _faculty(line: str) -> list[str]:
    page = "Wound Care Update 2026\n\nA one-day course on wound care for nurses.\n\n" + line + "\n"
    out: list[str] = record(page)["faculty"]
    return out


@pytest.mark.parametrize(
    "line",
    [
        "“This course changed my practice!” – Ana Roe, RN",
        '"Practical, well paced and relevant." - Bo Li, PharmD',
        "“I would recommend this workshop to every nurse” — Mele Tupou, RN",
        "“The best CPD day we have had in years.” – Dr Cy Ngata",
        '"Your team made the content easy to follow" - Jo Amadi, NP',
    ],
)
def test_a_testimonials_writer_is_no_faculty(line: str) -> None:
    assert _faculty(line) == []


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("“Managing Sepsis in the Emergency Department” – Dr Ana Roe", "Dr Ana Roe"),
        ("“Is It Sepsis? Early Signs in Children” — Bo Li, RN", "Bo Li, RN"),
        ("“Managing ME/CFS in the US” - Jo Amadi, NP", "Jo Amadi, NP"),
    ],
)
def test_a_talks_quoted_title_still_names_its_speaker(line: str, person: str) -> None:
    assert _faculty(line) == [person]


@pytest.mark.parametrize(
    "line",
    [
        "Register by calling Ana Roe, RN at 555-0100.",
        "Book your place by emailing Dr Bo Li at bli@example.org.",
        "Places can be reserved by contacting Mele Tupou, RN.",
        "Enquire by phoning Jo Amadi, MSN on 555 0101.",
        "Questions may be answered by writing to Dr Cy Ngata.",
    ],
)
def test_a_contact_reached_through_an_agent_phrase_is_no_faculty(line: str) -> None:
    assert _faculty(line) == []


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("The session is presented by Ana Roe, RN.", "Ana Roe, RN"),
        ("The day is led by Dr Bo Li, calling on twenty years of practice.", "Dr Bo Li"),
    ],
)
def test_an_agent_phrase_still_names_the_teacher(line: str, person: str) -> None:
    assert _faculty(line) == [person]
