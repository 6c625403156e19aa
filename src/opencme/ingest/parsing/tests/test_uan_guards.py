"""The UAN patterns' cheap guards change no output: every match of `format_phrases._UAN_TYPE`
holds a match of `_DASHED_TYPE` or `_PLAIN_TYPE`, and every match of `fields._UAN_PLAIN` one of
`fields._PLAIN_TYPE` (texts built from the pieces of ACPE numbers)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from opencme.ingest.parsing import fields, format_phrases

_PIECES = st.sampled_from(
    ["0", "1234", "123", "12", "0000000000000", "-", "JA", "L", "H", "B", "P", "T", " ", "x", "٣"]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
@example("JA0000000-0000-25-001-H01-P")
@example("0797-0000-25-012-L04-P")
@example("UAN 0000000000000H01P")
@example("٣٣٣٣٣٣٣٣٣٣٣٣٣B01")
def test_every_uan_holds_its_guard(text: str) -> None:
    if format_phrases._UAN_TYPE.search(text):
        assert format_phrases._DASHED_TYPE.search(text) or format_phrases._PLAIN_TYPE.search(text)
    if fields._UAN_PLAIN.search(text):
        assert fields._PLAIN_TYPE.search(text)
