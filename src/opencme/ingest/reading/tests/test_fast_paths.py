"""Shortcuts taken for speed give what the plain code gave: `segment._split_keys` finding word
starts once per line, checked against the plain code it replaced, on generated text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from opencme.ingest.reading import segment


def _split_keys_plain(text: str) -> list[str]:
    if ":" not in text:
        return [text]
    cuts: list[int] = []
    for n, m in enumerate(re.finditer(":", text)):
        head = text[: m.start()]
        if n == 0 and len(head.split()) <= 6 and not re.search(r"[.;,!?\d]", head):
            continue
        starts = [w.start() for w in re.finditer(r"\S+", head)][-6:]
        for s in starts:
            cand = head[s:]
            if s > 0 and cand[:1].isupper() and segment._known(cand):
                cuts.append(s)
                break
    if not cuts:
        return [text]
    out, prev = [], 0
    for c in cuts:
        if text[prev:c].strip():
            out.append(text[prev:c].strip())
        prev = c
    out.append(text[prev:].strip())
    return [p for p in out if p]


_LINE_PIECES = st.sampled_from(
    [
        "Release Date",
        "Expires",
        "Credits",
        "Cost",
        "Format",
        "June 1, 2027",
        "Free",
        "x:y",
        ":",
        ": ",
        " ",
        "a",
        "2027",
        "Opioids",
        "safer prescribing.",
        "Fee",
        "Online",
        "::",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=10), st.booleans())
def test_split_keys_is_the_plain_search(pieces: list[str], spaced: bool) -> None:
    text = (" " if spaced else "").join(pieces)
    assert segment._split_keys(text) == _split_keys_plain(text)


def test_split_keys_cuts_before_a_known_key_mid_line() -> None:
    text = "Release Date: June 1, 2026 Expires: June 1, 2027"
    assert segment._split_keys(text) == ["Release Date: June 1, 2026", "Expires: June 1, 2027"]
