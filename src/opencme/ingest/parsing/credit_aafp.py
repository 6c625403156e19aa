"""R-CR-104: the AAFP's credit statements in its own words. The American Academy of Family
Physicians approves activities for "Prescribed credit" (https://www.aafp.org/cme/about/types.html,
data/accreditors.json's AAFP row); its required statements put the activity's formats between
the amount and the name ("deemed it acceptable for up to 2.00 Online Only, Enduring Materials,
Self-Study AAFP Prescribed credit") or the Academy after it ("is acceptable for up to 6.00
Prescribed credit(s) by the American Academy of Family Physicians"). The amount is
`AAFP_PRESCRIBED`'s; a sentence that names neither "AAFP" before "Prescribed" nor the Academy
after it is no AAFP statement ("prescribed" is also a word of medicine)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_text import Mention, neg, number, sentences
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

# the amount, up to eight capitalised format words with commas and slashes, then the name
_PRESCRIBED = lazy_compile(
    r"(?<![\d.,$])(?P<num>\d{1,3}(?:\.\d{1,2})?)\s+"
    r"(?:(?-i:[A-Z][\w-]*)(?:\s*[,/]\s*|\s+)|and\s+){0,8}?"
    r"(?P<aafp>(?-i:AAFP)\s+)?(?-i:Prescribed)\s+credits?(?:\s*\(s\))?"
    r"(?P<after>\s+(?:by|from)\s+(?:the\s+)?(?:American\s+Academy\s+of\s+Family\s+Physicians|"
    r"(?-i:AAFP)))?",
    re.IGNORECASE,
)


def aafp_prescribed(doc: Doc, mentions: list[Mention]) -> None:
    """R-CR-104: "N [formats] AAFP Prescribed credit", "N Prescribed credit(s) by the AAFP"."""
    for ln in doc.lines:
        if not ln.digit or "Prescribed" not in ln.text:
            continue
        for sentence in sentences(ln.text):
            for m in _PRESCRIBED.finditer(sentence):
                if not (m.group("aafp") or m.group("after")) or neg(sentence, m.start("num")):
                    continue
                amount = number(m.group("num"))
                mentions.append(Mention("AAFP_PRESCRIBED", None, amount, "credit", ln.no, sentence))
