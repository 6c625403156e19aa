"""R-PE-23: post-nominals with small letters between their capitals or a number after a
hyphen stay with the name; surnames and posts do not (invented text; each positive case failed
before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def faculty(text: str) -> list[str]:
    return parse_rules("Harbour Wound Care Day\n\n" + text + "\n").record["faculty"]


@pytest.mark.parametrize(
    "person",
    [
        "Dr Ana Roe, MPharm, DipClinPharm, FRPharmS",
        "Mel Dee, MA, LMFT, TRM-1",
        "Elvia Roe, Pharm D, RPh",  # the pharmacy doctorate written in two words
    ],
)
def test_post_nominals_of_these_shapes_stay(person: str) -> None:
    assert faculty(f"Speakers:\n  • {person}\n  • Jo Lee, MD\n") == [person, "Jo Lee, MD"]


def test_a_post_after_the_name_is_no_post_nominal() -> None:
    got = faculty("Speaker: Dr Ivo Tan, Past-President, Harbour Society\n")
    assert all("Past-President" not in p for p in got)
