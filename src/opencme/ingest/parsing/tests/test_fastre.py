"""Case-insensitive patterns searched through their case-sensitive twins (fastre.py) answer as
the plain patterns do: on texts built from the words the patterns look for, mixed with capitals,
curly quotes, letters that IGNORECASE ties to ASCII ones (the long s, the Kelvin sign, the
dotted and dotless i) and accented letters, so a twin used where it must not be fails here."""

from __future__ import annotations

import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from opencme.ingest.parsing import faculty, formats, parser
from opencme.ingest.parsing.fastre import Folded, foldable, folded, twin_pattern
from opencme.ingest.parsing.layouts import build_doc

_PIECES = [
    "presented by ",
    "Presented By ",
    "PRESENTED BY",
    "featuring",
    "with ",
    "speakers include ",
    "The faculty will be: ",
    "Dr. Jo Roe, MD",
    "credits",
    "CME",
    "cme",
    "contact hours",
    "Contact\nHours",
    "on-demand",
    "On Demand",
    "webinar",
    "in-person conference",
    "Annual Meeting",
    "two-day course",
    "live webinar",
    "online modules",
    "hybrid format",
    "face-to-face training",
    "hotel",
    "zoom",
    " ",
    "\n",
    "-",
    ".",
    ",",
    ": ",
    "’",
    "“",
    "•",
    "—",
    "ſ",  # long s: IGNORECASE matches it as "s"
    "\u212a",  # Kelvin sign: IGNORECASE matches it as "k"
    "İ",
    "ı",
    "é",
    "Ü",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)

_PATTERNS = [
    faculty._AGENT,
    parser._RELEVANT.plain,
    formats._ON_DEMAND,
    formats._ONLINE,
    formats._IN_PERSON,
    formats._EVENT_FORMAT,
    formats._MULTI_DAY,
    formats._LIVE_PART,
    formats._ONLINE_UNIT,
    formats._HYBRID,
    formats._ATTENDED_UNIT,
    *formats._SIGNAL.values(),
]


def test_the_hot_patterns_have_twins() -> None:
    """The speed-up is real only when the twin exists: these are all lower-case patterns."""
    for rx in [faculty._AGENT, parser._RELEVANT.plain, formats._ON_DEMAND, formats._ONLINE]:
        assert folded(rx).twin is not None, rx.pattern[:40]


def test_no_twin_where_lower_case_changes_the_meaning() -> None:
    assert twin_pattern(re.compile(r"\bCME\b", re.IGNORECASE)) is None  # upper case
    assert twin_pattern(re.compile(r"\S+ hours", re.IGNORECASE)) is None  # \S is not \s
    assert twin_pattern(re.compile(r"(?-i:cme) credit", re.IGNORECASE)) is None  # scoped flag
    assert twin_pattern(re.compile(r"cme credit")) is None  # case-sensitive already
    assert twin_pattern(re.compile(r"(?P<n>cme) credit", re.IGNORECASE)) is not None


def test_a_pattern_without_twin_is_searched_as_written() -> None:
    rx = re.compile(r"\bCME\b", re.IGNORECASE)
    f = Folded(rx)
    assert f.twin is None
    assert f.found("earn cme credit")
    assert list(f.spans("a CME b")) == [(2, 5)]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("Presented by Dr. Jo Roe, MD")
@example("ON-DEMAND ſessions")  # the long s: no twin for this text
@example("Conta\u212at hours")
@example("contact hours with “Dr.” İ")
def test_twins_answer_as_the_plain_patterns(text: str) -> None:
    for rx in _PATTERNS:
        f = folded(rx)
        want = rx.search(text) is not None
        assert f.found(text) == want, (rx.pattern[:40], text)
        assert f.found(text, text.lower(), foldable(text)) == want, (rx.pattern[:40], text)
        spans = [m.span() for m in rx.finditer(text)]
        assert list(f.spans(text)) == spans
        assert list(f.spans(text, text.lower(), foldable(text))) == spans


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
@example("Annual Meeting\nheld at the hotel • “in-person conference”")
def test_a_page_search_answers_as_the_plain_pattern(text: str) -> None:
    doc = build_doc(text)
    for rx in _PATTERNS:
        assert doc.has(rx) == (rx.search(doc.flat) is not None), (rx.pattern[:40], text)


def test_foldable_text_lowers_only_ascii_letters() -> None:
    assert foldable("Plain ASCII")
    assert foldable("curly “quotes” • and — dashes")
    for odd in ("ſ", "\u212a", "İ", "ı", "é", "Ü"):
        assert not foldable("text " + odd)


def test_no_caseless_character_matches_an_ascii_letter_ignoring_case() -> None:
    """What makes a foldable text safe: a character that neither lower() nor upper() changes
    is matched by no ASCII letter under IGNORECASE (every code point is tried)."""
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    for code in range(0x80, sys.maxunicode + 1):
        c = chr(code)
        if c.lower() == c == c.upper():
            assert letter.fullmatch(c) is None, hex(code)


_KEYED_PIECES = [
    "Fee: $25",
    "Cost: free",
    "Credits: 2 AMA PRA Category 1",
    "Format",
    "Enduring",
    "Release Date: May 1, 2025",
    "Speakers:",
    "Jo Roe, MD",
    "Some prose.",
    "",
]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(_KEYED_PIECES),
        max_size=12,
    ).map("\n".join)
)
def test_lines_grouped_by_key_are_the_plain_filter(text: str) -> None:
    doc = build_doc(text)
    for canon in ("cost", "credits", "format", "start_date", "faculty", "title"):
        assert doc.fields(canon) == [ln for ln in doc.lines if ln.key == canon]
    doc.fields("cost").extend(doc.lines)  # a caller's list is its own
    assert doc.fields("cost") == [ln for ln in doc.lines if ln.key == "cost"]
