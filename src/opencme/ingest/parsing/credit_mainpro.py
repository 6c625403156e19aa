"""R-CR-110: Mainpro credit written with its category, in either order.

The College of Family Physicians of Canada counts its members' CPD in Mainpro+ credit of
categories: Certified Group Learning, Certified Self-Learning (merged into "Certified Activity"
in 2025), Certified Assessment, and, before 2016, Mainpro-M1, Mainpro-M2 and Mainpro-C (cfpc.ca,
"Mainpro+ credit categories"). Certified Activity and Certified Assessment are the vocabulary's
(vocab.py CREDIT_NAMES); this reader reads the others. Pages write the category before the name ("12
Certified Self-Learning Mainpro+™ credits") or after it ("Mainpro+® certified Group Learning
credits", "3 Mainpro-M1 credits"), the trademark sign anywhere. The credit is `OTHER`, labelled
with the name and category as written, without the trademark sign and the unit
(docs/corpus.md: a named system's short name without the unit), the amount before it or, in a
key, after it; none when no figure is given ("The Harbour Review offers Mainpro+ certified
Self-Learning credits"). The vocabulary's one Mainpro entry ("Mainpro+ Certified Activity")
gives way on a line read here.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_text import STRONG_NEG, Mention, number
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_TM = r"[®™©]?"
_CATEGORY = r"(?:certified\s+)?(?:group[\s-]+learning|self[\s-]+learning)(?:\s+activity)?"
_NAME = lazy_compile(
    rf"(?:(?P<num>\d{{1,3}}(?:\.\d{{1,2}})?)\s+(?:\w+\s+){{0,2}}?)?"
    rf"(?P<name>(?:certified\s+(?:group[\s-]+learning|self[\s-]+learning)"
    rf"(?:\s+activity)?\s+mainpro\+?{_TM}|mainpro\+?{_TM}\s*{_CATEGORY}|mainpro\s*-\s*(?:m1|m2|c)\b)"
    rf"{_TM})(?:\s*(?:credits?|hours?)\b)?(?:\s*:\s*(?P<num2>\d{{1,3}}(?:\.\d{{1,2}})?)\b)?",
    re.IGNORECASE,
)
# what may stand between the figure and the name ("up to 20 Certified ..."): no noun of its
# own that the figure counts ("20 modules of Mainpro+ ...")
_COUNTED = lazy_compile(r"\b(?:modules?|sessions?|activities|weeks?|days?|hours?|minutes?)\b", re.I)
_GENERIC = "Mainpro+ Certified Activity"
# a line about the categories' history, not this activity's credit ("the old group and
# self-learning categories were harmonised into Certified Activity credits")
_HISTORY = lazy_compile(
    r"\b(?:harmoni[sz]|replac|renam|formerly|previously|merged|now\s+called|no\s+longer)", re.I
)


def _label(name: str) -> str:
    name = re.sub(r"[®™©]", "", name)
    name = re.sub(r"\s*-\s*", "-", name) if re.search(r"(?i)mainpro\s*-", name) else name
    return " ".join(name.split())


def mainpro_categories(doc: Doc, mentions: list[Mention]) -> None:
    """R-CR-110: each Mainpro credit of a named category on a line."""
    read: set[int] = set()
    for ln in doc.lines:
        low = ln.text.lower()
        if "mainpro" not in low or _HISTORY.search(ln.text):
            continue
        for m in _NAME.finditer(ln.text):
            raw = m["num"] or m["num2"]
            if raw and m["num"] and _COUNTED.search(ln.text, m.start(), m.start("name")):
                raw = None
            if raw and STRONG_NEG.search(ln.text):
                raw = None  # a conversion or a rate ("1 credit per hour", "equals")
            amount = number(raw) if raw else None
            mentions.append(Mention("OTHER", _label(m["name"]), amount, "credit", ln.no, ln.text))
            read.add(ln.no)
    if read:
        mentions[:] = [
            x
            for x in mentions
            if not (
                x.label in (_GENERIC, "Mainpro+")
                and x.line in read
                and "activity" not in x.text.lower()
            )
        ]
