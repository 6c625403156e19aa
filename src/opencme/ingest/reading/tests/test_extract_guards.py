"""provider_span's cheap tests change nothing: every `_ORG_VERB` match holds one of
`_ORG_VERB_WORDS` and every `_CUE_SPAN` match holds "by" (both patterns are case-sensitive)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from opencme.ingest.reading.extract import _CUE_SPAN, _ORG_VERB, _ORG_VERB_WORDS

_PIECES = st.sampled_from(
    [
        "The Acme Society",
        "Acme (ACS)",
        " ",
        "\n",
        "\t",
        "the ",
        "designates",
        "is accredited",
        "are jointly accredited",
        "awards",
        "is approved",
        "is a",
        "are an",
        "nurse",
        "provider",
        "provided by",
        "Presented\tby",
        "brought to you by",
        "by",
        "BY",
        ".",
        ",",
        " and ",
    ]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join))
@example("The Acme Society is accredited by the ACCME.")
@example("Presented\tby Acme Society.")
def test_every_match_holds_what_its_test_looks_for(text: str) -> None:
    if _ORG_VERB.search(text):
        assert any(w in text for w in _ORG_VERB_WORDS)
    if _CUE_SPAN.search(text):
        assert "by" in text
