"""A credential with a stray full stop before the comma of the next one ("MD., M.S.") keeps the
list going and is written as the page writes it (R-PE-1). Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record


def _faculty(line: str) -> list[str]:
    page = "Sepsis Update 2026\n\nA one-day course on sepsis for clinicians.\n\n" + line + "\n"
    out: list[str] = record(page)["faculty"]
    return out


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Presented by Dr. Ana Roe, MD., M.S.", ["Dr. Ana Roe, MD., M.S."]),
        ("Speaker: Bo Li, RN., BSN", ["Bo Li, RN., BSN"]),
        ("Cy Ngata, PhD., MPH, Lecturer in Nursing", ["Cy Ngata, PhD., MPH"]),
        ("Featuring Mele Tupou, PharmD., BCPS", ["Mele Tupou, PharmD., BCPS"]),
        ("Jo Amadi, DNP., APRN, will speak on sepsis.", ["Jo Amadi, DNP., APRN"]),
    ],
)
def test_a_stray_full_stop_before_a_comma_keeps_the_credentials(
    line: str, people: list[str]
) -> None:
    assert _faculty(line) == people


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Presented by Kim Sato, MD. She is a surgeon.", ["Kim Sato, MD"]),
        ("Speaker: Rui Costa, PhD.", ["Rui Costa, PhD"]),
    ],
)
def test_a_sentences_full_stop_stays_off(line: str, people: list[str]) -> None:
    assert _faculty(line) == people
