"""Faculty's cheap tests find the same lines as the patterns they replaced (issue 18, speed):
every corpus line, and texts built from names, credentials and separators."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from opencme.ingest.parsing import faculty_glue

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
