"""An amount written twice, in words and then in figures ("four (4) Continuing Education
credits", "twenty five (25) CE hours"), is read as its figure (R-CR-125): the credit readers
read a copy of the page with the words and brackets left out, line for line, so every reader
sees "4 Continuing Education credits". Only where the words' value is the figure's (a count of
something else, "Module two (2.5 hours)", stays as written). An amount written without its
leading zero (".5 CEU", "(.75 contact hours)") is read with it (R-CR-129)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_text import WORD_VALUES
from opencme.ingest.parsing.layouts import Doc, build_doc
from opencme.ingest.parsing.lazyre import lazy_compile

_WORDS = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
# one or two number words ("three", "twenty five", "Twenty-Five") and the figure in brackets
_TWICE = lazy_compile(
    rf"(?<![\w-])(?P<words>(?:{_WORDS})(?:[\s-]+(?:{_WORDS}))?)\s*\(\s*(?P<num>\d{{1,3}})\s*\)",
    re.IGNORECASE,
)


# R-CR-129: a decimal amount without its leading zero, after a space, a bracket or the line's
# start (not a version's or a section's "2.5", not an ellipsis)
_BARE_DECIMAL = lazy_compile(r"(?:^|(?<=[\s(\[:]))\.(?=\d{1,2}(?![\d.,]))", re.MULTILINE)


def _value(words: str) -> float:
    return sum(WORD_VALUES[w] for w in words.lower().replace("-", " ").split())


def _plain(m: re.Match[str]) -> str:
    num = m.group("num")
    return num if _value(m.group("words")) == float(num) else m.group(0)


def plain_doc(doc: Doc, skip: set[int]) -> tuple[Doc, set[int]]:
    """`doc` with each amount written twice read as its figure and each bare decimal with its
    zero, and the lines of `skip` (ids of `doc`'s lines) as ids of the new document's; `doc`
    itself when it writes none so."""
    twice = "(" in doc.flat and _TWICE.search(doc.flat) is not None
    bare = " ." in doc.text or "(." in doc.text or "\n." in doc.text or ":." in doc.text
    bare = bare and _BARE_DECIMAL.search(doc.text) is not None
    if not twice and not bare:
        return doc, skip
    text = _TWICE.sub(_plain, doc.text) if twice else doc.text
    plain = build_doc(_BARE_DECIMAL.sub("0.", text) if bare else text)
    numbers = {ln.no for ln in doc.lines if id(ln) in skip}
    return plain, {id(ln) for ln in plain.lines if ln.no in numbers}
