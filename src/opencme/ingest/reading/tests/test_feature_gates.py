"""The detectors' cheap word tests in `features._own` never change what a detector says: a
segment is marked "amount" ("url", "creditname") exactly when `_AMOUNT` (`_URL`,
`CREDIT_NAME_ANY`) finds a match in it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from opencme.ingest.reading import features
from opencme.ingest.reading.segment import Segment

# the words the patterns match, in odd cases too ("ı", "İ" and "ſ" match "i" and "s" under
# IGNORECASE, and lower() does not turn them into those letters)
_PIECES = st.sampled_from(
    [
        "2",
        "1.5",
        " ",
        "credit",
        "credıts",
        "CREDİT",
        "Contact Hours",
        "contact  hourſ",
        "points",
        "POıNT",
        "CEUs",
        "http://",
        "HTTPſ://",
        "www.",
        "WWW.",
        ".com",
        ".ORG",
        ".edu",
        "x",
        "-",
        "AMA PRA Category 1 Credit™",
        "ama pra cat. I",
        "(TM)",
        "Nursing Contact Hours",
        "ANCC",
        "CPD points",
        "Mainpro+®",
        "ECMEC®s",
        "a",
        "K",
        "\u212a",
        "é",
    ]
)


def _own(text: str) -> list[str]:
    seg = Segment(lines=(1,), text=text, raw=text)
    return features._own(seg, features._WORD.findall(text))


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join))
def test_amount_and_url_marks_are_what_their_patterns_say(text: str) -> None:
    own = _own(text)
    head = text[: features._SCAN]
    assert ("amount" in own) == (features._AMOUNT.search(head) is not None)
    assert ("url" in own) == (features._URL.search(head) is not None)
    assert ("creditname" in own) == (features.CREDIT_NAME_ANY.search(head) is not None)


def test_a_dotless_i_still_reads_as_a_credit_amount() -> None:
    assert "amount" in _own("2 credıts")
    assert "amount" in _own("3 POİNTS")
