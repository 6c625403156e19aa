"""Credit named by an acronym spelled out in parentheses (R-CR-86): "15 CSH (Controlled Substance
Pharmacology Hours)", "10 PDUs (Professional Development Units)". The expansion's initials
spell the acronym (in order, words may be skipped) and its last word is a unit: the acronym as
written is the credit's `OTHER` label (a known approver's type when data/accreditors.json has
it), the unit the expansion's."""

from __future__ import annotations

from opencme.ingest.parsing.credit_text import Mention, neg, number
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import CREDIT_NAME_RE, body_named

_NUM = r"\d{1,3}(?:\.\d{1,2})?"
_EXPANDED = lazy_compile(
    rf"(?<![\d.,$])(?P<num>{_NUM})\s+(?P<acr>[A-Z]{{2,6}})(?P<plural>s?)\s*\(\s*"
    r"(?P<words>(?:[A-Z][a-z]+\s+){1,5}(?P<unit>Hours?|Units?|Credits?|Points?))\s*\)"
)
_UNITS = {"hour": "hour", "unit": "credit", "credit": "credit", "point": "point"}
# unnamed credit's own acronyms, read by R-CR-18 in the text's words
_UNNAMED = frozenset({"CE", "CEU", "CME", "CPD", "CNE", "CPE"})


def _spells(acronym: str, words: list[str]) -> bool:
    """The acronym's letters are the words' initials in order, the first and the last kept."""
    initials = [w[0] for w in words]
    if acronym[0] != initials[0] or acronym[-1] != initials[-1]:
        return False
    at = 0
    for letter in acronym:
        while at < len(initials) and initials[at] != letter:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return True


def read_expanded(sentence: str, line_no: int, mentions: list[Mention]) -> None:
    """R-CR-86: each "N <ACRONYM> (<its words> Hours|Units|Credits|Points)" of `sentence`."""
    for m in _EXPANDED.finditer(sentence):
        acr, words = m.group("acr"), m.group("words").split()
        if acr in _UNNAMED or CREDIT_NAME_RE.fullmatch(acr) or not _spells(acr, words):
            continue
        if neg(sentence, m.start("num")):
            continue
        unit_word = m.group("unit").lower().rstrip("s")
        unit = "contact_hour" if words[-2:-1] == ["Contact"] else _UNITS[unit_word]
        body = body_named(acr)
        # the label as written ("PDUs"), as unnamed credit's words are (docs/corpus.md)
        code, label = (body.credit, body.label) if body else ("OTHER", acr + m.group("plural"))
        mentions.append(Mention(code, label, number(m.group("num")), unit, line_no, sentence))
