"""`features.has_credential` answers as the plain pattern it replaces: a known credential after
a space or a comma, `(?:,\\s*|\\s)(?:CREDENTIAL)\\b`, on texts built from credentials, their
look-alikes inside words and the separators around them."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from opencme.ingest.parsing.vocab import CREDENTIALS
from opencme.ingest.reading.features import has_credential

_PLAIN = re.compile(
    r"(?:,\s*|\s)(?:" + "|".join(re.escape(c) for c in sorted(CREDENTIALS)) + r")\b"
)
_PIECES = [
    *sorted(CREDENTIALS)[:12],
    "MD",
    "PhD",
    "RN",
    "Jo Roe",
    "x",
    "s",
    " ",
    ", ",
    ",",
    "\t",
    "\u00a0",
    "-",
    ".",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
@example("Jo Roe, MD")
@example("Jo Roe,MD")
@example("XMD MDs")  # inside a word, and followed by a letter: no credential
@example("MD, PhD")  # at the start: nothing before it
@example("Roe,\u00a0RN")
def test_has_credential_is_the_plain_pattern(text: str) -> None:
    assert has_credential(text) == (_PLAIN.search(text) is not None), text
