"""A page listing its faculty on lines of people (no role key) may name more teachers in its
prose by an act of teaching ("chaired by", "moderated by", "our speakers include"); a bare
"from", "with", "join" or "welcome" there names a sender or a guest (R-PE-21). Invented
text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_LISTED = (
    "Sepsis Update 2026\n\nDr Ana Roe, MD, Consultant Physician\nBo Li, RN, Nurse Educator\n\n"
)


def _faculty(line: str) -> list[str]:
    out: list[str] = record(_LISTED + line + "\n")["faculty"]
    return out


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("The opening session is chaired by Professor Cy Ngata.", "Professor Cy Ngata"),
        ("The panel is moderated by Mele Tupou, RN.", "Mele Tupou, RN"),
        ("Our keynote speakers include Dr Jo Amadi.", "Dr Jo Amadi"),
        ("The skills lab is facilitated by Kim Sato, PharmD.", "Kim Sato, PharmD"),
        ("The closing lecture is presented by Professor Lena Varga.", "Professor Lena Varga"),
    ],
)
def test_prose_adds_a_teacher_to_the_listed_faculty(line: str, person: str) -> None:
    assert _faculty(line) == ["Dr Ana Roe, MD", "Bo Li, RN", person]


@pytest.mark.parametrize(
    "line",
    [
        "A message from Dr Rui Costa, President of the Society, opens the booklet.",
        "The course was designed in consultation with Dr Dana Webb, RN.",
        "The programme is endorsed by Dr Kim Sato.",
    ],
)
def test_prose_adds_no_sender_guest_or_endorser(line: str) -> None:
    assert _faculty(line) == ["Dr Ana Roe, MD", "Bo Li, RN"]
