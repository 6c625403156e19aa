"""Participles of leading a programme's talks before "by" name its speakers ("headlined by",
"keynoted by", "spearheaded by"; R-PE-3), not those of other acts. Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record


def _faculty(line: str) -> list[str]:
    page = "Eye Care Congress 2026\n\nA two-day congress for optometrists.\n\n" + line + "\n"
    out: list[str] = record(page)["faculty"]
    return out


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("The programme is headlined by Dr. Ana Roe, a renowned educator.", ["Dr. Ana Roe"]),
        ("This year's congress, headlined by Professor Bo Li, covers myopia.", ["Professor Bo Li"]),
        ("The evening was keynoted by Cy Ngata, MD.", ["Cy Ngata, MD"]),
        ("An update spearheaded by Mele Tupou, RN, on pressure injuries.", ["Mele Tupou, RN"]),
        ("Education headlined by Jo Amadi, PhD and Dr Kim Sato.", ["Jo Amadi, PhD", "Dr Kim Sato"]),
    ],
)
def test_a_programme_headlined_by_its_speakers(line: str, people: list[str]) -> None:
    assert _faculty(line) == people


@pytest.mark.parametrize(
    "line",
    [
        "The programme was endorsed by Dr. Ana Roe, MD.",
        "The newsletter was edited by Dr Bo Li.",
    ],
)
def test_other_acts_name_no_speaker(line: str) -> None:
    assert _faculty(line) == []
