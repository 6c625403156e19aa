"""is_accreditor's one alternation of every body's pattern (vocab._ANY_BODY) matches a whole
name exactly when one body's pattern does: names, abbreviations (whose case matters) and
pieces around them, in upper and lower case."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from opencme.ingest.parsing.vocab import _ANY_BODY, BODIES

_NAMES = [n for b in BODIES for n in (*b.names, *b.abbrevs)]
_PIECES = st.sampled_from([*_NAMES, " ", "-", "the ", "x", " and ", "(", ")", ","])
_CASES: st.SearchStrategy[Callable[[str], str]] = st.sampled_from([str, str.upper, str.lower])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=4).map("".join), _CASES)
def test_the_alternation_matches_where_a_body_does(text: str, case: Callable[[str], str]) -> None:
    text = case(text)
    want = any(b.pattern.fullmatch(text) for b in BODIES)
    assert (_ANY_BODY.fullmatch(text) is not None) == want


def test_every_name_is_an_accreditor_alone() -> None:
    for name in _NAMES:
        assert _ANY_BODY.fullmatch(name)
