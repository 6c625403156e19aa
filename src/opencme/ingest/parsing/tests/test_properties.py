"""Hypothesis: the parser never raises and never invents a credit amount.

An amount is invented unless it is a figure in the text or, since R-CR-40, a spelled-out
numeral of the closed class in data/credit_words.json standing as a word in the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from opencme.ingest.parsing import parse_listing
from opencme.ingest.parsing.vocab import CREDIT_WORDS

_NUMBERS = re.compile(r"\d+(?:\.\d+)?")
_WORD_VALUES: dict[str, int] = CREDIT_WORDS["number_word_values"]
_WORDS = re.compile(r"(?<![\w-])(" + "|".join(_WORD_VALUES) + r")(?![\w-])", re.IGNORECASE)
FRAGMENTS = st.sampled_from(
    [
        "AMA PRA Category 1 Credit™",
        "1.25 CME Credits",
        "IPCE Credits: 1.5 hours",
        "Nursing: ",
        "contact hours",
        "Cost: FREE",
        "Fee $0",
        "ABS - 1.5 Point; Credit Type(s): Accredited CME",
        "Expires on Aug 29, 2026",
        "designates this live activity for a maximum of",
        "= |",
        "per hour",
        "Pharmacy",
        "<li>",
        "</td><td>",
        "- Provider:",
        "\n",
        " ",
        "Activity ID",
        "Format Type",
        "12/06/2024 – 15/06/2024",
        "TBD",
        "$",
        "€",
        "Mainpro+",
        "ECMEC",
        "MOC points",
        "ABIM",
        "one ",
        "Six ",
        "twenty",
        "someone ",
        "nursing contact hour",
        "continuing education units",
    ]
)


def _amounts_in(text: str) -> set[float]:
    figures = {float(n) for n in _NUMBERS.findall(text)}
    return figures | {float(_WORD_VALUES[w.lower()]) for w in _WORDS.findall(text)}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_parse_listing_never_raises_on_arbitrary_text(text: str) -> None:
    draft = parse_listing(text)
    assert isinstance(draft.record, dict)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            FRAGMENTS, st.from_regex(r"\d{1,3}(\.\d{1,2})?", fullmatch=True), st.text(max_size=12)
        ),
        max_size=30,
    ).map("".join)
)
def test_parse_listing_credit_amounts_always_appear_in_the_text(text: str) -> None:
    record = parse_listing(text).record
    present = _amounts_in(text)
    for credit in record["credits"]:
        assert credit["amount"] is None or credit["amount"] in present
    for moc in record["moc"]:
        assert moc["points"] is None or moc["points"] in present
