"""Shortcuts taken for speed give what the plain code gave: `orgs._tidy` skipping its loop
when nothing can come off a name's end, `segment._split_keys` finding word starts once per
line. Each is checked against the plain code it replaced, on generated text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from opencme.ingest.reading import orgs, segment

_NAME_PIECES = st.sampled_from(
    [
        "The",
        "the",
        "Delta",
        "Hospital",
        "of",
        "and",
        "y",
        "&",
        "-",
        "–",
        "Inc.",
        "Co.",
        "A.",
        "X.",
        ",",
        ":",
        ";",
        " ",
        "  ",
        "\t",
        "in",
        "Board",
        "(ABC)",
        "der",
        ".",
        "St",
    ]
)


def _tidy_plain(name: str, keep_the: bool = False) -> str:
    name = " ".join(name.split())
    if not keep_the:
        name = orgs._LEAD_THE.sub("", name)
    prev = None
    while prev != name:
        prev = name
        name = orgs._TRAIL_CONN.sub("", name)
        if name.endswith(".") and not orgs._KEEP_DOT.search(name):
            name = name[:-1]
    return name.strip(" ,;:")


@settings(max_examples=500, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=8), st.booleans(), st.booleans())
def test_tidy_is_the_plain_loop(pieces: list[str], spaced: bool, keep_the: bool) -> None:
    name = (" " if spaced else "").join(pieces)
    assert orgs._tidy.__wrapped__(name, keep_the) == _tidy_plain(name, keep_the)


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
