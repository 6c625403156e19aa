"""Faculty's cheap tests find the same lines as the patterns they replaced (issue 18, speed):
every corpus line, and texts built from names, credentials and separators."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from opencme.ingest.parsing import faculty_glue
from opencme.ingest.parsing.faculty_scan import may_hold_person

CORPUS = Path(__file__).resolve().parents[5] / "corpus" / "listings"
_OLD_MAY_GLUE = re.compile(r"[A-Z][A-Z][a-z]|[a-z][A-Z][A-Z][a-z]")


def _lines() -> list[str]:
    out = []
    for path in sorted(CORPUS.glob("*/*.txt")):
        out += path.read_text(encoding="utf-8").splitlines()
    assert len(out) > 10000
    return out


_PIECES = ["Ana", " ", "Roe", ", ", "MD", "RN", "PhD", "Professor", "aMDPr", "A", "a", "Dr. ", "."]


def test_may_glue_finds_the_lines_the_old_test_found() -> None:
    for line in _lines():
        assert bool(faculty_glue._MAY_GLUE.search(line)) == bool(_OLD_MAY_GLUE.search(line))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_may_glue_on_built_texts(parts: list[str]) -> None:
    text = "".join(parts)
    assert bool(faculty_glue._MAY_GLUE.search(text)) == bool(_OLD_MAY_GLUE.search(text))


_OLD_MAY_HOLD_PERSON = re.compile(
    r"\b(?:Drs?|Prof|Professor)\b|[a-z],? [A-Z][A-Za-z]*[A-Z]|\b[A-Z][a-z]?\.[A-Z]"
)
_PERSON_PIECES = [
    *_PIECES,
    "Drs",
    "Dr",
    "Prof",
    "Professor",
    "Profs",
    "M.D.",
    "Ph.D",
    "J.",
    "x",
    "FACS",
    "LCSW-S",
    ",",
    ".",
]


def test_may_hold_person_finds_the_lines_the_one_pattern_found() -> None:
    hits = 0
    for line in _lines():
        want = _OLD_MAY_HOLD_PERSON.search(line) is not None
        assert may_hold_person(line) == want, line[:200]
        hits += want
    assert hits > 1000


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PERSON_PIECES), max_size=12))
def test_may_hold_person_on_built_texts(parts: list[str]) -> None:
    text = "".join(parts)
    assert may_hold_person(text) == (_OLD_MAY_HOLD_PERSON.search(text) is not None)
