"""segment's cheap test before the glue split changes nothing: every `_GLUE` separator holds
one of the characters `_glued` looks for, so a line without them has nothing to split."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from opencme.ingest.reading.segment import _GLUE, _glued

_PIECES = st.sampled_from(
    ["Title", " ", "  ", "\t", "|", "--", "-", "•", "·", "–", "—", "– —", "x", "Expires: 2027"]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join))
@example("Course | Site")
@example("A –\t— B")
def test_every_glue_holds_what_the_guard_looks_for(line: str) -> None:
    if _GLUE.search(line):
        assert _glued(line)
